"""Each mention of a sentence against the facts it cites, then against the rest of the
dossier: supported, supported only by an uncited fact (warning), or unsupported (error)."""

import re
from collections.abc import Callable, Sequence

from relais.generate.verify import messages
from relais.generate.verify.diagnoses import TERM_PREFIX, WORD_PREFIX, display_of
from relais.generate.verify.facts_view import FactView, PartialDate
from relais.generate.verify.model import (
    DateMention,
    Diagnosis,
    Drug,
    Flag,
    FlagKind,
    Quantity,
    Severity,
    Span,
)
from relais.generate.verify.text import fold
from relais.generate.verify.units import convert

Views = Sequence[FactView]


def judge(
    span: Span,
    what: str,
    kind: FlagKind,
    views: tuple[Views, Views],
    matches: Callable[[FactView], bool],
    known: Sequence[str] = (),
) -> Flag | None:
    cited, others = views
    if any(matches(v) for v in cited):
        return None
    backing = tuple(v.fact.id for v in others if matches(v))
    if backing:
        return Flag(
            FlagKind.NOT_CITED, span, messages.not_cited(what, backing), backing, Severity.WARNING
        )
    cited_ids = [v.fact.id for v in cited]
    return Flag(kind, span, messages.unsupported(what, cited_ids, known))


def drug_flag(drug: Drug, views: tuple[Views, Views]) -> Flag | None:
    def matches(view: FactView) -> bool:
        return bool(drug.substances & view.substances or drug.atc & view.atc)

    what = f"Médicament « {drug.span.text} »"
    return judge(drug.span, what, FlagKind.UNSUPPORTED_DRUG, views, matches)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


BARE_UNITS = ("mg", "g", "ug", "ng", "ui", "ml")  # a dose written without unit, read in these


def dose_matches(dose: Quantity, view: FactView) -> bool:
    """Same amount; a daily dose ("80 mg/j") may also be the unit dose of a daily line; a dose
    without unit ("Kardégic 75") is the amount in any unit of the dose's dimension."""
    units = {dose.unit, dose.unit.removesuffix("/j")}
    if not dose.unit:  # a unit dose: never compared with a daily total
        return any(
            _close(dose.value, converted)
            for value, unit in view.doses
            if not unit.endswith("/j")
            for target in (unit, *BARE_UNITS)
            if (converted := convert(value, unit, target) if unit else value) is not None
        )
    for value, unit in view.doses:
        if unit.endswith("/j") and not dose.unit.endswith("/j"):
            continue
        for target in units:
            converted = convert(value, unit, target) if unit and target else value
            if converted is not None and _close(dose.value, converted):
                return True
    return False


def dose_flag(dose: Quantity, drug: Drug | None, views: tuple[Views, Views]) -> Flag | None:
    """A dose written after a drug must be a dose of that drug's facts, when it has any."""
    if drug is not None:
        own = tuple(
            tuple(v for v in group if drug_flag(drug, ((v,), ())) is None) for group in views
        )
        if own[0]:
            views = (own[0], own[1])
    known = [_format(v, u) for view in views[0] for v, u in view.doses]
    what = f"Dose {dose.span.text}" + (f" de {drug.span.text}" if drug else "")
    return judge(
        dose.span, what, FlagKind.UNSUPPORTED_DOSE, views, lambda v: dose_matches(dose, v), known
    )


def result_matches(found: Quantity, fact: Quantity) -> bool:
    if found.analyte and fact.analyte and found.analyte != fact.analyte:
        return False
    if not found.analyte and not (found.unit and fact.unit):
        return False
    value: float | None = fact.value
    if found.unit and fact.unit:
        value = convert(fact.value, fact.unit, found.unit)
    tolerance = 0.5 * 10 ** (-found.decimals) + 1e-9
    if value is None or abs(found.value - value) > tolerance:
        return False
    return found.second is None or fact.second is None or abs(found.second - fact.second) < 0.5


def result_flag(found: Quantity, views: tuple[Views, Views]) -> Flag | None:
    known = [
        _format(r.value, r.unit)
        for v in views[0]
        for r in v.results
        if found.analyte is None or r.analyte in (found.analyte, None)
    ]
    what = f"Valeur {found.span.text}"
    return judge(
        found.span,
        what,
        FlagKind.UNSUPPORTED_VALUE,
        views,
        lambda v: any(result_matches(found, r) for r in v.results),
        known,
    )


def date_matches(found: DateMention, fact: PartialDate) -> bool:
    year, month, day = fact
    if found.year is not None and year is not None and found.year != year:
        return False
    if found.month == 0:
        return found.year == year
    if month != found.month:
        return False
    return found.day is None or found.day == day


def date_flag(found: DateMention, views: tuple[Views, Views]) -> Flag | None:
    known = sorted({_format_date(d) for v in views[0] for d in v.dates if d[1]})
    return judge(
        found.span,
        f"Date {found.span.text}",
        FlagKind.UNSUPPORTED_DATE,
        views,
        lambda v: any(date_matches(found, d) for d in v.dates),
        known[:4],
    )


def diagnosis_matches(found: Diagnosis, view: FactView) -> bool:
    if found.key in view.named:
        return True
    if found.key.startswith(WORD_PREFIX):
        stem = found.key.removeprefix(WORD_PREFIX).rstrip("e")
        return re.search(rf"(?<![\w]){re.escape(stem)}", view.text) is not None
    prefixes = [c.replace(".", "") for c in found.codes]
    if found.key.startswith(TERM_PREFIX):
        prefixes = [p[:3] for p in prefixes]  # same CIM-10 category
        if fold(found.span.text) in view.text:  # the same words as the fact
            return True
    return any(code.startswith(p) for code in view.codes for p in prefixes)


def diagnosis_flag(found: Diagnosis, views: tuple[Views, Views]) -> Flag | None:
    what = f"Diagnostic « {found.span.text} » ({display_of(found.key, found.codes)})"
    return judge(
        found.span,
        what,
        FlagKind.UNSUPPORTED_DIAGNOSIS,
        views,
        lambda v: diagnosis_matches(found, v),
    )


def _format(value: float, unit: str) -> str:
    number = f"{value:g}".replace(".", ",")
    return f"{number} {unit}".strip()


def _format_date(partial: PartialDate) -> str:
    year, month, day = partial
    return "/".join(f"{p:02d}" for p in (day, month) if p) + (f"/{year}" if year else "")
