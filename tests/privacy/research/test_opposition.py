"""The opposition register: history kept, in force by date, every change audited, roles checked."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from relais.errors import AccessDenied, InvalidInput, NotFound
from relais.privacy.audit import Actor, search, verify
from relais.privacy.research import (
    add_opposition,
    current_oppositions,
    history,
    opposed_patient_ids,
    withdraw_opposition,
)
from relais.store.privacy_tables import patient_oppositions
from tests.privacy.research.small import IPP, PATIENT, import_small_record

DPO = Actor(id="dpo.leroy", role="dpo", channel="cli")
SECRETARY = Actor(id="sec.roux", role="secretary", channel="ui")
NURSE = Actor(id="ide.petit", role="nurse", channel="ui")


@pytest.fixture
def record(engine: Engine, tmp_path: Path) -> Engine:
    import_small_record(engine, tmp_path)
    return engine


def test_opposition_then_withdrawal_by_date(record: Engine) -> None:
    with record.begin() as conn:
        add_opposition(
            conn, actor=SECRETARY, patient=IPP, channel="courrier", effective=date(2024, 3, 1)
        )
        withdraw_opposition(
            conn, actor=DPO, patient=PATIENT, reason="nouveau courrier", effective=date(2024, 9, 1)
        )
    timeline = [
        (date(2024, 2, 29), False),  # before the letter
        (date(2024, 3, 1), True),
        (date(2024, 8, 31), True),
        (date(2024, 9, 1), False),  # withdrawn that day
    ]
    with record.connect() as conn:
        for day, opposed in timeline:
            assert (PATIENT in opposed_patient_ids(conn, at=day)) is opposed, day
        changes = history(conn, patient_id=PATIENT)
        assert current_oppositions(conn) == []
        audited = search(conn, patient_id=PATIENT)
        assert verify(conn).ok
    assert [(c.change, c.channel, c.note) for c in changes] == [
        ("opposition", "courrier", None),
        ("withdrawal", None, "nouveau courrier"),
    ]
    assert [(a.actor_id, a.details["change"]) for a in reversed(audited)] == [
        ("sec.roux", "opposition"),
        ("dpo.leroy", "withdrawal"),
    ]


BAD: list[tuple[dict[str, object], type[Exception], str]] = [
    ({"channel": "pigeon"}, InvalidInput, "Unknown channel 'pigeon'"),
    ({"effective": date(2999, 1, 1)}, InvalidInput, "in the future"),
    ({"patient": "IPP-INCONNU"}, NotFound, "IPP-INCONNU"),
    ({"actor": NURSE}, AccessDenied, "nurse"),
]


def test_a_bad_opposition_is_refused_and_nothing_is_written(record: Engine) -> None:
    for change, error, message in BAD:
        arguments: dict[str, object] = {"actor": DPO, "patient": IPP, "channel": "portail"}
        arguments.update(change)
        with pytest.raises(error, match=message), record.begin() as conn:
            add_opposition(conn, **arguments)  # type: ignore[arg-type]
    with record.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(patient_oppositions)) == 0
        outcomes = [(e.actor_id, e.outcome) for e in search(conn)]
    assert outcomes == [("ide.petit", "denied")]  # only the denial is on record


def test_twice_opposed_or_withdrawn_without_opposition_is_refused(record: Engine) -> None:
    with pytest.raises(InvalidInput, match="no opposition in force"), record.begin() as conn:
        withdraw_opposition(conn, actor=DPO, patient=IPP, reason="erreur")
    with record.begin() as conn:
        add_opposition(conn, actor=DPO, patient=IPP, channel="oral", effective=date(2024, 1, 5))
    with pytest.raises(InvalidInput, match="already opposed since 2024-01-05"):
        with record.begin() as conn:
            add_opposition(conn, actor=DPO, patient=IPP, channel="courrier")
    with record.connect() as conn:
        (current,) = current_oppositions(conn)
    assert (current.patient_id, current.channel) == (PATIENT, "oral")
