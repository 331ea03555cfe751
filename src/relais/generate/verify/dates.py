"""Absolute dates in French: "12/03/2024", "12/03", "3/4", "12 mars 2024", "1er mars",
"mars 2024", "mi-mars", "début avril", "courant mai", "en 2017". Relative dates ("J3", "il y a
3 semaines") are not resolved: they are not checked.

>>> found = find_dates(Folded.of("admis le 12/03/2024, sorti le 19 mars, revu fin avril"))
>>> [(d.year, d.month, d.day) for d in found]
[(2024, 3, 12), (None, 3, 19), (None, 4, None)]
"""

import re
from functools import lru_cache

from relais.generate.verify.model import DateMention
from relais.generate.verify.patterns import (
    DATE_MONTH,
    DATE_NUMERIC,
    DATE_WRITTEN,
    DATE_YEAR,
    MONTHS,
)
from relais.generate.verify.text import Folded


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in (DATE_NUMERIC, DATE_WRITTEN, DATE_YEAR, DATE_MONTH))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + (2000 if year < 70 else 1900) if year < 100 else year


def find_dates(folded: Folded) -> list[DateMention]:
    numeric, written, year_only, month_only = _regexes()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in numeric.finditer(folded.text):
        day, month = int(match["d"]), int(match["m"])
        if 1 <= day <= 31 and 1 <= month <= 12 and (match["y"] or _slash(match.group(0))):
            span = folded.span(match.start(), match.end())
            found.append(DateMention(span, _year(match["y"]), month, day))
            taken.append((match.start(), match.end()))
    for match in month_only.finditer(folded.text):
        if free(match.start(), match.end()):
            span = folded.span(match.start(), match.end())
            found.append(DateMention(span, _year(match["y"]), MONTHS[match["month"]], None))
            taken.append((match.start(), match.end()))
    for match in written.finditer(folded.text):
        if not free(match.start(), match.end()):
            continue
        written_day = int(match["d"]) if match["d"] else None
        if written_day is None and not match["y"]:
            continue  # a bare month name ("mars") is too vague, "mai" too common a word
        if written_day is not None and not 1 <= written_day <= 31:
            continue
        span = folded.span(match.start(), match.end())
        found.append(DateMention(span, _year(match["y"]), MONTHS[match["month"]], written_day))
        taken.append((match.start(), match.end()))
    for match in year_only.finditer(folded.text):
        if free(match.start("y"), match.end()):
            span = folded.span(match.start("y"), match.end("y"))
            found.append(DateMention(span, int(match["y"]), 0, None))
    return sorted(found, key=lambda d: d.span.start)


def _slash(text: str) -> bool:
    """ "12/03" is a date; "1-0" or "2.5" are not."""
    return "/" in text


def folded_spans(folded: Folded, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The folded offsets of dates, so that quantities skip their numbers."""
    spans: list[tuple[int, int]] = []
    for mention in dates:
        start = folded.origin.index(mention.span.start)
        end = start
        while end < len(folded.origin) and folded.origin[end] < mention.span.end:
            end += 1
        spans.append((start, end))
    return spans
