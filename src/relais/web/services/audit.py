"""The DPO's search of the audit trail (by patient, by user, by day)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection

from relais.errors import InvalidInput
from relais.privacy.audit import AuditEntry, search

MAX_ROWS = 500


@dataclass(frozen=True, slots=True)
class AuditQuery:
    patient: str | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive day
    limit: int = 200

    @classmethod
    def parse(
        cls,
        *,
        patient: str | None,
        user: str | None,
        since: str | None,
        until: str | None,
        limit: int = 200,
    ) -> "AuditQuery":
        def day(value: str | None, name: str) -> date | None:
            if not value:
                return None
            try:
                return date.fromisoformat(value)
            except ValueError as exc:
                raise InvalidInput(f"{name} : date AAAA-MM-JJ attendue, reçu {value!r}.") from exc

        if not 1 <= limit <= MAX_ROWS:
            raise InvalidInput(f"Nombre de lignes entre 1 et {MAX_ROWS}.")
        return cls(
            (patient or "").strip() or None,
            (user or "").strip() or None,
            day(since, "Depuis le"),
            day(until, "Jusqu'au"),
            limit,
        )


def search_trail(conn: Connection, query: AuditQuery) -> list[AuditEntry]:
    since = datetime.combine(query.since, time(), UTC) if query.since else None
    until = datetime.combine(query.until + timedelta(days=1), time(), UTC) if query.until else None
    return search(
        conn,
        patient_id=query.patient,
        user=query.user,
        since=since,
        until=until,
        limit=query.limit,
    )
