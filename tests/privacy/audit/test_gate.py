"""The access gate: every decision is recorded and committed, whatever the caller does next."""

import logging

import pytest
from sqlalchemy import Engine, select

from relais.errors import AccessDenied, InvalidInput
from relais.privacy.audit import Actor, audited_access, record, verify
from relais.privacy.audit.events import AuditEvent
from relais.store.privacy_tables import audit_events

CASES = [
    # role, action, allowed
    ("physician", "sign", True),
    ("physician", "read_notes", True),
    ("nurse", "read_notes", True),
    ("nurse", "sign", False),
    ("secretary", "read_letters", True),
    ("secretary", "read_notes", False),
    ("dpo", "audit", True),
    ("dpo", "read", False),
    ("admin", "read", False),
    ("data_scientist", "export", True),
    ("data_scientist", "read", False),
    ("physician", "export", False),
    ("physician", "teleport", False),
]


def _rows(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(audit_events)).mappings()]


def test_the_gate_decides_and_records_every_decision(engine: Engine) -> None:
    for role, action, allowed in CASES:
        actor = Actor(id=f"{role}.dupont", name="Camille Dupont", role=role, channel="api")
        with engine.begin() as conn:
            if allowed:
                audited_access(
                    conn,
                    actor=actor,
                    patient_id="pat-1",
                    action=action,
                    purpose="soins",
                    resource="Encounter/sejour-1",
                )
            else:
                with pytest.raises(AccessDenied, match=role):
                    audited_access(
                        conn, actor=actor, patient_id="pat-1", action=action, purpose="soins"
                    )
    rows = _rows(engine)
    assert [(r["role"], r["action"], r["outcome"]) for r in rows] == [
        (role, action, "success" if allowed else "denied") for role, action, allowed in CASES
    ]
    for row, (role, _, allowed) in zip(rows, CASES, strict=True):
        assert (row["actor_id"], row["patient_id"], row["channel"]) == (
            f"{role}.dupont",
            "pat-1",
            "api",
        )
        assert ("reason" in row["details"]) is not allowed  # type: ignore[operator]
    with engine.connect() as conn:
        assert verify(conn).ok


def test_decisions_survive_the_callers_rollback(engine: Engine) -> None:
    nurse = Actor(id="ide.petit", role="nurse", channel="ui")
    physician = Actor(id="dr.martin", role="physician", channel="ui")
    with engine.connect() as conn:
        conn.begin()
        audited_access(conn, actor=physician, patient_id="pat-1", action="read", purpose="soins")
        with pytest.raises(AccessDenied):
            audited_access(conn, actor=nurse, patient_id="pat-1", action="sign", purpose="soins")
        conn.rollback()
    rows = _rows(engine)
    assert [(r["actor_id"], r["outcome"]) for r in rows] == [
        ("dr.martin", "success"),
        ("ide.petit", "denied"),
    ]
    with engine.connect() as conn:
        assert verify(conn).ok


def test_the_gate_after_an_append_in_the_same_transaction_does_not_deadlock(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """The caller holds the chain: the gate's row joins its transaction (a warning says so)."""
    physician = Actor(id="dr.martin", role="physician", channel="cli")
    with engine.begin() as conn:
        record(conn, AuditEvent(actor=physician, action="read", patient_id="pat-1"))
        with caplog.at_level(logging.WARNING), pytest.raises(AccessDenied):
            audited_access(conn, actor=physician, patient_id=None, action="audit", purpose="vu")
    assert "caller's transaction" in caplog.text
    assert [r["outcome"] for r in _rows(engine)] == ["success", "denied"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"id": "x", "role": "chirurgien", "channel": "ui"}, "Unknown role 'chirurgien'"),
        ({"id": "x", "role": "nurse", "channel": "fax"}, "Unknown channel 'fax'"),
        ({"id": " ", "role": "nurse", "channel": "ui"}, "non-empty id"),
    ],
)
def test_an_actor_is_checked(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        Actor(**kwargs)  # type: ignore[arg-type]
