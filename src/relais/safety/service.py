"""What the command line and the web call: load terminologies, check a patient or a list."""

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from relais.errors import InvalidInput
from relais.safety.acknowledgements import acknowledged
from relais.safety.knowledge import Knowledge
from relais.safety.model import Edition, MedicationLine, SafetyReport
from relais.safety.records import patient_allergies, patient_lines
from relais.safety.thesaurus_files import read_bundled, read_edition
from relais.safety.thesaurus_store import store_edition
from relais.store.patients import resolve_patient_id


def load_thesaurus(
    conn: Connection,
    folder: Path | None = None,
    *,
    edition: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Store the newest bundled edition, or the edition in ``folder`` (then ``edition`` needed)."""
    if folder is None:
        data = read_bundled(edition)
    else:
        if not edition:
            raise InvalidInput("Name the edition of a thesaurus folder: --edition 2023-09.")
        data = read_edition(folder, Edition(edition, published, source or str(folder)))
    store_edition(conn, data)
    return {
        "edition": data.edition.label,
        "published": data.edition.published,
        "source": data.edition.source,
        "entries": len(data.entries),
        "substances": len(data.substances),
        "skipped": data.skipped,
    }


def check_patient(
    conn: Connection,
    knowledge: Knowledge,
    key: str,
    *,
    at: datetime | None = None,
    now: datetime | None = None,
) -> tuple[str, SafetyReport]:
    """The current check (``now``, by default the present), or the lines active ``at``."""
    patient_id = resolve_patient_id(conn, key)
    report = knowledge.check(
        patient_lines(conn, patient_id),
        patient_allergies(conn, patient_id),
        at=at,
        now=now or datetime.now(UTC),
    )
    report.acknowledged = acknowledged(conn, patient_id)
    return patient_id, report


def check_drugs(knowledge: Knowledge, drugs: str) -> SafetyReport:
    """Check a comma- or semicolon-separated list of drug names, all taken together."""
    names = [d.strip() for d in drugs.replace(";", ",").split(",") if d.strip()]
    if len(names) < 2:
        raise InvalidInput('Give at least two drugs: --drugs "simvastatine, clarithromycine".')
    return knowledge.check([MedicationLine(f"saisie/{n}", name) for n, name in enumerate(names, 1)])
