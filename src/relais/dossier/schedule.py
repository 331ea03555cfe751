"""Dosing schedules: parse the stored frequency (or the dosage text), rate per day, French text.

>>> parse_schedule("2/j MORN,EVE").per_day
2.0
>>> parse_schedule("1/3 mois").french()
'1 fois tous les 3 mois'
>>> parse_schedule(None, "40 mg 1-0-1").per_day
2.0
>>> parse_schedule(None, "paracétamol 1 g x3/j si douleur").per_day
3.0
>>> parse_schedule("1/j MORN").french()
'1 fois par jour, le matin'
>>> parse_schedule("1/6 h PRN").french()
'1 fois tous les 6 heures, si besoin'
>>> parse_schedule("2/j CM,CV").french()
'2 fois par jour, au petit-déjeuner et au dîner'
>>> parse_schedule("PRN", "bei Bedarf 1 Tablette").french()
'si besoin'
"""

import re
from dataclasses import dataclass, replace

from relais.dossier.french import decimal, joined
from relais.dossier.labels import (
    AS_NEEDED_CODE,
    AS_NEEDED_WORDS,
    PERIOD_DAYS,
    PERIOD_WORDS,
    WHEN_LABELS,
)

_STORED = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*/\s*(?:(\d+(?:[.,]\d+)?)\s*)?([a-zA-Zé]+)\s*(.*)$")
_WHEN_ONLY = re.compile(r"^[A-Z]+(?:,[A-Z]+)*$")
_TAKE = r"(\d+(?:[.,]5)?)"
_TAKES = re.compile(rf"(?<![\d,./]){_TAKE}-{_TAKE}-{_TAKE}(?:-{_TAKE})?")
_TIMES = re.compile(
    r"(?:x\s*(\d+)\s*/\s*(j|jour|sem|semaine)\b|(\d+)\s*(?:fois|x)\s*(?:/|par)\s*(j|jour|sem|semaine))",
    re.IGNORECASE,
)
_EVERY_HOURS = re.compile(r"toutes les\s+(\d+)\s*h\b", re.IGNORECASE)
_MOMENTS = {"matin": "MORN", "midi": "NOON", "soir": "EVE", "coucher": "HS", "nuit": "NIGHT"}


def _number(text: str) -> float:
    return float(text.replace(",", "."))


@dataclass(frozen=True, slots=True)
class Schedule:
    count: float | None = None  # takes per period
    period: float | None = None  # period length in ``unit``
    unit: str | None = None  # j, sem, mois, h…
    when: tuple[str, ...] = ()  # FHIR timing codes (MORN, EVE…)
    as_needed: bool = False

    @property
    def per_day(self) -> float | None:
        if self.count is None or self.period is None or self.unit not in PERIOD_DAYS:
            return None
        return self.count / (self.period * PERIOD_DAYS[self.unit])

    def french(self) -> str | None:
        said = [WHEN_LABELS.get(w, w.lower()) for w in self.when]
        moments = " et ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)
        if self.count is None or self.unit is None:
            return joined(moments, "si besoin" if self.as_needed else None) or None
        count = decimal(self.count)
        single, plural = PERIOD_WORDS.get(self.unit, (self.unit, self.unit))
        if self.period in (None, 1):
            text = f"{count} fois par {single}"
        else:
            text = f"{count} fois tous les {decimal(self.period or 1)} {plural}"
        text = f"{text}, {moments}" if moments else text
        return f"{text}, si besoin" if self.as_needed else text


def parse_schedule(stored: str | None, dosage_text: str | None = None) -> Schedule:
    """The stored compact frequency (``2/j MORN,EVE``) first, else the French dosage text;
    as needed when the stored frequency is marked ``PRN`` or the text says so."""
    words = (stored or "").split()
    schedule = _parse(" ".join(w for w in words if w != AS_NEEDED_CODE), dosage_text)
    if AS_NEEDED_CODE in words or _says_as_needed(dosage_text or ""):
        return replace(schedule, as_needed=True)
    return schedule


def _says_as_needed(text: str) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in AS_NEEDED_WORDS)


def _parse(stored: str, dosage_text: str | None) -> Schedule:
    found = _from_stored(stored)
    if found is not None and found.count is not None:
        return found
    from_text = _from_text(dosage_text or "")
    if found is not None and found.when and from_text.count is None:
        return found
    return from_text if from_text.count is not None or from_text.when else (found or Schedule())


def _from_stored(stored: str) -> Schedule | None:
    match = _STORED.match(stored)
    if match:
        unit = {"d": "j", "wk": "sem", "mo": "mois", "a": "an"}.get(match[3], match[3])
        period = _number(match[2]) if match[2] else 1.0
        when = tuple(w for w in match[4].split(",") if w) if _WHEN_ONLY.match(match[4]) else ()
        return Schedule(_number(match[1]), period, unit, when)
    if stored and _WHEN_ONLY.match(stored.strip()):
        codes = tuple(stored.strip().split(","))
        return Schedule(when=codes)
    return None


def _from_text(text: str) -> Schedule:
    lowered = text.lower()
    as_needed = _says_as_needed(lowered)
    takes = _TAKES.search(lowered)
    if takes:
        parts = [_number(t) for t in takes.groups() if t is not None]
        codes = ("MORN", "NOON", "EVE", "HS")
        when = tuple(c for c, p in zip(codes, parts, strict=False) if p)
        return Schedule(float(sum(1 for p in parts if p)), 1.0, "j", when, as_needed)
    times = _TIMES.search(lowered)
    if times:
        count = times[1] or times[3]
        unit = "sem" if (times[2] or times[4] or "").startswith("sem") else "j"
        return Schedule(float(count), 1.0, unit, (), as_needed)
    every = _EVERY_HOURS.search(lowered)
    if every:
        return Schedule(1.0, float(every[1]), "h", (), as_needed)
    when = tuple(code for word, code in _MOMENTS.items() if re.search(rf"\b{word}\b", lowered))
    if when:
        return Schedule(float(len(when)), 1.0, "j", when, as_needed)
    return Schedule(as_needed=as_needed)
