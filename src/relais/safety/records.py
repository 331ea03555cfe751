"""A patient's medication lines and allergies, read from the normalised tables."""

from typing import Any

from sqlalchemy import Connection, or_, select

from relais.safety.activity import duration_end
from relais.safety.model import Coding, MedicationLine, RecordedAllergy
from relais.store.tables import allergies, medication_lines

KINDS = {"request": "MedicationRequest", "statement": "MedicationStatement"}
INACTIVE = ("inactive", "resolved")
NOT_TRUE = ("refuted", "entered-in-error")


def _codings(raw: Any) -> tuple[Coding, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        Coding(c.get("system"), c.get("code"), c.get("display")) for c in raw if isinstance(c, dict)
    )


def _label(row: Any) -> str:
    return str(row.text or row.display or row.code or "")


def patient_lines(conn: Connection, patient_id: str) -> list[MedicationLine]:
    """Prescriptions and statements (administrations and dispensings are not checked)."""
    m = medication_lines.c
    query = (
        select(medication_lines)
        .where(m.patient_id == patient_id, m.kind.in_(tuple(KINDS)))
        .order_by(m.start, m.fhir_id)
    )
    return [
        MedicationLine(
            source=f"{KINDS[r.kind]}/{r.fhir_id}",
            label=_label(r),
            codings=_codings(r.codings),
            status=r.status,
            start=r.start,
            end=r.end or duration_end(r.start, r.duration),
            dosage=r.dosage_text,
        )
        for r in conn.execute(query)
    ]


def patient_allergies(conn: Connection, patient_id: str) -> list[RecordedAllergy]:
    """Allergies that are not inactive, resolved, refuted or entered in error."""
    a = allergies.c
    query = (
        select(allergies)
        .where(a.patient_id == patient_id)
        .where(or_(a.clinical_status.is_(None), a.clinical_status.not_in(INACTIVE)))
        .where(or_(a.verification_status.is_(None), a.verification_status.not_in(NOT_TRUE)))
        .order_by(a.fhir_id)
    )
    return [
        RecordedAllergy(
            source=f"AllergyIntolerance/{r.fhir_id}",
            label=_label(r),
            codings=_codings(r.codings),
            criticality=r.criticality,
            reaction=r.reaction,
        )
        for r in conn.execute(query)
    ]
