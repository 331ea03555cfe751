"""Read a date as written and write a shifted one in the same format.

Formats: 12/03/2024, 12-03-24, 12.03.2024, 12 / 03 / 2024, 2024-03-12, 12 mars 2024, 1er mars 2024,
03/2024 (a month and its year), lundi 12 mars 2024, 12 mars, mars 2024, 12/03 (the year taken
from the text around), 2012, a weekday before a numeric date or a day ("mer. 5/11", "lundi 17"),
a day alone ("le 3").
A month or a year alone is shifted through its middle day, so a patient's dates move together;
a day alone is shifted as a day of January of the year written nearest (its month is unknown).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from relais.privacy.pseudo.patterns import MONTH_NAMES, MONTHS, WEEKDAYS
from relais.privacy.pseudo.text import fold, keep_case

NUMERIC = re.compile(r"(\d{1,2})([/.\-]| / )(\d{1,2})(?:\2(\d{4}|\d{2}))?")
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTH_YEAR = re.compile(r"(0[1-9]|1[0-2])([/.\-])((?:19|20)\d{2})")
WRITTEN = re.compile(
    r"(?:(?P<weekday>[^\W\d_]+)\.?\s+)?(?:(?P<day>\d{1,2})(?P<er>er)?\s+)?"
    r"(?P<month>[^\W\d_]+)(?P<dot>\.?)(?:\s+(?P<year>\d{4}))?"
)
SHORT_MONTHS = (
    "janv",
    "févr",
    "mars",
    "avr",
    "mai",
    "juin",
    "juil",
    "août",
    "sept",
    "oct",
    "nov",
    "déc",
)
YEAR = re.compile(r"(19|20)\d{2}")
DAY_ALONE = re.compile(r"(\d{1,2})(er)?")
WEEKDAY_BEFORE = re.compile(r"(?P<weekday>[^\W\d_]+)(?P<dot>\.?)(?P<gap>\s+)(?P<rest>\d.*)", re.S)


@dataclass(frozen=True, slots=True)
class Written:
    """A date as read: the known parts, and how to write it back."""

    value: date
    has_day: bool
    has_month: bool
    has_year: bool


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse(text: str, *, default_year: int) -> Written | None:
    """The date in ``text`` (one whole date expression), or None when it is not one."""
    text = text.strip()
    before = WEEKDAY_BEFORE.fullmatch(text)
    if before and _weekday_of(before["weekday"]):
        return parse(before["rest"], default_year=default_year)
    if match := DAY_ALONE.fullmatch(text):
        value = _safe(default_year, 1, int(match[1]))
        return Written(value, True, False, False) if value else None
    if YEAR.fullmatch(text):
        return Written(date(int(text), 7, 2), False, False, True)
    if match := ISO.fullmatch(text):
        value = _safe(int(match[1]), int(match[2]), int(match[3]))
        return Written(value, True, True, True) if value else None
    if match := MONTH_YEAR.fullmatch(text):
        return Written(date(int(match[3]), int(match[1]), 15), False, True, True)
    if match := NUMERIC.fullmatch(text):
        year = _full_year(match[4]) if match[4] else default_year
        value = _safe(year, int(match[3]), int(match[1]))
        return Written(value, True, True, bool(match[4])) if value else None
    if match := WRITTEN.fullmatch(text):
        month = MONTHS.get(fold(match["month"]))
        if month is None:
            return None
        year = int(match["year"]) if match["year"] else default_year
        day = int(match["day"]) if match["day"] else 15
        value = _safe(year, month, day)
        return Written(value, bool(match["day"]), True, bool(match["year"])) if value else None
    return None


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    value = int(text)
    return 2000 + value if value < 50 else 1900 + value


def _weekday_of(word: str) -> str | None:
    folded = fold(word)
    full = [w for w in WEEKDAYS if w == folded or len(folded) >= 3 and w.startswith(folded)]
    return full[0] if full else None


def rewrite(text: str, days: int, *, default_year: int) -> str | None:
    """``text`` shifted by ``days`` in the same format, or None when it cannot be read."""
    stripped = text.strip()
    before = WEEKDAY_BEFORE.fullmatch(stripped)
    if before and _weekday_of(before["weekday"]):
        rest = parse(before["rest"], default_year=default_year)
        shifted = rewrite(before["rest"], days, default_year=default_year)
        if rest is None or shifted is None:
            return None
        word = before["weekday"]  # moved by the shift: right whatever year the writer meant
        name = WEEKDAYS[(WEEKDAYS.index(_weekday_of(word) or "lundi") + days) % 7]
        name = name if fold(word) in WEEKDAYS else name[: len(word)]
        return keep_case(word, name) + before["dot"] + before["gap"] + shifted
    if match := DAY_ALONE.fullmatch(stripped):
        value = _safe(default_year, 1, int(match[1]))
        if value is None:
            return None
        new_day = (value + timedelta(days=days)).day
        return "1er" if new_day == 1 and match[2] else str(new_day)
    read = parse(text, default_year=default_year)
    if read is None:
        return None
    new = read.value + timedelta(days=days)
    if YEAR.fullmatch(stripped):
        return str(new.year)
    if ISO.fullmatch(stripped):
        return new.isoformat()
    if match := MONTH_YEAR.fullmatch(stripped):
        return f"{new.month:02d}{match[2]}{new.year}"
    if match := NUMERIC.fullmatch(stripped):
        return _numeric(match, new)
    match = WRITTEN.fullmatch(stripped)
    assert match is not None
    return _written(match, new, read)


def _numeric(match: re.Match[str], new: date) -> str:
    sep = match[2]
    day = f"{new.day:02d}" if len(match[1]) == 2 else str(new.day)
    month = f"{new.month:02d}" if len(match[3]) == 2 else str(new.month)
    out = f"{day}{sep}{month}"
    if match[4]:
        out += sep + (str(new.year) if len(match[4]) == 4 else f"{new.year % 100:02d}")
    return out


def _written(match: re.Match[str], new: date, read: Written) -> str:
    parts = []
    if match["weekday"] and fold(match["weekday"]) in WEEKDAYS:
        parts.append(keep_case(match["weekday"], WEEKDAYS[new.weekday()]))
    elif match["weekday"]:
        parts.append(match["weekday"])
    if read.has_day:
        parts.append("1er" if new.day == 1 and match["er"] else str(new.day))
    month_word = match["month"]
    full = MONTH_NAMES[new.month - 1]
    if len(fold(month_word)) < len(fold(MONTH_NAMES[read.value.month - 1])):
        full = SHORT_MONTHS[new.month - 1]
        written_before = SHORT_MONTHS[read.value.month - 1]
        if month_word.isascii() and not written_before.isascii():
            full = fold(full)  # the writer leaves accents out
    parts.append(keep_case(month_word, full) + match["dot"])
    if match["year"]:
        parts.append(str(new.year))
    return " ".join(parts)
