"""The identifying values a patient's stored record already holds (``PatientContext``).

From the normalised tables (patient, identifiers, stays' NDA, GP, attending physicians,
authors of documents, practitioners of appointments, managing organisation) and from the raw
resources (Patient contacts and every telecom/address, RelatedPerson, the GP's address,
the organisation's aliases).
"""

from typing import Any

from sqlalchemy import Connection, select

from relais.errors import NotFound
from relais.privacy.pseudo.model import KnownPerson, PatientContext
from relais.store.tables import (
    care_items,
    documents,
    encounters,
    fhir_resources,
    organizations,
    patient_identifiers,
    patients,
    practitioners,
    resource_references,
)

JsonObject = dict[str, Any]


class _Collected:
    def __init__(self) -> None:
        self.people: list[KnownPerson] = []
        self.identifiers: list[str] = []
        self.addresses: list[str] = []
        self.cities: list[str] = []
        self.postal_codes: list[str] = []
        self.phones: list[str] = []
        self.emails: list[str] = []
        self.organizations: list[str] = []

    def address(self, raw: JsonObject) -> None:
        self.addresses.extend(str(line) for line in raw.get("line") or [] if line)
        _add(self.cities, raw.get("city"))
        _add(self.postal_codes, raw.get("postalCode"))

    def telecoms(self, raw: JsonObject) -> None:
        for item in raw.get("telecom") or []:
            if isinstance(item, dict) and item.get("value"):
                target = self.emails if item.get("system") == "email" else self.phones
                target.append(str(item["value"]))


def _add(target: list[str], value: object) -> None:
    if isinstance(value, str) and value.strip():
        target.append(value.strip())


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def patient_context(conn: Connection, patient_id: str) -> PatientContext:
    """Everything the record knows that could identify the patient in a note."""
    row = conn.execute(select(patients).where(patients.c.fhir_id == patient_id)).first()
    if row is None:
        raise NotFound(f"patient {patient_id!r} is not in the database (import it first)")
    got = _Collected()
    got.people.append(KnownPerson(row.family or "", row.given, "patient", row.birth_family))
    _add(got.addresses, row.address)
    _add(got.cities, row.city)
    _add(got.postal_codes, row.postal_code)
    _add(got.phones, row.phone)
    _add(got.emails, row.email)
    got.identifiers.extend(
        conn.scalars(
            select(patient_identifiers.c.value).where(
                patient_identifiers.c.patient_id == patient_id
            )
        )
    )
    got.identifiers.extend(
        v
        for v in conn.scalars(select(encounters.c.nda).where(encounters.c.patient_id == patient_id))
        if v
    )
    _raw_patient(conn, patient_id, got)
    _related(conn, patient_id, got)
    _practitioners(conn, patient_id, row.gp_id, got)
    for organization_id in _hospitals(conn, patient_id, row.organization_id):
        _organization(conn, organization_id, got)
    return PatientContext(
        patient_id=patient_id,
        people=tuple(dict.fromkeys(p for p in got.people if p.family or p.given)),
        identifiers=_unique(got.identifiers),
        address_lines=_unique(got.addresses),
        cities=_unique(got.cities),
        postal_codes=_unique(got.postal_codes),
        phones=_unique(got.phones),
        emails=_unique(got.emails),
        birth_date=row.birth_date,
        organizations=_unique(got.organizations),
    )


def _raw(conn: Connection, kind: str, fhir_id: str) -> JsonObject | None:
    content = conn.scalar(
        select(fhir_resources.c.content).where(
            fhir_resources.c.resource_type == kind, fhir_resources.c.fhir_id == fhir_id
        )
    )
    return content if isinstance(content, dict) else None


def _person_name(raw: JsonObject) -> tuple[str, str | None]:
    name = raw.get("name")
    if isinstance(name, list):
        name = name[0] if name else {}
    if not isinstance(name, dict):
        return "", None
    given = " ".join(str(g) for g in name.get("given") or [] if g) or None
    return str(name.get("family") or ""), given


def _raw_patient(conn: Connection, patient_id: str, got: _Collected) -> None:
    raw = _raw(conn, "Patient", patient_id)
    if raw is None:
        return
    got.telecoms(raw)
    for address in raw.get("address") or []:
        got.address(address)
    for extension in raw.get("extension") or []:
        place = extension.get("valueAddress") if isinstance(extension, dict) else None
        if isinstance(place, dict):
            _add(got.cities, place.get("city"))
    for contact in raw.get("contact") or []:
        family, given = _person_name(contact)
        if family or given:
            got.people.append(KnownPerson(family, given, "relative"))
        got.telecoms(contact)
        if isinstance(contact.get("address"), dict):
            got.address(contact["address"])


def _related(conn: Connection, patient_id: str, got: _Collected) -> None:
    query = (
        select(fhir_resources.c.content)
        .join(resource_references, resource_references.c.resource_pk == fhir_resources.c.pk)
        .where(
            fhir_resources.c.resource_type == "RelatedPerson",
            resource_references.c.target_type == "Patient",
            resource_references.c.target_id == patient_id,
        )
    )
    for content in conn.scalars(query):
        if not isinstance(content, dict):
            continue
        family, given = _person_name(content)
        if family or given:
            got.people.append(KnownPerson(family, given, "relative"))
        got.telecoms(content)
        for address in content.get("address") or []:
            got.address(address)


def _practitioners(conn: Connection, patient_id: str, gp_id: str | None, got: _Collected) -> None:
    ids: dict[str, str] = {}
    if gp_id:
        ids[gp_id] = "gp"
    for query in (
        select(encounters.c.attending_id).where(encounters.c.patient_id == patient_id),
        select(documents.c.author_id).where(documents.c.patient_id == patient_id),
        select(care_items.c.practitioner_id).where(care_items.c.patient_id == patient_id),
    ):
        for value in conn.scalars(query):
            if value:
                ids.setdefault(value, "physician")
    if not ids:
        return
    rows = conn.execute(select(practitioners).where(practitioners.c.fhir_id.in_(list(ids))))
    for row in rows:
        got.people.append(KnownPerson(row.family or "", row.given, ids[row.fhir_id]))
        _add(got.phones, row.phone)
        if ids[row.fhir_id] == "gp":
            raw = _raw(conn, "Practitioner", row.fhir_id)
            for address in (raw or {}).get("address") or []:
                got.address(address)


def _hospitals(conn: Connection, patient_id: str, managing: str | None) -> list[str]:
    """The patient's managing organisation and the establishments of their stays' services
    (a service's own name, "Cardiologie", is not identifying and is left out)."""
    found = [managing] if managing else []
    services = select(encounters.c.service_organization_id).where(
        encounters.c.patient_id == patient_id
    )
    parents = select(organizations.c.part_of_id).where(
        organizations.c.fhir_id.in_(services), organizations.c.part_of_id.is_not(None)
    )
    found.extend(str(v) for v in conn.scalars(parents.distinct()))
    return list(dict.fromkeys(found))


def _organization(conn: Connection, organization_id: str, got: _Collected) -> None:
    _add(
        got.organizations,
        conn.scalar(select(organizations.c.name).where(organizations.c.fhir_id == organization_id)),
    )
    raw = _raw(conn, "Organization", organization_id)
    for alias in (raw or {}).get("alias") or []:
        _add(got.organizations, alias)
