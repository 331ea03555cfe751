"""Concurrent appenders: the chain stays one line, with no gap and no fork, on both databases."""

import threading
import time

from sqlalchemy import Engine, func, select

from relais.privacy.audit import Actor, AuditEvent, record, verify
from relais.store.privacy_tables import audit_events

PER_THREAD = 25


def _append_many(engine: Engine, actor: Actor, errors: list[BaseException]) -> None:
    try:
        for n in range(PER_THREAD):
            with engine.begin() as conn:
                record(
                    conn,
                    AuditEvent(actor=actor, action="read", patient_id=f"pat-{n}", purpose="soins"),
                )
    except BaseException as exc:  # reported by the main thread
        errors.append(exc)


def test_two_writers_append_one_unbroken_chain(engine: Engine) -> None:
    actors = [
        Actor(id="dr.martin", role="physician", channel="ui"),
        Actor(id="ide.petit", role="nurse", channel="api"),
    ]
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_append_many, args=(engine, a, errors)) for a in actors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    with engine.connect() as conn:
        report = verify(conn)
        per_actor = dict(
            conn.execute(
                select(audit_events.c.actor_id, func.count()).group_by(audit_events.c.actor_id)
            ).all()
        )
    assert report.ok, report.reason
    assert report.rows == 2 * PER_THREAD
    assert per_actor == {"dr.martin": PER_THREAD, "ide.petit": PER_THREAD}


def test_a_second_appender_waits_for_the_first_to_commit(engine: Engine) -> None:
    """The first transaction holds the chain while open; the second appends after it, not beside."""
    first = Actor(id="dr.martin", role="physician", channel="ui")
    second = Actor(id="ide.petit", role="nurse", channel="api")
    holding = threading.Event()
    finished: dict[str, tuple[float, int]] = {}
    errors: list[BaseException] = []

    def late_writer() -> None:
        holding.wait(timeout=30)
        try:
            with engine.begin() as conn:
                appended = record(conn, AuditEvent(actor=second, action="read", patient_id="p2"))
            finished["second"] = (time.monotonic(), appended.seq)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=late_writer)
    thread.start()
    with engine.begin() as conn:
        appended = record(conn, AuditEvent(actor=first, action="read", patient_id="p1"))
        holding.set()
        time.sleep(0.5)  # the other writer is blocked meanwhile
        committed_at = time.monotonic()
    thread.join(timeout=60)
    assert errors == []
    done_at, seq = finished["second"]
    assert (appended.seq, seq) == (1, 2)
    assert done_at >= committed_at
    with engine.connect() as conn:
        assert verify(conn).ok


def test_a_rolled_back_append_leaves_no_trace(engine: Engine) -> None:
    actor = Actor(id="dr.martin", role="physician", channel="ui")
    with engine.connect() as conn:
        with conn.begin() as transaction:
            record(conn, AuditEvent(actor=actor, action="read", patient_id="pat-1"))
            transaction.rollback()
        with conn.begin():
            appended = record(conn, AuditEvent(actor=actor, action="read", patient_id="pat-2"))
    assert appended.seq == 1
    with engine.connect() as conn:
        assert verify(conn).ok


def test_a_schema_without_the_genesis_row_starts_the_chain(engine: Engine) -> None:
    """Databases built from the table definitions alone (no migration) have no head row yet."""
    from relais.store.privacy_tables import audit_chain_head

    with engine.begin() as conn:
        conn.execute(audit_chain_head.delete())
    actor = Actor(id="dr.martin", role="physician", channel="ui")
    with engine.begin() as conn:
        first = record(conn, AuditEvent(actor=actor, action="read", patient_id="pat-1"))
        second = record(conn, AuditEvent(actor=actor, action="read", patient_id="pat-2"))
    assert (first.seq, second.seq) == (1, 2)
    with engine.connect() as conn:
        assert verify(conn).ok
