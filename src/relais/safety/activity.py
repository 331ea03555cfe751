"""Which medication lines count, and when two of them are active at the same time.

Rule (documented in docs/medication-safety.md):
- lines with status cancelled, entered-in-error, draft or not-taken are never checked;
- a line is active from ``start`` to ``end``; a missing start means "since always";
- a missing end means "still active" for active, on-hold, intended and unknown lines, and
  "only at its start" for completed and stopped lines (a stopped line without any date
  cannot be placed in time and is not paired);
- two lines interact when their periods overlap (bounds included);
- the current check (``finished``) leaves out completed and stopped lines whose period ended
  before today: a course taken a year ago raises no interaction nor allergy alert today.
"""

import re
from datetime import datetime, timedelta

from relais.safety.model import MedicationLine

NEVER_CHECKED = frozenset({"cancelled", "entered-in-error", "draft", "not-taken"})
ENDED = frozenset({"completed", "stopped"})
_DURATION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Zé]+)\s*$")
_DAYS = {
    "j": 1,
    "d": 1,
    "jour": 1,
    "jours": 1,
    "day": 1,
    "days": 1,
    "sem": 7,
    "wk": 7,
    "semaine": 7,
    "semaines": 7,
    "mois": 30,
    "mo": 30,
    "an": 365,
    "a": 365,
    "h": 1 / 24,
}


def duration_end(start: datetime | None, duration: str | None) -> datetime | None:
    """``start`` plus a duration written "30 j", "2 sem", "3 mois"; None if either is unknown."""
    match = _DURATION.match(duration or "")
    if start is None or not match or match[2].lower() not in _DAYS:
        return None
    days = float(match[1].replace(",", ".")) * _DAYS[match[2].lower()]
    return start + timedelta(days=days)


def checked(line: MedicationLine) -> bool:
    """Whether the line takes part in the checks at all."""
    if (line.status or "").lower() in NEVER_CHECKED:
        return False
    return not ((line.status or "").lower() in ENDED and line.start is None and line.end is None)


def period(line: MedicationLine) -> tuple[datetime | None, datetime | None]:
    """(start, end) with None meaning unbounded."""
    if line.end is None and (line.status or "").lower() in ENDED:
        return line.start, line.start
    return line.start, line.end


def finished(line: MedicationLine, now: datetime) -> bool:
    """Whether a completed or stopped line ended before the day of ``now`` (not current).

    Lines of other statuses are current while checked, whatever their dates: an active
    statement without an end is still taken.
    """
    if (line.status or "").lower() not in ENDED:
        return False
    last = period(line)[1]
    return last is not None and last.date() < now.date()


def overlap(first: MedicationLine, second: MedicationLine) -> bool:
    a_start, a_end = period(first)
    b_start, b_end = period(second)
    if a_start is not None and b_end is not None and a_start > b_end:
        return False
    return not (b_start is not None and a_end is not None and b_start > a_end)


def active_at(line: MedicationLine, moment: datetime) -> bool:
    start, end = period(line)
    return (start is None or start <= moment) and (end is None or moment <= end)
