"""Who and where: patient identity, the stay with its PMSI modes, physicians, the hospital."""

import json
from typing import Any

from sqlalchemy import Connection, Row, select

from relais.domain.records import birth_precision
from relais.dossier.labels import (
    DESTINATION,
    MODE_ENTREE,
    MODE_SORTIE,
    PMSI_SYSTEMS,
    PROVENANCE,
)
from relais.dossier.model import Coded, Hospital, PatientIdentity, Person, StayInfo
from relais.dossier.queries import raw_resources
from relais.errors import NotFound
from relais.store.tables import organizations, patient_identifiers, patients, practitioners

REFERRER_CODES = frozenset({"REF", "referrer"})


def _precision(raw: Any) -> str:
    """How precise the stated birth date is (read from the resource: rows stored before the
    ``birth_precision`` column existed do not have it)."""
    if isinstance(raw, str):  # JSON text on some backends
        raw = json.loads(raw)
    return birth_precision((raw or {}).get("birthDate")) or "day"


def patient_identity(conn: Connection, patient_id: str) -> tuple[PatientIdentity, Row[Any]]:
    row = conn.execute(select(patients).where(patients.c.fhir_id == patient_id)).first()
    if row is None:
        raise NotFound(f"No patient {patient_id!r}. List patients with `relais patients`.")
    ids = {
        r.kind: r.value
        for r in conn.execute(
            select(patient_identifiers)
            .where(patient_identifiers.c.patient_id == patient_id)
            .order_by(patient_identifiers.c.value.desc())
        )
    }
    address = ", ".join(
        p for p in (row.address, " ".join(q for q in (row.postal_code, row.city) if q)) if p
    )
    identity = PatientIdentity(
        id=row.fhir_id,
        family=row.family,
        given=row.given,
        birth_family=row.birth_family,
        sex=row.sex,
        birth_date=row.birth_date,
        ipp=ids.get("IPP"),
        ins=ids.get("INS-NIR") or ids.get("INS"),
        address=address or None,
        phone=row.phone,
        birth_precision=_precision(raw_resources(conn, "Patient", [patient_id]).get(patient_id)),
    )
    return identity, row


PMSI_MARKER = "pmsi"


def _coding(raw: Any, path: str, system: str, labels: dict[str, str]) -> Coded:
    concept = ((raw or {}).get("hospitalization") or {}).get(path) or {}
    for coding in concept.get("coding") or []:
        if coding.get("system") == system and coding.get("code"):
            code = str(coding["code"])
            return Coded(code, labels.get(code) or coding.get("display"))
    return Coded(None, None)


def _other(
    raw: Any, path: str, labels: dict[str, str], code: str | None, label: str | None
) -> Coded:
    """A mode coded outside Relais's PMSI system: PMSI labels only for a code system that says
    it is PMSI (FR Core's), else the exporter's own words ("N" is a birth in the PMSI, an
    emergency in German Aufnahmeanlass)."""
    concept = ((raw or {}).get("hospitalization") or {}).get(path)
    if not isinstance(concept, dict):
        return Coded(code, labels.get(code, label)) if code else Coded(None, None)
    for coding in concept.get("coding") or []:
        if isinstance(coding, dict) and coding.get("code"):
            found = str(coding["code"])
            if PMSI_MARKER in str(coding.get("system") or "").lower():
                return Coded(found, labels.get(found) or coding.get("display"))
            return Coded(found, coding.get("display") or concept.get("text"))
    return Coded(None, None)


def stay_info(row: Row[Any], raw: Any, children: list[Row[Any]]) -> StayInfo:
    """The stay, its PMSI modes (codes from the raw Encounter, labels from ``labels``)."""
    entree = _coding(raw, "admitSource", PMSI_SYSTEMS["mode_entree"], MODE_ENTREE)
    sortie = _coding(raw, "dischargeDisposition", PMSI_SYSTEMS["mode_sortie"], MODE_SORTIE)
    if entree.code is None:
        entree = _other(raw, "admitSource", MODE_ENTREE, row.admit_source_code, row.admit_source)
    if sortie.code is None:
        sortie = _other(raw, "dischargeDisposition", MODE_SORTIE, row.discharge_code, row.discharge)
    return StayInfo(
        id=row.fhir_id,
        nda=row.nda,
        service=row.service,
        start=row.start,
        end=row.end,
        mode_entree=entree,
        provenance=_coding(raw, "admitSource", PMSI_SYSTEMS["provenance"], PROVENANCE),
        mode_sortie=sortie,
        destination=_coding(raw, "dischargeDisposition", PMSI_SYSTEMS["destination"], DESTINATION),
        reason=row.reason,
        ed_encounter_ids=tuple(c.fhir_id for c in children),
        class_code=getattr(row, "class_code", None),
    )


def person(conn: Connection, practitioner_id: str | None) -> Person | None:
    if not practitioner_id:
        return None
    row = conn.execute(
        select(practitioners).where(practitioners.c.fhir_id == practitioner_id)
    ).first()
    if row is None:
        return None
    name = " ".join(p for p in (row.prefix, row.given, row.family) if p) or practitioner_id
    return Person(row.fhir_id, name, row.rpps, row.qualification, row.phone)


def referrer_id(raw: Any) -> str | None:
    """The referring physician: an Encounter participant of type REF, if any."""
    for participant in (raw or {}).get("participant") or []:
        codes = {
            c.get("code") for t in participant.get("type") or [] for c in t.get("coding") or []
        }
        reference = str((participant.get("individual") or {}).get("reference") or "")
        if codes & REFERRER_CODES and reference.startswith("Practitioner/"):
            return reference.split("/", 1)[1]
    return None


def hospital(conn: Connection, organization_id: str | None) -> Hospital | None:
    """The establishment: the given organisation, climbing ``partOf`` up to the top."""
    seen: set[str] = set()
    row = None
    while organization_id and organization_id not in seen:
        seen.add(organization_id)
        found = conn.execute(
            select(organizations).where(organizations.c.fhir_id == organization_id)
        ).first()
        if found is None:
            break
        row, organization_id = found, found.part_of_id
    return Hospital(row.fhir_id, row.name, row.finess) if row is not None else None


def raw_encounter(conn: Connection, encounter_id: str) -> Any:
    return raw_resources(conn, "Encounter", [encounter_id]).get(encounter_id)
