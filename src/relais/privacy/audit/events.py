"""What an audit row says: who (an ``Actor``) did what, to which patient, why, and the outcome."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

import orjson

from relais.errors import InvalidInput
from relais.privacy.audit.permissions import ROLES

Outcome = Literal["success", "denied", "error"]
Channel = Literal["cli", "api", "ui", "system"]
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)
CHANNELS: tuple[Channel, ...] = get_args(Channel)
LIMITS = {"actor_id": 255, "actor_name": 255, "patient_id": 64, "action": 32}


@dataclass(frozen=True, slots=True)
class Actor:
    """The person (or local system account) acting, their role and the channel they act through."""

    id: str
    role: str
    channel: Channel
    name: str | None = None

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise InvalidInput("An actor needs a non-empty id (user name or account id).")
        if self.role not in ROLES:
            raise InvalidInput(f"Unknown role {self.role!r}; choose one of {', '.join(ROLES)}.")
        if self.channel not in CHANNELS:
            raise InvalidInput(
                f"Unknown channel {self.channel!r}; choose one of {', '.join(CHANNELS)}."
            )


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One access or change to record. ``details`` must be JSON (string keys)."""

    actor: Actor
    action: str
    outcome: Outcome = "success"
    patient_id: str | None = None
    resource: str | None = None
    purpose: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    at: datetime | None = None

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise InvalidInput(f"Unknown outcome {self.outcome!r}; one of {', '.join(OUTCOMES)}.")
        if not self.action.strip():
            raise InvalidInput("An audit event needs an action (read, export, sign…).")
        values = {
            "actor_id": self.actor.id,
            "actor_name": self.actor.name,
            "patient_id": self.patient_id,
            "action": self.action,
        }
        for name, value in values.items():
            if value is not None and len(value) > LIMITS[name]:
                raise InvalidInput(f"Audit {name} is longer than {LIMITS[name]} characters.")
        if self.at is not None and self.at.tzinfo is None:
            raise InvalidInput("An audit time must carry its time zone (use UTC).")


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored time in UTC (SQLite gives back naive times, written as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def normalised_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """Details as the database gives them back (JSON round trip), so hashes match on reading."""
    try:
        value = orjson.loads(orjson.dumps(dict(details)))
    except TypeError as exc:
        raise InvalidInput(f"Audit details must be JSON with string keys: {exc}") from exc
    assert isinstance(value, dict)
    return value
