"""The access gate: every read or write of patient data asks here first.

The gate commits its audit row at once, on a connection of its own, whatever the decision: a
denial survives the caller's rollback, and an allowed access stays on record even if the work
that followed failed (the data may have been seen). Callers that want a row to stand or fall
with their own change call ``record`` in their transaction instead (the export does).

One case cannot be recorded apart: when the caller's transaction already holds the write lock
the row needs (it appended an audit row itself, or wrote anything on SQLite, whose lock covers
the whole database). Waiting would deadlock, so the row then joins the caller's transaction and
a warning is logged. Call the gate before writing.
"""

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from relais.errors import AccessDenied
from relais.privacy.audit.events import Actor, AuditEvent
from relais.privacy.audit.permissions import is_permitted
from relais.privacy.audit.trail import Appended, holds_chain_lock, record

log = logging.getLogger(__name__)


def audited_access(
    conn: Connection,
    *,
    actor: Actor,
    patient_id: str | None,
    action: str,
    purpose: str | None,
    resource: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> Appended:
    """Check ``actor.role`` against the permission matrix and record the decision.

    Returns where the row was appended; raises ``AccessDenied`` once a denial is committed.
    """
    allowed = is_permitted(actor.role, action)
    extra = {} if allowed else {"reason": f"role {actor.role} may not {action}"}
    event = AuditEvent(
        actor=actor,
        action=action,
        outcome="success" if allowed else "denied",
        patient_id=patient_id,
        resource=resource,
        purpose=purpose,
        details={**(details or {}), **extra},
    )
    appended = record_apart(conn, event)
    if not allowed:
        raise AccessDenied(
            f"Le rôle « {actor.role} » ne permet pas l'action « {action} »"
            + (f" sur le patient {patient_id}" if patient_id else "")
            + ". Demandez l'accès à l'administrateur ou agissez avec un rôle habilité."
        )
    return appended


def require(
    conn: Connection,
    *,
    actor: Actor,
    patient_id: str | None,
    action: str,
    purpose: str | None,
    resource: str | None = None,
) -> None:
    """For changes: refuse (recording the denial apart) or return without writing anything.

    The caller then appends its success row with ``record`` in the transaction that makes the
    change, so the trail never shows a change that was rolled back.
    """
    if not is_permitted(actor.role, action):
        audited_access(
            conn,
            actor=actor,
            patient_id=patient_id,
            action=action,
            purpose=purpose,
            resource=resource,
        )


def record_apart(conn: Connection, event: AuditEvent) -> Appended:
    """Commit ``event`` independently of the caller's transaction (see the module docstring)."""
    if _holds_write_lock(conn):
        log.warning(
            "audit: %s %s (%s) by %s recorded in the caller's transaction, which already "
            "holds the write lock; it is lost if that transaction rolls back",
            event.action,
            event.patient_id or "-",
            event.outcome,
            event.actor.id,
        )
        return record(conn, event)
    with conn.engine.connect() as own, own.begin():
        return record(own, event)


def _holds_write_lock(conn: Connection) -> bool:
    if holds_chain_lock(conn):
        return True
    if conn.dialect.name != "sqlite" or not conn.in_transaction():
        return False
    dbapi = conn.connection.dbapi_connection
    return bool(getattr(dbapi, "in_transaction", False))
