"""Append an audit row, in the caller's transaction, to the hash chain.

Appends are serialised by the one-row ``audit_chain_head``: the first statement is an UPDATE of
that row, which takes PostgreSQL's row lock (a concurrent appender waits until we commit or roll
back, then reads our hash) and SQLite's database write lock. The head also keeps the newest hash,
so a deleted tail is detected.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Update, bindparam, insert, select, update

from relais.privacy.audit.chain import GENESIS, row_hash
from relais.privacy.audit.events import AuditEvent, as_utc, normalised_details, utc_now
from relais.store.privacy_tables import audit_chain_head, audit_events

HEAD_ID = 1
LOCK_KEY = "relais.audit.chain_locked_by"  # conn.info: the transaction that holds the head lock


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    row_hash: str


def record(conn: Connection, event: AuditEvent) -> Appended:
    """Append ``event`` to the trail inside the caller's transaction; returns its place."""
    bump, set_hash = _statements()
    bumped = conn.execute(bump).first()
    if bumped is None:  # a schema built without the migration's genesis row
        conn.execute(insert(audit_chain_head).values(id=HEAD_ID, seq=1, row_hash=GENESIS))
        head = audit_chain_head.c
        bumped = conn.execute(select(head.seq, head.row_hash).where(head.id == HEAD_ID)).one()
    conn.info[LOCK_KEY] = conn.get_transaction()
    seq, prev_hash = bumped
    row = event_row(event)
    digest = row_hash(prev_hash, row)
    conn.execute(
        insert(audit_events), {"seq": seq, "prev_hash": prev_hash, "row_hash": digest, **row}
    )
    conn.execute(set_hash, {"digest": digest})
    return Appended(int(seq), digest)


@cache
def _statements() -> tuple[Update, Update]:
    """The two head statements, built once (then compiled once per dialect by SQLAlchemy)."""
    head = audit_chain_head.c
    bump = (
        update(audit_chain_head)
        .where(head.id == HEAD_ID)
        .values(seq=head.seq + 1)
        .returning(head.seq, head.row_hash)
    )
    set_hash = (
        update(audit_chain_head).where(head.id == HEAD_ID).values(row_hash=bindparam("digest"))
    )
    return bump, set_hash


def event_row(event: AuditEvent) -> dict[str, Any]:
    """The stored content of an event (every field the hash covers)."""
    return {
        "recorded_at": as_utc(event.at) if event.at else utc_now(),
        "actor_id": event.actor.id,
        "actor_name": event.actor.name,
        "role": event.actor.role,
        "channel": event.actor.channel,
        "patient_id": event.patient_id,
        "resource": event.resource,
        "action": event.action,
        "purpose": event.purpose,
        "outcome": event.outcome,
        "details": normalised_details(event.details),
    }


def holds_chain_lock(conn: Connection) -> bool:
    """Whether this connection appended in its current transaction (and so holds the head)."""
    transaction = conn.get_transaction()
    return transaction is not None and conn.info.get(LOCK_KEY) is transaction
