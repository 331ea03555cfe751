"""Doses and results with their units, and the analyte a result belongs to.

>>> [(q.value, q.unit, q.analyte) for q in find_quantities(Folded.of("Kaliémie à 5,8 mmol/l"))]
[(5.8, 'mmol/l', 'potassium')]
>>> [(q.value, q.unit) for q in find_quantities(Folded.of("furosémide de 40 à 80 mg/j"))]
[(40.0, 'mg/j'), (80.0, 'mg/j')]
"""

import re
from functools import lru_cache

from relais.generate.verify.lexicon import ANALYTES, UPPER_ONLY
from relais.generate.verify.model import Quantity
from relais.generate.verify.patterns import (
    ANALYTE_LINK,
    BARE_DOSE,
    COUNT_UNITS,
    NUMBER,
    PRESSURE,
    QUANTITY,
    RANGE,
    RESULT_BASES,
    RESULT_DENOMINATORS,
)
from relais.generate.verify.text import Folded
from relais.generate.verify.units import canonical_unit

_RESULT_DENOMINATORS = {canonical_unit(u) for u in RESULT_DENOMINATORS}


@lru_cache(maxsize=1)
def _analyte_regex() -> re.Pattern[str]:
    groups = "|".join(rf"(?P<{key}>{'|'.join(names)})" for key, (names, _, _) in ANALYTES.items())
    return re.compile(rf"(?<![\w+])(?:{groups})\.?(?![\w+]){ANALYTE_LINK}(?={NUMBER})")


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return re.compile(PRESSURE), re.compile(RANGE), re.compile(QUANTITY)


def parse_number(text: str) -> tuple[float, int]:
    """ "2,5" → (2.5, 1); "4 000" → (4000.0, 0)."""
    cleaned = text.replace(" ", "").replace(",", ".")
    decimals = len(cleaned.split(".")[1]) if "." in cleaned else 0
    return float(cleaned), decimals


def _upper_ok(folded: Folded, start: int, end: int, alias: str) -> bool:
    """Short analyte names that are also words or units ("K", "Na", "TA", "pH") count only
    written with a capital ("Na 136", "pH 7,31") or a "+" ("k+")."""
    if alias.strip() not in UPPER_ONLY:
        return True
    original = folded.span(start, end)[2]
    return any(c.isupper() for c in original) or "+" in original


def analytes_before_numbers(folded: Folded) -> dict[int, str]:
    """Folded position of a number → the analyte written just before it."""
    found: dict[int, str] = {}
    for match in _analyte_regex().finditer(folded.text):
        key = match.lastgroup
        if key and _upper_ok(folded, match.start(key), match.end(key), match.group(key)):
            found[match.end()] = key
    return found


@lru_cache(maxsize=1)
def _name_regex() -> re.Pattern[str]:
    names = "|".join(n for names, _, _ in ANALYTES.values() for n in names)
    return re.compile(rf"(?<![\w+])(?:{names})(?![\w+])")


def analyte_names(folded: Folded) -> list[tuple[int, int]]:
    """Original spans of analyte names written anywhere ("protéine C réactive")."""
    return [folded.span(*m.span())[:2] for m in _name_regex().finditer(folded.text)]


def analyte_spans(folded: Folded) -> list[tuple[int, int]]:
    """Original spans of analyte names written before a value ("potassium à 5,8")."""
    spans = []
    for match in _analyte_regex().finditer(folded.text):
        key = match.lastgroup
        if key and _upper_ok(folded, match.start(key), match.end(key), match.group(key)):
            span = folded.span(match.start(key), match.end(key))
            spans.append((span.start, span.end))
    return spans


def is_result_unit(unit: str) -> bool:
    """A unit of a result (concentration, rate, percent, pressure…) rather than a dose."""
    if not unit:
        return False
    base, *per = unit.split("/")
    if not base:  # "/min", "/mm3"
        return True
    return (
        base in RESULT_BASES
        or (base == "kg" and not per)
        or any(p in _RESULT_DENOMINATORS for p in per)
    )


def find_quantities(folded: Folded, *, skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities outside the ``skip`` spans (folded offsets, e.g. dates)."""
    taken = list(skip or [])
    analytes = analytes_before_numbers(folded)
    pressure, ranges, single = _regexes()
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in pressure.finditer(folded.text):
        key = analytes.get(match.start())
        if (key == "pression" or match["unit"]) and free(match.start(), match.end()):
            taken.append((match.start(), match.end()))
            found.append(
                Quantity(
                    folded.span(match.start(), match.end()),
                    float(match["high"]),
                    "mmhg",
                    0,
                    "pression",
                    True,
                    float(match["low"]),
                )
            )
    for match in ranges.finditer(folded.text):
        if free(match.start(), match.end()):
            unit = canonical_unit(match["unit"])
            for group in ("first", "number"):
                found.append(_quantity(folded, match, group, unit, analytes))
            taken.append((match.start(), match.end()))
    for match in single.finditer(folded.text):
        if not free(match.start(), match.end()):
            continue
        unit = canonical_unit(match["unit"])
        if (not unit and match.start() not in analytes) or unit in COUNT_UNITS:
            continue
        found.append(_quantity(folded, match, "number", unit, analytes))
    return sorted(found, key=lambda q: q.span.start)


def _quantity(
    folded: Folded, match: re.Match[str], group: str, unit: str, analytes: dict[int, str]
) -> Quantity:
    value, decimals = parse_number(match[group])
    analyte = analytes.get(match.start(group))
    end = match.end("unit") if group == "number" and match["unit"] else match.end(group)
    start = match.start(group)
    span = folded.span(start, end)
    return Quantity(
        span, value, unit, decimals, analyte, analyte is not None or is_result_unit(unit)
    )


@lru_cache(maxsize=1)
def _bare_regex() -> re.Pattern[str]:
    return re.compile(BARE_DOSE)


def bare_doses(
    folded: Folded, drug_ends: list[int], taken: list[tuple[int, int]]
) -> list[Quantity]:
    """Doses without a unit written right after a drug ("Kardégic 75"): unit ``""``, compared
    with the drug's doses in any unit of their dimension. ``drug_ends``: folded offsets."""
    found = []
    for end in drug_ends:
        match = _bare_regex().match(folded.text, end)
        if match is None:
            continue
        start, stop = match.span("number")
        if all(stop <= a or start >= b for a, b in taken):
            value, decimals = parse_number(match["number"])
            found.append(Quantity(folded.span(start, stop), value, "", decimals))
    return found
