"""Read a patient's record from the normalised tables."""

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, or_, select

from relais.domain.records import (
    Coded,
    DocumentInfo,
    Identifier,
    PatientRecord,
    PatientSummary,
    Result,
    Stay,
)
from relais.errors import NotFound
from relais.store.tables import (
    allergies,
    conditions,
    documents,
    encounters,
    medication_lines,
    observations,
    patient_identifiers,
    patients,
    practitioners,
)

UNCERTAIN = frozenset({"provisional", "differential", "unconfirmed"})
INACTIVE = ("inactive", "resolved", "remission")
NOT_TRUE = ("refuted", "entered-in-error")
CURRENT_MEDICATION = ("active", "on-hold", "intended")
LATEST_RESULTS = 20
LIKE_ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ``escape=LIKE_ESCAPE``) matching ``text`` literally anywhere:
    ``%``, ``_`` and the escape character typed by a user are not wildcards."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
    escaped = escaped.replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"


def list_patients(conn: Connection, *, search: str = "", limit: int = 100) -> list[PatientSummary]:
    """Patients sorted by name; ``search`` matches name, IPP or any identifier, or birth date."""
    # Correlated subqueries: computed for the patients found only (grouping the whole encounter
    # table on every search cost tens of milliseconds on a hospital's worth of activity).
    ipp = (
        select(func.min(patient_identifiers.c.value))
        .where(
            patient_identifiers.c.patient_id == patients.c.fhir_id,
            patient_identifiers.c.kind == "IPP",
        )
        .scalar_subquery()
    )
    stays = (
        select(func.count())
        .select_from(encounters)
        .where(encounters.c.patient_id == patients.c.fhir_id)
        .scalar_subquery()
    )
    query = select(patients, ipp.label("ipp"), stays.label("stays")).order_by(
        patients.c.family, patients.c.given, patients.c.fhir_id
    )
    if search:
        pattern = contains_pattern(search.lower())
        matching_ids = select(patient_identifiers.c.patient_id).where(
            patient_identifiers.c.value == search
        )
        matches = [
            func.lower(patients.c.family).like(pattern, escape=LIKE_ESCAPE),
            func.lower(patients.c.given).like(pattern, escape=LIKE_ESCAPE),
            patients.c.fhir_id == search,
            patients.c.fhir_id.in_(matching_ids),
        ]
        born = _as_date(search)
        if born is not None:  # (== None would match every patient without a birth date)
            matches.append(patients.c.birth_date == born)
        query = query.where(or_(*matches))
    if limit:
        query = query.limit(limit)
    return [
        PatientSummary(
            r.fhir_id,
            r.family,
            r.given,
            r.sex,
            r.birth_date,
            r.ipp,
            int(r.stays),
            r.birth_precision,
        )
        for r in conn.execute(query)
    ]


def _as_date(text: str) -> date | None:
    """A birth date typed as 12/03/1950 or 1950-03-12."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def resolve_patient_id(conn: Connection, key: str) -> str:
    """A FHIR id from a FHIR id or any identifier value (IPP, INS…)."""
    if conn.execute(select(patients.c.fhir_id).where(patients.c.fhir_id == key)).first():
        return key
    found = conn.execute(
        select(patient_identifiers.c.patient_id).where(patient_identifiers.c.value == key).limit(2)
    ).all()
    if len(found) == 1:
        return str(found[0].patient_id)
    raise NotFound(
        f"No patient with id or identifier {key!r}. List patients with `relais patients`."
    )


def get_patient(conn: Connection, key: str) -> PatientRecord:
    patient_id = resolve_patient_id(conn, key)
    row = conn.execute(select(patients).where(patients.c.fhir_id == patient_id)).one()
    record = PatientRecord(
        id=row.fhir_id,
        family=row.family,
        given=row.given,
        birth_family=row.birth_family,
        sex=row.sex,
        birth_date=row.birth_date,
        birth_precision=row.birth_precision,
        address=", ".join(p for p in (row.address, row.postal_code, row.city) if p) or None,
        phone=row.phone,
        general_practitioner=_practitioner_name(conn, row.gp_id),
    )
    record.identifiers = [
        Identifier(r.kind, r.value, r.system)
        for r in conn.execute(
            select(patient_identifiers).where(patient_identifiers.c.patient_id == patient_id)
        )
    ]
    record.stays = _stays(conn, patient_id)
    record.problems = _problems(conn, patient_id)
    record.medications = _medications(conn, patient_id)
    record.allergies = _allergies(conn, patient_id)
    record.results = _results(conn, patient_id)
    record.documents = _documents(conn, patient_id)
    return record


def _practitioner_name(conn: Connection, practitioner_id: str | None) -> str | None:
    if not practitioner_id:
        return None
    row = conn.execute(
        select(practitioners).where(practitioners.c.fhir_id == practitioner_id)
    ).first()
    if row is None:
        return None
    name = " ".join(p for p in (row.prefix, row.given, row.family) if p)
    return f"{name} (RPPS {row.rpps})" if row.rpps else name


def _stays(conn: Connection, patient_id: str) -> list[Stay]:
    query = (
        select(encounters)
        .where(encounters.c.patient_id == patient_id)
        .order_by(encounters.c.start.desc())
    )
    return [
        Stay(
            r.fhir_id,
            r.class_code,
            r.status,
            r.start,
            r.end,
            r.service,
            r.admit_source,
            r.discharge,
            r.nda,
        )
        for r in conn.execute(query)
    ]


def _label(row: Any) -> str:
    """What a coded row is called: its text, else its display, else that it has none (the code
    is shown beside it)."""
    return str(row.text or row.display or "(sans libellé)")


def _problems(conn: Connection, patient_id: str) -> list[Coded]:
    c = conditions.c
    query = (
        select(conditions)
        .where(c.patient_id == patient_id)
        .where(or_(c.clinical_status.is_(None), c.clinical_status.not_in(INACTIVE)))
        .where(or_(c.verification_status.is_(None), c.verification_status.not_in(NOT_TRUE)))
        .order_by(c.onset.desc())
    )
    return [
        Coded(
            f"Condition/{r.fhir_id}",
            _label(r) + (" (hypothèse)" if r.verification_status in UNCERTAIN else ""),
            r.code,
            r.code_system,
            r.clinical_status,
            r.onset,
            r.category,
        )
        for r in conn.execute(query)
    ]


def _medications(conn: Connection, patient_id: str) -> list[Coded]:
    """Current treatment: the last discharge prescription, plus what was recorded after it.

    Without a discharge prescription, every active prescription and statement. A drug taken at
    admission and prescribed again at discharge thus appears once, as prescribed.
    """
    m = medication_lines.c
    query = (
        select(medication_lines)
        .where(m.patient_id == patient_id, m.kind.in_(("request", "statement")))
        .where(m.status.in_(CURRENT_MEDICATION))
        .order_by(m.start.desc(), m.text)
    )
    rows = list(conn.execute(query))
    discharges = [r for r in rows if r.kind == "request" and r.category == "discharge"]
    if discharges:
        last_stay = _latest_stay_with(conn, {r.encounter_id for r in discharges})
        ended = _stay_end(conn, last_stay)
        rows = [
            r
            for r in rows
            if (r in discharges and r.encounter_id == last_stay)
            or (ended is not None and (r.recorded or r.start or ended) > ended)
        ]
    kinds = {"request": "MedicationRequest", "statement": "MedicationStatement"}
    return [
        Coded(
            f"{kinds[r.kind]}/{r.fhir_id}",
            _label(r),
            r.code,
            r.code_system,
            r.status,
            r.start,
            r.dosage_text
            or " ".join(p for p in (_dose(r.dose_value, r.dose_unit), r.frequency, r.route) if p),
        )
        for r in rows
    ]


def _latest_stay_with(conn: Connection, stay_ids: set[str | None]) -> str | None:
    known = [i for i in stay_ids if i]
    if not known:
        return None
    query = (
        select(encounters.c.fhir_id)
        .where(encounters.c.fhir_id.in_(known))
        .order_by(encounters.c.start.desc())
        .limit(1)
    )
    return conn.execute(query).scalar_one_or_none()


def _stay_end(conn: Connection, stay_id: str | None) -> datetime | None:
    if stay_id is None:
        return None
    query = select(encounters.c.end).where(encounters.c.fhir_id == stay_id).limit(1)
    return conn.execute(query).scalar_one_or_none()


def _dose(value: float | None, unit: str | None) -> str | None:
    if value is None:
        return None
    number = f"{value:g}".replace(".", ",")
    return f"{number} {unit}" if unit else number


def _allergies(conn: Connection, patient_id: str) -> list[Coded]:
    a = allergies.c
    query = (
        select(allergies)
        .where(a.patient_id == patient_id)
        .where(or_(a.clinical_status.is_(None), a.clinical_status.not_in(INACTIVE)))
        .where(or_(a.verification_status.is_(None), a.verification_status.not_in(NOT_TRUE)))
    )
    return [
        Coded(
            f"AllergyIntolerance/{r.fhir_id}",
            _label(r),
            r.code,
            r.code_system,
            r.criticality,
            r.onset,
            r.reaction,
        )
        for r in conn.execute(query)
    ]


def _results(conn: Connection, patient_id: str) -> list[Result]:
    o = observations.c
    query = (
        select(observations)
        .where(o.patient_id == patient_id, o.status.not_in(("entered-in-error", "cancelled")))
        .order_by(o.effective.desc(), o.fhir_id, o.component)
    )
    latest: dict[str, Result] = {}
    for r in conn.execute(query):
        key = f"{r.code_system}|{r.code}|{r.text}"
        if key in latest:
            continue
        value = _dose(r.value_num, None) if r.value_num is not None else r.value_text
        if value is None and r.component == 0:
            continue  # a panel whose values are in its components (blood pressure)
        ref = r.ref_text or _reference_range(r.ref_low, r.ref_high)
        latest[key] = Result(
            f"Observation/{r.fhir_id}",
            r.text,
            r.code,
            value,
            r.value_unit,
            ref,
            r.interpretation,
            r.effective,
        )
        if len(latest) >= LATEST_RESULTS:
            break
    return list(latest.values())


def _reference_range(low: float | None, high: float | None) -> str | None:
    if low is not None and high is not None:
        return f"{_dose(low, None)}–{_dose(high, None)}"
    if high is not None:
        return f"< {_dose(high, None)}"
    if low is not None:
        return f"> {_dose(low, None)}"
    return None


def _documents(conn: Connection, patient_id: str) -> list[DocumentInfo]:
    d = documents.c
    query = (
        select(documents)
        .where(d.patient_id == patient_id)
        .order_by(d.date.desc(), d.fhir_id, d.part)
    )
    return [
        DocumentInfo(
            f"{r.resource_type}/{r.fhir_id}",
            r.title,
            r.type_text,
            r.date,
            len(r.text or ""),
        )
        for r in conn.execute(query)
    ]
