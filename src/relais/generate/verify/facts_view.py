"""What a fact supports, in the verifier's terms: substances, doses, results, dates,
diagnoses, findings. Drawn from the structured ``data`` and from the fact's French text, with
the same extractors as the sentences, so that both sides are read alike.
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from relais.domain.facts import Fact, FactKind
from relais.generate.verify.dates import find_dates
from relais.generate.verify.diagnoses import TERM_PREFIX, find_diagnoses, with_parents
from relais.generate.verify.drugs import DrugFinder
from relais.generate.verify.lexicon import ANALYTES
from relais.generate.verify.model import Quantity, Span, when_of
from relais.generate.verify.patterns import (
    EVERY_HOURS,
    NEGATED_FACT_CUES,
    SCHEDULE_DIGITS,
    TIMES_A_DAY,
)
from relais.generate.verify.quantities import find_quantities
from relais.generate.verify.terms import TermIndex
from relais.generate.verify.text import Folded, fold
from relais.generate.verify.units import canonical_unit

PartialDate = tuple[int | None, int, int | None]  # (year, month, day); month 0: year only
# A fact of these kinds names the concept whatever its text ("Pénicilline (urticaire)").
KIND_KEYS = {FactKind.ALLERGY: "allergie"}
_ATC = re.compile(r"^[A-Z]\d\d[A-Z]{2}\d\d$")
_LOINC = {code: key for key, (_, codes, _) in ANALYTES.items() for code in codes}
_NO_SPAN = Span(0, 0, "")


@dataclass(frozen=True, slots=True)
class FactView:
    fact: Fact
    substances: frozenset[str]
    atc: frozenset[str]
    doses: tuple[tuple[float, str], ...]  # unit doses, previous doses, daily totals
    results: tuple[Quantity, ...]
    dates: frozenset[PartialDate]
    diagnoses: frozenset[str]  # lexicon keys the fact affirms, with their parents
    named: frozenset[str]  # lexicon keys the fact names, affirmed or denied
    codes: tuple[str, ...]  # CIM-10 codes, without the dot (coded, then read in the text)
    finding: str  # folded text of the finding (negation cues removed)
    text: str = ""  # folded text of the fact (and its named data), for word look-ups


def per_day(schedule: Any) -> int | None:
    """Intakes a day: "1-0-1" → 2, "x3/j" → 3, "toutes les 8 h" → 3."""
    if isinstance(schedule, int | float):
        return int(schedule)
    if not isinstance(schedule, str):
        return None
    text = fold(schedule)
    if digits := re.match(SCHEDULE_DIGITS, text):
        return sum(int(d) for d in digits.groups() if d)
    if times := re.search(TIMES_A_DAY, text):
        return int(times[1] or times[2])
    if hours := re.search(EVERY_HOURS, text):
        return 24 // int(hours[1]) if int(hours[1]) else None
    return None


def _doses(fact: Fact, folded: Folded) -> list[tuple[float, str]]:
    data = fact.data
    unit = canonical_unit(str(data.get("dose_unit") or ""))
    doses = [(q.value, q.unit) for q in find_quantities(folded) if not q.is_result]
    value = data.get("dose_value")
    if isinstance(value, int | float):
        doses.append((float(value), unit))
        times = per_day(data.get("frequency"))
        if times and times > 1 and unit:
            doses.append((float(value) * times, f"{unit}/j"))  # daily total
    previous = data.get("previous_dose")
    if isinstance(previous, int | float):
        doses.append((float(previous), unit))
    elif isinstance(previous, str):
        found = find_quantities(Folded.of(previous))
        doses.extend((q.value, q.unit or unit) for q in found if not q.is_result)
        if not found and previous.replace(",", ".").replace(".", "", 1).isdigit():
            doses.append((float(previous.replace(",", ".")), unit))
    return doses


def _results(fact: Fact, folded: Folded) -> list[Quantity]:
    found = [q for q in find_quantities(folded) if q.is_result]
    value = fact.data.get("value")
    if isinstance(value, int | float):
        analyte = _LOINC.get(str(fact.data.get("loinc") or fact.code or ""))
        if analyte is None:
            named = [q.analyte for q in found if q.analyte]
            analyte = named[0] if named else None
        unit = canonical_unit(str(fact.data.get("unit") or ""))
        found.append(Quantity(_NO_SPAN, float(value), unit, 9, analyte, True))
    return found


def _dates(fact: Fact, folded: Folded) -> set[PartialDate]:
    found: set[PartialDate] = {(d.year, d.month, d.day) for d in find_dates(folded)}
    for value in (fact.when, *fact.data.values()):
        day = when_of(value)
        if day is not None:
            found.add((day.year, day.month, day.day))
    return found


def _finding(fact: Fact, text: str) -> str:
    """The finding a fact states or denies: its text without the cue ("Pas de fièvre")."""
    named = fact.data.get("finding") or fact.data.get("display")
    core = re.sub(r"\s*\([^)]*\)", "", fold(str(named)) if named else text)
    return (re.sub(NEGATED_FACT_CUES, "", core) if fact.negated else core).strip(" .:")


def _diagnoses(
    fact: Fact, folded: Folded, terms: TermIndex | None
) -> tuple[set[str], set[str], set[str]]:
    """Diagnoses the fact affirms (those its own text denies, "sans mention de…", only when the
    whole fact is a denial), all those it names, and the CIM-10 codes of the terms it names."""
    found = find_diagnoses(folded, terms=terms)
    by_kind = {KIND_KEYS[fact.kind]} if fact.kind in KIND_KEYS else set()
    named = with_parents({d.key for d in found} | by_kind)
    codes = {c for d in found if d.key.startswith(TERM_PREFIX) for c in d.codes}
    affirmed = {d.key for d in found if fact.negated or not d.negated} | by_kind
    return with_parents(affirmed), named, codes


def build_view(fact: Fact, drugs: DrugFinder, terms: TermIndex | None = None) -> FactView:
    texts = [fact.text] + [
        str(fact.data[k]) for k in ("substance", "display", "label", "reason") if fact.data.get(k)
    ]
    folded = Folded.of(" ; ".join(texts))
    substances: set[str] = set()
    atc: set[str] = set()
    for drug in drugs.find(folded):
        substances |= drug.substances
        atc |= drug.atc
    for code in (fact.data.get("atc"), fact.code):
        if isinstance(code, str) and _ATC.match(code.strip().upper()):
            atc.add(code.strip().upper())
            substances |= drugs.atc_keys(code)
    raw_codes = (fact.code, fact.data.get("cim10"))
    codes = tuple(c.replace(".", "").upper() for c in raw_codes if isinstance(c, str))
    affirmed, named, term_codes = _diagnoses(fact, folded, terms)
    codes += tuple(sorted(term_codes - set(codes)))
    return FactView(
        fact=fact,
        substances=frozenset(substances),
        atc=frozenset(atc),
        doses=tuple(_doses(fact, folded)),
        results=tuple(_results(fact, folded)),
        dates=frozenset(_dates(fact, folded)),
        diagnoses=frozenset(affirmed),
        named=frozenset(named),
        codes=codes,
        finding=_finding(fact, fold(fact.text)),
        text=folded.text,
    )


def day_of(partial: PartialDate) -> date | None:
    year, month, day = partial
    return date(year, month, day) if year and month and day else None
