"""A day's discharges drafted with bounded concurrency (how Relais scales on a vLLM server).

Each stay is independent: one failing stay is reported and the others go on. The embedded
model serialises its calls (one llama.cpp context); an HTTP server takes ``concurrency``
requests at once.
"""

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as day_time
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from relais.errors import RelaisError
from relais.generate.draft.document import DraftDocument
from relais.store.tables import encounters

INPATIENT_CLASSES = ("IMP", "ACUTE", "NONAC", "SS", "OBSENC")


def discharged_on(conn: Connection, day: date) -> list[str]:
    """Ids of the stays (not their ED visits) that ended on ``day``, in discharge order."""
    e = encounters.c
    start = datetime.combine(day, day_time())
    query = (
        select(e.fhir_id)
        .where(
            e.class_code.in_(INPATIENT_CLASSES),
            e.part_of_id.is_(None),
            e.end >= start,
            e.end < start + timedelta(days=1),
        )
        .order_by(e.end, e.fhir_id)
    )
    return [row.fhir_id for row in conn.execute(query)]


@dataclass
class BatchReport:
    day: date
    concurrency: int
    drafted: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "discharged_on": self.day.isoformat(),
            "concurrency": self.concurrency,
            "stays": len(self.drafted) + len(self.failed),
            "drafted": self.drafted,
            "failed": self.failed,
            "seconds": round(self.seconds, 2),
        }


def draft_many(
    stay_ids: list[str],
    draft_one: Callable[[str], DraftDocument],
    *,
    day: date,
    concurrency: int,
    on_done: Callable[[str, DraftDocument], None] | None = None,
) -> BatchReport:
    report = BatchReport(day, concurrency)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = {stay: pool.submit(draft_one, stay) for stay in stay_ids}
        for stay, future in futures.items():
            try:
                document = future.result()
            except (RelaisError, SQLAlchemyError) as exc:
                report.failed.append({"stay": stay, "error": str(exc)})
                continue
            if on_done:
                on_done(stay, document)
            report.drafted.append(
                {
                    "stay": stay,
                    "draft": document.id,
                    "version": document.version,
                    "to_write": document.verification()["to_write"],
                    "flags": document.verification()["flags"],
                    "seconds": document.model.duration_s if document.model else 0.0,
                }
            )
    report.seconds = time.monotonic() - started
    return report
