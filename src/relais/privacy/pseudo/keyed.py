"""Keyed hashes (HMAC-SHA256): pseudonymous ids, per-patient date shifts, surrogate choices.

Without the key none of these can be recomputed or reversed; with another key every value
changes. The same offset serves the text and the structured exports, so intervals agree.
"""

import hashlib
import hmac
from datetime import date, timedelta

from relais.errors import InvalidInput

MAX_SHIFT_DAYS = 365


def _digest(key: bytes, *parts: str) -> bytes:
    if not key:
        raise InvalidInput(
            "the pseudonymisation key is empty: set RELAIS_PSEUDONYMISATION_KEY "
            "or let Relais create data_dir/pseudonymisation.key"
        )
    message = "\x1f".join(parts).encode()
    return hmac.new(key, message, hashlib.sha256).digest()


def keyed_int(key: bytes, *parts: str) -> int:
    """A large integer derived from the key and ``parts`` (stable, unpredictable without key)."""
    return int.from_bytes(_digest(key, *parts)[:8], "big")


def keyed_choice(key: bytes, options: tuple[str, ...], *parts: str) -> str:
    return options[keyed_int(key, *parts) % len(options)]


def pseudonymous_id(value: str, *, kind: str, key: bytes) -> str:
    """A stable id for ``value`` of ``kind`` (patient, stay…): 32 hex characters of an HMAC."""
    if not value:
        raise InvalidInput(f"cannot derive a pseudonymous {kind} id from an empty value")
    return _digest(key, "id", kind, value).hex()[:32]


def date_shift_days(patient_id: str, *, key: bytes) -> int:
    """The patient's date offset in days, in −365…−1 or 1…365 (never 0)."""
    value = keyed_int(key, "date-shift", patient_id) % (2 * MAX_SHIFT_DAYS)
    return value - MAX_SHIFT_DAYS if value < MAX_SHIFT_DAYS else value - MAX_SHIFT_DAYS + 1


def shift_date(value: date, patient_id: str, *, key: bytes) -> date:
    """``value`` moved by the patient's offset (intervals between a patient's dates are kept)."""
    return value + timedelta(days=date_shift_days(patient_id, key=key))
