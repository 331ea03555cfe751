"""The transparency register: research projects and every extract made for them.

A project is named once with its requester, purpose and legal basis (e.g. "MR-004",
"intérêt public", "consentement"); each export is a row with its own requester, purpose and
legal basis, its counts per table, how many patients were left out for their opposition, and
which patients it included (so a patient can be told which projects used their data).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from relais.errors import InvalidInput, NotFound
from relais.privacy.audit.events import as_utc
from relais.store.privacy_tables import (
    research_export_patients,
    research_exports,
    research_projects,
)

MAX_TEXT = 255
MAX_PURPOSE = 4000


@dataclass(frozen=True, slots=True)
class ExportEntry:
    id: int
    exported_at: datetime
    exported_by: str
    requester: str
    purpose: str
    legal_basis: str
    patients: int
    excluded_opposed: int
    counts: dict[str, int]
    destination: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exported_at": self.exported_at.isoformat(),
            "exported_by": self.exported_by,
            "requester": self.requester,
            "purpose": self.purpose,
            "legal_basis": self.legal_basis,
            "patients": self.patients,
            "excluded_opposed": self.excluded_opposed,
            "counts": self.counts,
            "destination": self.destination,
        }


@dataclass(frozen=True, slots=True)
class Project:
    pk: int
    name: str
    requester: str
    purpose: str
    legal_basis: str
    created_at: datetime
    exports: list[ExportEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "requester": self.requester,
            "purpose": self.purpose,
            "legal_basis": self.legal_basis,
            "created_at": self.created_at.isoformat(),
            "exports": [e.to_dict() for e in self.exports],
        }


def find_project(conn: Connection, name: str) -> Project | None:
    row = conn.execute(select(research_projects).where(research_projects.c.name == name)).first()
    return _project(row) if row is not None else None


def ensure_project(
    conn: Connection,
    *,
    name: str,
    requester: str | None,
    purpose: str | None,
    legal_basis: str | None,
    now: datetime,
) -> Project:
    """The project named ``name``, created when new (then every field is required).

    An existing project keeps what it was declared with: a different purpose or legal basis
    is refused (declare a new project), so the register never drifts silently.
    """
    name = _text(name, "--project")
    found = find_project(conn, name)
    given = {"requester": requester, "purpose": purpose, "legal_basis": legal_basis}
    if found is None:
        missing = [f"--{k.replace('_', '-')}" for k, v in given.items() if not (v and v.strip())]
        if missing:
            raise InvalidInput(
                f"Project {name!r} is new: give {', '.join(missing)} to declare it in the "
                "transparency register."
            )
        project = Project(
            0,
            name,
            _text(requester or "", "--requester"),
            _text(purpose or "", "--purpose", MAX_PURPOSE),
            _text(legal_basis or "", "--legal-basis"),
            now,
        )
        pk = conn.execute(
            insert(research_projects)
            .values(
                name=name,
                requester=project.requester,
                purpose=project.purpose,
                legal_basis=project.legal_basis,
                created_at=now,
            )
            .returning(research_projects.c.pk)
        ).scalar_one()
        return replace(project, pk=int(pk))
    for key in ("purpose", "legal_basis"):
        value = given[key]
        if value and value.strip() != getattr(found, key):
            raise InvalidInput(
                f"Project {name!r} was declared with {key.replace('_', ' ')} "
                f"{getattr(found, key)!r}, not {value.strip()!r}: declare a new project."
            )
    return found


def record_export(
    conn: Connection,
    *,
    project: Project,
    exported_by: str,
    requester: str,
    at: datetime,
    patient_ids: Sequence[str],
    excluded_opposed: int,
    counts: Mapping[str, int],
    destination: str,
) -> int:
    """Add an export to the register (in the caller's transaction); returns its id."""
    pk = conn.execute(
        insert(research_exports)
        .values(
            project_pk=project.pk,
            exported_at=at,
            exported_by=exported_by,
            requester=_text(requester, "--requester"),
            purpose=project.purpose,
            legal_basis=project.legal_basis,
            patients=len(patient_ids),
            excluded_opposed=excluded_opposed,
            counts=dict(counts),
            destination=destination,
        )
        .returning(research_exports.c.pk)
    ).scalar_one()
    if patient_ids:
        conn.execute(
            insert(research_export_patients),
            [{"export_pk": pk, "patient_id": p} for p in patient_ids],
        )
    return int(pk)


def list_projects(conn: Connection, *, patient_id: str | None = None) -> list[Project]:
    """Projects with their exports, oldest first; with ``patient_id``, only exports including
    that patient (and only the projects that have one)."""
    exports = select(research_exports).order_by(research_exports.c.exported_at)
    if patient_id is not None:
        included = select(research_export_patients.c.export_pk).where(
            research_export_patients.c.patient_id == patient_id
        )
        exports = exports.where(research_exports.c.pk.in_(included))
    by_project: dict[int, list[ExportEntry]] = {}
    for row in conn.execute(exports):
        by_project.setdefault(row.project_pk, []).append(_export(row))
    projects = conn.execute(select(research_projects).order_by(research_projects.c.created_at))
    return [
        _project(row, by_project.get(row.pk, []))
        for row in projects
        if patient_id is None or row.pk in by_project
    ]


def get_project(conn: Connection, name: str) -> Project:
    found = find_project(conn, name)
    if found is None:
        raise NotFound(f"No research project {name!r}. List them with `relais projects`.")
    return found


def check_declaration(
    *, requester: str | None, purpose: str | None, legal_basis: str | None
) -> None:
    """Refuse values the register cannot hold (called before a long export starts)."""
    for value, option, limit in (
        (requester, "--requester", MAX_TEXT),
        (purpose, "--purpose", MAX_PURPOSE),
        (legal_basis, "--legal-basis", MAX_TEXT),
    ):
        if value is not None:
            _text(value, option, limit)


def _text(value: str, option: str, limit: int = MAX_TEXT) -> str:
    value = value.strip()
    if not value or len(value) > limit:
        raise InvalidInput(f"{option} must be between 1 and {limit} characters.")
    return value


def _project(row: Any, exports: list[ExportEntry] | None = None) -> Project:
    return Project(
        int(row.pk),
        row.name,
        row.requester,
        row.purpose,
        row.legal_basis,
        as_utc(row.created_at),
        exports or [],
    )


def _export(row: Any) -> ExportEntry:
    return ExportEntry(
        int(row.pk),
        as_utc(row.exported_at),
        row.exported_by,
        row.requester,
        row.purpose,
        row.legal_basis,
        int(row.patients),
        int(row.excluded_opposed),
        {str(k): int(v) for k, v in dict(row.counts).items()},
        row.destination,
    )
