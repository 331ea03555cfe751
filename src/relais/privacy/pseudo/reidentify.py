"""The optional re-identification table: keep original ↔ surrogate pairs, look them up.

Callers write pairs only when ``Settings.keep_reidentification_table`` is on.
"""

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from relais.privacy.pseudo.model import ReplacedSpan
from relais.store.pseudo_tables import pseudo_reidentification as table


def keep_pairs(conn: Connection, patient_id: str | None, spans: Iterable[ReplacedSpan]) -> int:
    """Store the pairs not stored yet; return how many were added."""
    scope = patient_id or ""
    wanted = {(s.type, s.surrogate, s.original) for s in spans}
    if not wanted:
        return 0
    existing = {
        (r.span_type, r.surrogate, r.original)
        for r in conn.execute(
            select(table.c.span_type, table.c.surrogate, table.c.original).where(
                table.c.patient_id == scope,
                table.c.surrogate.in_(sorted({s for _, s, _ in wanted})),
            )
        )
    }
    fresh = sorted(wanted - existing)
    if fresh:
        now = datetime.now(UTC)
        conn.execute(
            table.insert(),
            [
                {
                    "patient_id": scope,
                    "span_type": kind,
                    "surrogate": surrogate,
                    "original": original,
                    "created_at": now,
                }
                for kind, surrogate, original in fresh
            ],
        )
    return len(fresh)


def originals_of(conn: Connection, surrogate: str, *, patient_id: str | None = None) -> list[str]:
    """The originals a surrogate stands for (within one patient when given)."""
    query = select(table.c.original).where(table.c.surrogate == surrogate)
    if patient_id is not None:
        query = query.where(table.c.patient_id == patient_id)
    return sorted(set(conn.scalars(query)))
