"""Rows of the extract from rows of the store, one function per table (see ``columns``)."""

from datetime import date
from typing import Any

from relais.privacy.research.scope import PatientScope

Row = Any  # a SQLAlchemy row of the matching store table
TOP_AGE = 90


def patient(row: Row, s: PatientScope, *, today: date) -> dict[str, Any]:
    """Birth year of the shifted birth date (ages from exported dates right to a year), withheld
    from 90 years of age (at death or at the export) on."""
    born: date | None = row.birth_date
    end = row.deceased_at.date() if row.deceased_at is not None else today
    old = born is not None and _age(born, end) >= TOP_AGE
    shifted_birth = s.day(born)
    return {
        "patient_id": s.patient,
        "sex": row.sex,
        "birth_year": shifted_birth.year if shifted_birth and not old else None,
        "age_90_or_over": old if born is not None else None,
        "deceased": row.deceased if row.deceased is not None else row.deceased_at is not None,
        "deceased_date": s.day(row.deceased_at.date()) if row.deceased_at is not None else None,
        "department": department(row.postal_code),
    }


def stay(row: Row, s: PatientScope) -> dict[str, Any]:
    return {
        "stay_id": s.id(row.fhir_id, "stay"),
        "patient_id": s.patient,
        "part_of_stay_id": s.id(row.part_of_id, "stay"),
        "status": row.status,
        "class_code": row.class_code,
        "type": s.text(row.type),
        "start": s.moment(row.start),
        "end": s.moment(row.end),
        "service": s.text(row.service),
        "admit_source_code": row.admit_source_code,
        "admit_source": s.text(row.admit_source),
        "discharge_code": row.discharge_code,
        "discharge": s.text(row.discharge),
        "reason": s.text(row.reason),
        "attending_id": s.id(row.attending_id, "practitioner"),
    }


def condition(row: Row, s: PatientScope) -> dict[str, Any]:
    return {
        "condition_id": s.id(row.fhir_id, "condition"),
        "patient_id": s.patient,
        "stay_id": s.id(row.encounter_id, "stay"),
        "category": row.category,
        **_coded(row, s),
        "clinical_status": row.clinical_status,
        "verification_status": row.verification_status,
        "onset": s.moment(row.onset),
        "abatement": s.moment(row.abatement),
        "recorded": s.moment(row.recorded),
    }


def medication(row: Row, s: PatientScope) -> dict[str, Any]:
    return {
        "medication_id": s.id(f"{row.kind}/{row.fhir_id}", "medication"),
        "patient_id": s.patient,
        "stay_id": s.id(row.encounter_id, "stay"),
        "kind": row.kind,
        "status": row.status,
        "category": row.category,
        "intent": row.intent,
        **_coded(row, s),
        "dose_value": row.dose_value,
        "dose_unit": row.dose_unit,
        "route": s.text(row.route),
        "frequency": s.text(row.frequency),
        "dosage_text": s.text(row.dosage_text),
        "start": s.moment(row.start),
        "end": s.moment(row.end),
        "duration": s.text(row.duration),
        "reason": s.text(row.reason),
        "recorded": s.moment(row.recorded),
    }


def observation(row: Row, s: PatientScope) -> dict[str, Any]:
    return {
        "observation_id": s.id(row.fhir_id, "observation"),
        "component": row.component,
        "patient_id": s.patient,
        "stay_id": s.id(row.encounter_id, "stay"),
        "status": row.status,
        "category": row.category,
        **_coded(row, s),
        "value_num": row.value_num,
        "value_unit": row.value_unit,
        "value_text": s.text(row.value_text),
        "ref_low": row.ref_low,
        "ref_high": row.ref_high,
        "ref_text": s.text(row.ref_text),
        "interpretation": row.interpretation,
        "effective": s.moment(row.effective),
    }


def document(row: Row, s: PatientScope) -> dict[str, Any]:
    text, replaced = s.text_and_spans(row.text)
    return {
        "document_id": s.id(f"{row.resource_type}/{row.fhir_id}", "document"),
        "part": row.part,
        "patient_id": s.patient,
        "stay_id": s.id(row.encounter_id, "stay"),
        "resource_type": row.resource_type,
        "status": row.status,
        "type_code_system": row.type_code_system,
        "type_code": row.type_code,
        "type_display": row.type_display,
        "title": s.text(row.title),
        "date": s.moment(row.date),
        "author_id": s.id(row.author_id, "practitioner"),
        "content_type": row.content_type,
        "text": text,
        "replaced_spans": replaced,
    }


def department(postal_code: str | None) -> str | None:
    """The département of a French postal code (3 digits overseas), nothing finer."""
    code = (postal_code or "").strip()
    if len(code) != 5 or not code.isdigit():
        return None
    return code[:3] if code.startswith(("97", "98")) else code[:2]


def _coded(row: Row, s: PatientScope) -> dict[str, Any]:
    """A terminology code and its display are kept; the free-text label is pseudonymised."""
    return {
        "code_system": row.code_system,
        "code": row.code,
        "display": row.display,
        "text": s.text(row.text),
    }


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
