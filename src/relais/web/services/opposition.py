"""A patient's opposition to the reuse of their data for research, as the workspace shows and
changes it: the register and its rules are ``relais.privacy.research.opposition``; this module
checks the form's input (French messages) and says where the patient stands."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from relais.errors import InvalidInput
from relais.privacy.audit import Actor
from relais.privacy.research.opposition import (
    CHANNELS,
    OppositionChange,
    add_opposition,
    history,
    opposed_patient_ids,
    withdraw_opposition,
)

CHANNEL_LABELS = {
    "courrier": "courrier",
    "portail": "portail patient",
    "oral": "oral (consultation)",
    "email": "e-mail",
    "formulaire": "formulaire",
    "telephone": "téléphone",
}
assert set(CHANNEL_LABELS) == set(CHANNELS)
MAX_NOTE = 1000


@dataclass(frozen=True, slots=True)
class OppositionStatus:
    """Whether the patient is opposed today, the opposition in force, and every change."""

    opposed: bool
    current: OppositionChange | None
    changes: list[OppositionChange]

    def to_dict(self) -> dict[str, Any]:
        return {
            "opposed": self.opposed,
            "current": self.current.to_dict() if self.current else None,
            "history": [c.to_dict() for c in self.changes],
        }


def opposition_status(conn: Connection, patient_id: str) -> OppositionStatus:
    """Where ``patient_id`` stands today (what every export honours)."""
    changes = history(conn, patient_id=patient_id)
    opposed = patient_id in opposed_patient_ids(conn)
    today = date.today()
    effective = [c for c in changes if c.change == "opposition" and c.effective <= today]
    # history is in the order recorded: the last opposition effective by today is in force
    current = max(reversed(effective), key=lambda c: c.effective) if opposed else None
    return OppositionStatus(opposed, current, changes)


def _day(value: date | None) -> date:
    day = value or date.today()
    if day > date.today():
        raise InvalidInput(
            f"La date du {day:%d/%m/%Y} est dans le futur : indiquez le jour où le patient "
            "a exprimé sa demande."
        )
    return day


def _note(text: str | None) -> str | None:
    note = " ".join((text or "").split())
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"La note dépasse {MAX_NOTE} caractères.")
    return note or None


def record_opposition(
    conn: Connection,
    *,
    actor: Actor,
    patient_id: str,
    channel: str,
    effective: date | None = None,
    note: str | None = None,
) -> OppositionChange:
    """Record the patient's opposition (audited by the register, in ``conn``'s transaction)."""
    if channel not in CHANNELS:
        raise InvalidInput(f"Canal {channel!r} inconnu : choisissez parmi {', '.join(CHANNELS)}.")
    day = _day(effective)
    current = opposition_status(conn, patient_id).current
    if current is not None:
        raise InvalidInput(
            f"Une opposition est déjà enregistrée depuis le {current.effective:%d/%m/%Y} "
            f"({CHANNEL_LABELS.get(current.channel or '', current.channel)}) : rien à ajouter."
        )
    return add_opposition(
        conn, actor=actor, patient=patient_id, channel=channel, effective=day, note=_note(note)
    )


def withdraw(
    conn: Connection,
    *,
    actor: Actor,
    patient_id: str,
    reason: str,
    effective: date | None = None,
    channel: str | None = None,
) -> OppositionChange:
    """Record the withdrawal of the opposition in force (the opposition stays in history)."""
    text = _note(reason)
    if text is None:
        raise InvalidInput("Indiquez le motif du retrait de l'opposition.")
    if channel is not None and channel not in CHANNELS:
        raise InvalidInput(f"Canal {channel!r} inconnu : choisissez parmi {', '.join(CHANNELS)}.")
    day = _day(effective)
    if opposition_status(conn, patient_id).current is None:
        raise InvalidInput("Ce patient n'a pas d'opposition en cours : rien à retirer.")
    return withdraw_opposition(
        conn, actor=actor, patient=patient_id, reason=text, effective=day, channel=channel
    )
