"""Search the audit trail by patient, by user and by time (the DPO's questions)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from relais.errors import InvalidInput
from relais.privacy.audit.events import as_utc
from relais.store.privacy_tables import audit_events

MAX_LIMIT = 100_000


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    recorded_at: datetime
    actor_id: str
    actor_name: str | None
    role: str
    channel: str
    patient_id: str | None
    resource: str | None
    action: str
    purpose: str | None
    outcome: str
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "recorded_at": self.recorded_at.isoformat(),
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "role": self.role,
            "channel": self.channel,
            "patient_id": self.patient_id,
            "resource": self.resource,
            "action": self.action,
            "purpose": self.purpose,
            "outcome": self.outcome,
            "details": self.details,
        }


def search(
    conn: Connection,
    *,
    patient_id: str | None = None,
    user: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 1000,
) -> list[AuditEntry]:
    """Newest first. ``user`` matches the actor id or name exactly; times are compared in UTC."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"The search limit must be between 1 and {MAX_LIMIT}, got {limit}.")
    c = audit_events.c
    query = select(audit_events).order_by(c.seq.desc()).limit(limit)
    if patient_id is not None:
        query = query.where(c.patient_id == patient_id)
    if user is not None:
        query = query.where((c.actor_id == user) | (c.actor_name == user))
    if since is not None:
        query = query.where(c.recorded_at >= as_utc(since))
    if until is not None:
        query = query.where(c.recorded_at < as_utc(until))
    return [
        AuditEntry(
            int(r.seq),
            as_utc(r.recorded_at),
            r.actor_id,
            r.actor_name,
            r.role,
            r.channel,
            r.patient_id,
            r.resource,
            r.action,
            r.purpose,
            r.outcome,
            dict(r.details),
        )
        for r in conn.execute(query)
    ]
