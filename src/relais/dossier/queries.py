"""Read-only queries of the dossier: rows of one stay (and its ED visit) or of one patient."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, Table, select

from relais.errors import NotFound
from relais.store.tables import encounters, fhir_resources, resource_references


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose rows to read: a patient, and for a stay dossier the stay's encounters."""

    patient_id: str
    encounter_ids: tuple[str, ...] = ()  # empty: the whole patient
    start: datetime | None = None
    end: datetime | None = None

    @property
    def whole_patient(self) -> bool:
        return not self.encounter_ids


def wall_clock(text: Any) -> datetime | None:
    """A FHIR dateTime as the local wall-clock time it states (offset dropped, as stored)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def find_stay(conn: Connection, key: str) -> Row[Any]:
    """The stay (inpatient encounter) by FHIR id or NDA."""
    e = encounters.c
    row = conn.execute(select(encounters).where(e.fhir_id == key)).first()
    if row is None:
        row = conn.execute(
            select(encounters).where(e.nda == key).order_by(e.class_code != "IMP").limit(1)
        ).first()
    if row is None:
        raise NotFound(
            f"No stay with id or NDA {key!r}. List a patient's stays with `relais patient`."
        )
    return row


def child_encounters(conn: Connection, stay_id: str) -> list[Row[Any]]:
    """Encounters that are part of the stay (the ED visit before it)."""
    e = encounters.c
    return list(conn.execute(select(encounters).where(e.part_of_id == stay_id).order_by(e.start)))


def patient_stays(conn: Connection, patient_id: str) -> list[Row[Any]]:
    e = encounters.c
    query = (
        select(encounters)
        .where(e.patient_id == patient_id, e.part_of_id.is_(None))
        .order_by(e.start, e.fhir_id)
    )
    return list(conn.execute(query))


@dataclass(slots=True)
class Records:
    """The rows of one patient, each table read once per dossier and filtered by scope."""

    conn: Connection
    scope: Scope
    cache: dict[str, list[Row[Any]]] = field(default_factory=dict)  # shareable: same patient

    def patient_rows(self, table: Table) -> list[Row[Any]]:
        if table.name not in self.cache:
            c = table.c
            order = [c.fhir_id, *(c[k] for k in ("component", "part") if k in c)]
            query = select(table).where(c.patient_id == self.scope.patient_id).order_by(*order)
            self.cache[table.name] = list(self.conn.execute(query))
        return self.cache[table.name]

    def rows(self, table: Table, *, patient_level: bool = False) -> list[Row[Any]]:
        """The scope's rows; ``patient_level`` adds the patient's rows recorded with no stay."""
        found = self.patient_rows(table)
        if self.scope.whole_patient or "encounter_id" not in table.c:
            return found
        stay = set(self.scope.encounter_ids)
        return [
            r for r in found if r.encounter_id in stay or (patient_level and r.encounter_id is None)
        ]


def raw_resources(conn: Connection, resource_type: str, ids: Sequence[str]) -> dict[str, Any]:
    """Verbatim JSON of resources by id."""
    if not ids:
        return {}
    f = fhir_resources.c
    query = select(f.fhir_id, f.content).where(
        f.resource_type == resource_type, f.fhir_id.in_(sorted(set(ids)))
    )
    return {r.fhir_id: r.content for r in conn.execute(query)}


def raw_referring(
    conn: Connection, resource_type: str, target_type: str, target_ids: Sequence[str]
) -> dict[str, Any]:
    """Verbatim JSON of the resources of a type that reference one of the targets."""
    if not target_ids:
        return {}
    f, r = fhir_resources.c, resource_references.c
    query = (
        select(f.fhir_id, f.content)
        .join(resource_references, r.resource_pk == f.pk)
        .where(
            f.resource_type == resource_type,
            r.target_type == target_type,
            r.target_id.in_(sorted(set(target_ids))),
        )
        .distinct()
    )
    return {row.fhir_id: row.content for row in conn.execute(query)}


def referenced_ids(
    conn: Connection, source_type: str, source_ids: Sequence[str], target_type: str
) -> list[str]:
    """Ids of the targets of a type referenced by the given resources."""
    if not source_ids:
        return []
    f, r = fhir_resources.c, resource_references.c
    query = (
        select(r.target_id)
        .join(fhir_resources, r.resource_pk == f.pk)
        .where(
            f.resource_type == source_type,
            f.fhir_id.in_(sorted(set(source_ids))),
            r.target_type == target_type,
        )
        .distinct()
    )
    return sorted(str(t) for t in conn.execute(query).scalars() if t)
