"""Patients' opposition to the secondary use of their data (RGPD art. 21), honoured by exports.

The register only grows: an opposition is a row, its withdrawal another row; a patient is
opposed on a day when their latest change effective that day or before is an opposition.
Each change is audited in the transaction that writes it.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, get_args

from sqlalchemy import Connection, insert, select

from relais.errors import InvalidInput
from relais.privacy.audit import Actor, AuditEvent, record, require
from relais.privacy.audit.events import as_utc, utc_now
from relais.store.patients import resolve_patient_id
from relais.store.privacy_tables import patient_oppositions

Channel = Literal["courrier", "portail", "oral", "email", "formulaire", "telephone"]
CHANNELS: tuple[Channel, ...] = get_args(Channel)
ACTION = "patient_rights"


@dataclass(frozen=True, slots=True)
class OppositionChange:
    patient_id: str
    change: str  # opposition / withdrawal
    effective: date
    channel: str | None
    note: str | None
    recorded_at: datetime
    recorded_by: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "patient_id": self.patient_id,
            "change": self.change,
            "effective": self.effective.isoformat(),
            "channel": self.channel,
            "note": self.note,
            "recorded_at": self.recorded_at.isoformat(),
            "recorded_by": self.recorded_by,
        }


def add_opposition(
    conn: Connection,
    *,
    actor: Actor,
    patient: str,
    channel: str,
    effective: date | None = None,
    note: str | None = None,
) -> OppositionChange:
    """Record that the patient (FHIR id or identifier) opposes secondary use from ``effective``."""
    if channel not in CHANNELS:
        raise InvalidInput(f"Unknown channel {channel!r}; choose one of {', '.join(CHANNELS)}.")
    patient_id, day = _prepare(conn, actor, patient, effective, "enregistrer une opposition")
    current = _latest(conn, patient_id, day)
    if current is not None and current.change == "opposition":
        raise InvalidInput(
            f"Patient {patient_id} is already opposed since {current.effective} "
            f"({current.channel}); nothing to record."
        )
    return _write(conn, actor, patient_id, "opposition", day, channel, note)


def withdraw_opposition(
    conn: Connection,
    *,
    actor: Actor,
    patient: str,
    reason: str,
    effective: date | None = None,
    channel: str | None = None,
) -> OppositionChange:
    """Record the withdrawal of an opposition (the opposition row stays in the history)."""
    if not reason.strip():
        raise InvalidInput("Give the reason of the withdrawal (--reason).")
    if channel is not None and channel not in CHANNELS:
        raise InvalidInput(f"Unknown channel {channel!r}; choose one of {', '.join(CHANNELS)}.")
    patient_id, day = _prepare(conn, actor, patient, effective, "retirer une opposition")
    current = _latest(conn, patient_id, day)
    if current is None or current.change != "opposition":
        raise InvalidInput(f"Patient {patient_id} has no opposition in force on {day}.")
    return _write(conn, actor, patient_id, "withdrawal", day, channel, reason)


def opposed_patient_ids(conn: Connection, *, at: date | None = None) -> frozenset[str]:
    """Patients opposed on ``at`` (default today): every export leaves them out."""
    day = at or date.today()
    o = patient_oppositions.c
    query = (
        select(o.patient_id, o.change)
        .where(o.effective <= day)
        .order_by(o.patient_id, o.effective, o.pk)
    )
    latest = {row.patient_id: row.change for row in conn.execute(query)}
    return frozenset(p for p, change in latest.items() if change == "opposition")


def current_oppositions(conn: Connection, *, at: date | None = None) -> list[OppositionChange]:
    """The opposition in force for each opposed patient on ``at``, oldest first."""
    opposed = opposed_patient_ids(conn, at=at)
    found = [_latest(conn, patient_id, at or date.today()) for patient_id in sorted(opposed)]
    return sorted((c for c in found if c is not None), key=lambda c: (c.effective, c.patient_id))


def history(conn: Connection, *, patient_id: str | None = None) -> list[OppositionChange]:
    """Every change, in the order recorded."""
    query = select(patient_oppositions).order_by(patient_oppositions.c.pk)
    if patient_id is not None:
        query = query.where(patient_oppositions.c.patient_id == patient_id)
    return [_change(row) for row in conn.execute(query)]


def _prepare(
    conn: Connection, actor: Actor, patient: str, effective: date | None, what: str
) -> tuple[str, date]:
    require(
        conn,
        actor=actor,
        patient_id=patient,
        action=ACTION,
        purpose=what,
        resource="patient_oppositions",
    )
    day = effective or date.today()
    if day > date.today():
        raise InvalidInput(f"The date {day} is in the future; give the day the patient said so.")
    return resolve_patient_id(conn, patient), day


def _latest(conn: Connection, patient_id: str, day: date) -> OppositionChange | None:
    o = patient_oppositions.c
    row = conn.execute(
        select(patient_oppositions)
        .where(o.patient_id == patient_id, o.effective <= day)
        .order_by(o.effective.desc(), o.pk.desc())
        .limit(1)
    ).first()
    return _change(row) if row is not None else None


def _change(row: Any) -> OppositionChange:
    return OppositionChange(
        row.patient_id,
        row.change,
        row.effective,
        row.channel,
        row.note,
        as_utc(row.recorded_at),
        row.recorded_by,
    )


def _write(
    conn: Connection,
    actor: Actor,
    patient_id: str,
    change: str,
    day: date,
    channel: str | None,
    note: str | None,
) -> OppositionChange:
    now = utc_now()
    values = {
        "patient_id": patient_id,
        "change": change,
        "effective": day,
        "channel": channel,
        "note": note,
        "recorded_at": now,
        "recorded_by": actor.id,
    }
    conn.execute(insert(patient_oppositions).values(**values))
    record(
        conn,
        AuditEvent(
            actor=actor,
            action=ACTION,
            patient_id=patient_id,
            resource="patient_oppositions",
            purpose="opposition à la réutilisation des données",
            details={"change": change, "effective": day.isoformat(), "channel": channel},
            at=now,
        ),
    )
    return OppositionChange(patient_id, change, day, channel, note, now, actor.id)
