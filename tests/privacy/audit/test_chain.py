"""The hash chain: each kind of tampering is detected at the row where it happened."""

from collections.abc import Callable

import pytest
from sqlalchemy import Connection, Engine, delete, insert, select, text, update
from sqlalchemy.exc import DatabaseError

from relais.privacy.audit import AuditEvent, verify
from relais.privacy.audit.chain import row_hash
from relais.privacy.audit.trail import event_row
from relais.store.privacy_tables import audit_chain_head, audit_events
from tests.privacy.audit.sample import DR_MARTIN, EVENTS, START, as_database_owner, fill

ev = audit_events.c


def _alter_patient(conn: Connection) -> None:
    conn.execute(update(audit_events).where(ev.seq == 3).values(patient_id="pat-9"))


def _alter_outcome(conn: Connection) -> None:
    conn.execute(update(audit_events).where(ev.seq == 3).values(outcome="success"))


def _alter_details(conn: Connection) -> None:
    conn.execute(update(audit_events).where(ev.seq == 4).values(details={"version": 3}))


def _alter_time(conn: Connection) -> None:
    row = conn.execute(select(ev.recorded_at).where(ev.seq == 2)).scalar_one()
    conn.execute(update(audit_events).where(ev.seq == 2).values(recorded_at=row.replace(hour=23)))


def _delete_middle(conn: Connection) -> None:
    conn.execute(delete(audit_events).where(ev.seq == 3))


def _delete_and_renumber(conn: Connection) -> None:
    conn.execute(delete(audit_events).where(ev.seq == 3))
    for seq in (4, 5):
        conn.execute(update(audit_events).where(ev.seq == seq).values(seq=seq - 1))


def _delete_last(conn: Connection) -> None:
    conn.execute(delete(audit_events).where(ev.seq == 5))


def _insert_forged(conn: Connection) -> None:
    """A well-formed row slipped in after row 2: the later rows are renumbered, hash computed."""
    for seq in (5, 4, 3):
        conn.execute(update(audit_events).where(ev.seq == seq).values(seq=seq + 1))
    prev = conn.execute(select(ev.row_hash).where(ev.seq == 2)).scalar_one()
    forged = event_row(
        AuditEvent(actor=DR_MARTIN, action="read", patient_id="pat-2", purpose="soins", at=START)
    )
    digest = row_hash(prev, forged)
    conn.execute(insert(audit_events).values(seq=3, prev_hash=prev, row_hash=digest, **forged))


def _swap(conn: Connection) -> None:
    conn.execute(update(audit_events).where(ev.seq == 2).values(seq=-1))
    conn.execute(update(audit_events).where(ev.seq == 4).values(seq=2))
    conn.execute(update(audit_events).where(ev.seq == -1).values(seq=4))


TAMPERING: list[tuple[Callable[[Connection], None], int, str]] = [
    (_alter_patient, 3, "altered"),
    (_alter_outcome, 3, "altered"),
    (_alter_details, 4, "altered"),
    (_alter_time, 2, "altered"),
    (_delete_middle, 3, "deleted"),
    (_delete_and_renumber, 3, "deleted"),
    (_delete_last, 5, "deleted"),
    (_insert_forged, 3, "inserted"),
    (_swap, 2, "moved"),
]


def test_an_untouched_trail_verifies(engine: Engine) -> None:
    fill(engine)
    with engine.connect() as conn:
        report = verify(conn)
        head = conn.execute(select(audit_chain_head)).one()
    assert (report.ok, report.rows, report.broken_seq) == (True, len(EVENTS), None)
    assert (report.head_seq, report.head_hash) == (head.seq, head.row_hash)


def test_an_empty_trail_verifies(engine: Engine) -> None:
    with engine.connect() as conn:
        assert verify(conn).to_dict() == {
            "ok": True,
            "rows": 0,
            "head_seq": 0,
            "head_hash": "0" * 64,
            "broken_seq": None,
            "reason": None,
        }


def test_each_tampering_is_detected_at_its_row(engine: Engine) -> None:
    """Each tampering is done and verified inside a transaction, then rolled back."""
    fill(engine)
    found = []
    with engine.connect() as conn:
        for tamper, _, _ in TAMPERING:
            with conn.begin() as transaction:
                as_database_owner(conn)
                tamper(conn)
                report = verify(conn)
                transaction.rollback()
            word = next((w for _, _, w in TAMPERING if w in (report.reason or "")), None)
            found.append((tamper.__name__, report.broken_seq, word))
        assert verify(conn).ok  # everything was rolled back
    assert found == [(tamper.__name__, seq, word) for tamper, seq, word in TAMPERING]


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_events SET purpose = 'rien' WHERE seq = 1", "DELETE FROM audit_events"],
)
def test_the_trail_refuses_updates_and_deletes(engine: Engine, statement: str) -> None:
    fill(engine)
    with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    with engine.connect() as conn:
        assert verify(conn).ok


def test_a_rewritten_chain_needs_an_anchor_to_be_caught(engine: Engine) -> None:
    """Recomputing every hash after a change fools the chain; an anchor kept aside does not."""
    fill(engine)
    with engine.connect() as conn:
        noted = verify(conn)
    with engine.begin() as conn:
        as_database_owner(conn)
        _alter_patient(conn)
        prev = "0" * 64
        rows = conn.execute(select(audit_events).order_by(ev.seq)).mappings().all()
        for row in rows:
            digest = row_hash(prev, row)
            conn.execute(
                update(audit_events)
                .where(ev.seq == row["seq"])
                .values(prev_hash=prev, row_hash=digest)
            )
            prev = digest
        conn.execute(update(audit_chain_head).values(row_hash=prev))
    with engine.connect() as conn:
        assert verify(conn).ok  # the documented limit of a keyless chain
        caught = verify(conn, anchors={noted.head_seq: noted.head_hash})
    assert (caught.ok, caught.broken_seq) == (False, noted.head_seq)
    assert caught.reason is not None and "anchor" in caught.reason
