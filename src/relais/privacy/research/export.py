"""``relais export``: a pseudonymised research extract, recorded in the register and audited.

All or nothing: the tables are written into a hidden temporary folder beside ``out``; the
register row, its patients and the audit row are inserted in one transaction, the folder is
renamed to ``out`` as the last step before the commit, and any failure removes what was
written (no partial extract, no register row).

Each project has its own key (HMAC of the hospital's pseudonymisation key and the project
name): its pseudonymous ids and date shifts are stable across its exports but differ from
every other project's, so two projects' extracts cannot be joined on them.
"""

import hashlib
import hmac
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, select

from relais.errors import InvalidInput
from relais.privacy.audit import Actor, AuditEvent, record, require
from relais.privacy.audit.events import utc_now
from relais.privacy.research.extract import write_tables
from relais.privacy.research.opposition import opposed_patient_ids
from relais.privacy.research.register import (
    check_declaration,
    ensure_project,
    find_project,
    record_export,
)
from relais.store.tables import patients

FORMAT = "relais-research-extract/1"


@dataclass(frozen=True, slots=True)
class ExportSummary:
    export_id: int
    project: str
    out: Path
    patients: int
    excluded_opposed: int
    counts: dict[str, int]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "export_id": self.export_id,
            "project": self.project,
            "out": str(self.out),
            "patients": self.patients,
            "excluded_opposed": self.excluded_opposed,
            "counts": self.counts,
            "seconds": round(self.seconds, 2),
        }


def project_key(key: bytes, project: str) -> bytes:
    """The project's own pseudonymisation key, derived from the hospital's."""
    return hmac.new(key, f"relais-research-project\x1f{project}".encode(), hashlib.sha256).digest()


def run_export(
    engine: Engine,
    *,
    actor: Actor,
    project: str,
    out: Path,
    key: bytes,
    requester: str | None = None,
    purpose: str | None = None,
    legal_basis: str | None = None,
    today: date | None = None,
    batch_size: int = 200,
) -> ExportSummary:
    """Export every patient not opposed on ``today`` into ``out`` (a new or empty folder)."""
    began = time.perf_counter()
    project = project.strip()
    out = _check_destination(out)
    day = today or date.today()
    with engine.connect() as conn:
        declared = _declared(conn, project, requester, purpose, legal_basis)
        require(
            conn,
            actor=actor,
            patient_id=None,
            action="export",
            purpose=declared["purpose"],
            resource=f"research_projects/{project}",
        )
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    renamed = False
    try:
        with _snapshot(engine) as conn:
            known = set(conn.scalars(select(patients.c.fhir_id)))
            opposed = opposed_patient_ids(conn, at=day) & known
            included = sorted(known - opposed)
            counts = write_tables(
                conn,
                included,
                work,
                key=project_key(key, project),
                today=day,
                batch_size=batch_size,
            )
        with engine.begin() as conn:
            now = utc_now()
            found = ensure_project(conn, name=project, now=now, **declared)
            export_id = record_export(
                conn,
                project=found,
                exported_by=actor.id,
                requester=declared["requester"] or found.requester,
                at=now,
                patient_ids=included,
                excluded_opposed=len(opposed),
                counts=counts,
                destination=str(out),
            )
            details = {
                "project": project,
                "export_id": export_id,
                "patients": len(included),
                "excluded_opposed": len(opposed),
                "counts": counts,
                "destination": str(out),
            }
            record(
                conn,
                AuditEvent(
                    actor=actor,
                    action="export",
                    resource=f"research_exports/{export_id}",
                    purpose=found.purpose,
                    details=details,
                    at=now,
                ),
            )
            _write_manifest(work, found.legal_basis, found.purpose, now, details)
            os.rename(work, out)
            renamed = True
    except BaseException:
        shutil.rmtree(out if renamed else work, ignore_errors=True)
        raise
    return ExportSummary(
        export_id,
        project,
        out,
        len(included),
        len(opposed),
        counts,
        time.perf_counter() - began,
    )


def _check_destination(out: Path) -> Path:
    out = out.expanduser().resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InvalidInput(f"{out} already exists and is not an empty folder: choose a new --out.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist: create it first.")
    return out


def _declared(
    conn: Connection,
    project: str,
    requester: str | None,
    purpose: str | None,
    legal_basis: str | None,
) -> dict[str, str | None]:
    """What the export declares, checked against the register before any work is done."""
    check_declaration(requester=requester, purpose=purpose, legal_basis=legal_basis)
    found = find_project(conn, project)
    if found is None and not all(v and v.strip() for v in (requester, purpose, legal_basis)):
        raise InvalidInput(
            f"Project {project!r} is new: give --requester, --purpose and --legal-basis to "
            "declare it in the transparency register."
        )
    return {
        "requester": requester,
        "purpose": purpose or (found.purpose if found else None),
        "legal_basis": legal_basis,
    }


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction seeing one state of the database (REPEATABLE READ on PostgreSQL).

    On SQLite each query sees the latest commit: an import running meanwhile may show.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin() as transaction:
            yield conn
            transaction.rollback()


def _write_manifest(
    folder: Path, legal_basis: str, purpose: str, at: datetime, details: dict[str, Any]
) -> None:
    manifest = {
        "format": FORMAT,
        "exported_at": at.isoformat(),
        "purpose": purpose,
        "legal_basis": legal_basis,
        **{k: v for k, v in details.items() if k != "destination"},
        "pseudonymisation": {
            "ids": "HMAC-SHA256 with the project's key, 32 hex characters",
            "dates": "shifted per patient by 1 to 365 days, forward or back (intervals kept)",
            "birth": "year of the shifted birth date; withheld from 90 years of age",
            "text": "relais.privacy.pseudo surrogates (names, contacts, identifiers, dates)",
        },
        "tables": {name: f"{name}.parquet" for name in details["counts"]},
    }
    (folder / "manifest.json").write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
