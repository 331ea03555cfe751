"""Audit fixtures: a few French hospital accesses, and the database owner who bypasses triggers."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, text

from relais.privacy.audit import Actor, AuditEvent, record

DR_MARTIN = Actor(id="dr.martin", name="Dr Claire Martin", role="physician", channel="ui")
IDE_PETIT = Actor(id="ide.petit", name="Julien Petit", role="nurse", channel="ui")
SEC_ROUX = Actor(id="sec.roux", name="Inès Roux", role="secretary", channel="api")
DPO = Actor(id="dpo.leroy", name="Anne Leroy", role="dpo", channel="cli")
START = datetime(2024, 3, 4, 8, 30, tzinfo=UTC)

EVENTS = (
    AuditEvent(actor=DR_MARTIN, action="read", patient_id="pat-1", purpose="soins"),
    AuditEvent(
        actor=IDE_PETIT,
        action="read_notes",
        patient_id="pat-1",
        resource="DocumentReference/obs-entree",
        purpose="soins",
    ),
    AuditEvent(
        actor=SEC_ROUX,
        action="sign",
        outcome="denied",
        patient_id="pat-2",
        resource="lettre/17",
        purpose="courrier de sortie",
        details={"reason": "role secretary may not sign"},
    ),
    AuditEvent(
        actor=DR_MARTIN,
        action="sign",
        patient_id="pat-2",
        resource="lettre/17",
        purpose="lettre de liaison",
        details={"version": 2, "sections": ["motif", "conclusion"], "dose": 0.5},
    ),
    AuditEvent(actor=DPO, action="audit", patient_id="pat-1", purpose="demande du patient"),
)


def fill(engine: Engine) -> None:
    """Append EVENTS one transaction each, a minute apart."""
    for n, event in enumerate(EVENTS):
        timed = AuditEvent(
            actor=event.actor,
            action=event.action,
            outcome=event.outcome,
            patient_id=event.patient_id,
            resource=event.resource,
            purpose=event.purpose,
            details=event.details,
            at=START + timedelta(minutes=n),
        )
        with engine.begin() as conn:
            record(conn, timed)


def as_database_owner(conn: Connection) -> None:
    """Lift the append-only triggers, as someone owning the database could (on SQLite for good:
    pysqlite commits DDL at once)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
    else:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
