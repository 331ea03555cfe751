"""Full dates written in French clinical text (24/05/2024, 24/05/24, 24.05.2024, 24 mai 2024,
1er mars 2024, 2024-05-24), found independently of the pseudonymiser under test."""

import re
from collections.abc import Iterator
from datetime import date

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
WORDS = re.compile(r"(?<!\d)(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})(?!\d)", re.I)
ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def dates_in(text: str) -> Iterator[date]:
    """Every valid full date in ``text`` (two-digit years: 00–39 → 20xx, else 19xx)."""
    for day, _, month, year in NUMERIC.findall(text):
        yield from _valid(_year(year), int(month), int(day))
    for day, month, year in WORDS.findall(text):
        number = 1 if day.lower() == "1er" else int(day)
        yield from _valid(int(year), MONTHS.index(month.lower()) + 1, number)
    for year, month, day in ISO.findall(text):
        yield from _valid(int(year), int(month), int(day))


def written(value: date) -> list[str]:
    """How a date is commonly written in French notes."""
    month = MONTHS[value.month - 1]
    day_word = "1er" if value.day == 1 else str(value.day)
    return [
        value.isoformat(),
        f"{value:%d/%m/%Y}",
        f"{value:%d.%m.%Y}",
        f"{value:%d/%m/%y}",
        f"{day_word} {month} {value.year}",
    ]


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 4:
        return value
    return 2000 + value if value < 40 else 1900 + value


def _valid(year: int, month: int, day: int) -> Iterator[date]:
    try:
        yield date(year, month, day)
    except ValueError:
        return
