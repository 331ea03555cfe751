"""Negation conflicts: a finding the record denies stated as present, and the reverse.

The first is checked against every fact of the dossier (a sentence must never assert what the
record excludes); the second only against the cited facts (allergies: every fact), and only
when no fact denies it.
"""

import re
from collections.abc import Sequence

from relais.domain.facts import FactKind
from relais.generate.verify import messages
from relais.generate.verify.facts_view import FactView
from relais.generate.verify.model import Diagnosis, Flag, FlagKind, Polarity, Span
from relais.generate.verify.negation import polarity
from relais.generate.verify.text import Folded, fold

AFFIRMING_KINDS = frozenset(
    {
        FactKind.NOTE_FINDING,
        FactKind.ADVERSE_EVENT,
        FactKind.DIAGNOSIS,
        FactKind.REASON,
        FactKind.ALLERGY,
    }
)
DOSSIER_WIDE = frozenset({FactKind.ALLERGY})  # denied against every fact, not the cited only
MIN_FINDING = 3  # characters


def _occurrences(folded: Folded, term: str) -> list[tuple[int, int]]:
    if len(term) < MIN_FINDING:
        return []
    pattern = rf"(?<![\w]){re.escape(term)}(?![\w])"
    return [m.span() for m in re.finditer(pattern, folded.text)]


def _affirms(view: FactView, finding: str, keys: frozenset[str]) -> bool:
    fact = view.fact
    if fact.negated:
        return False
    return bool(keys & view.diagnoses) or (bool(finding) and finding in fold(fact.text))


def negation_flags(
    folded: Folded,
    diagnoses: Sequence[Diagnosis],
    cited: Sequence[FactView],
    every: Sequence[FactView],
) -> list[Flag]:
    flags: list[Flag] = []
    seen: set[tuple[int, int]] = set()

    def add(span: Span, message: str, fact_id: str) -> None:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            flags.append(Flag(FlagKind.NEGATION_CONFLICT, span, message, (fact_id,)))

    for view in (v for v in every if v.fact.negated):
        spans = _occurrences(folded, view.finding)
        stated = [(s, e) for s, e in spans if polarity(folded, s, e) is Polarity.PRESENT]
        # A diagnosis inside the whole finding ("œdème" in "œdème des membres inférieurs : 0")
        # takes the whole finding's polarity.
        whole = [folded.span(s, e) for s, e in spans if (s, e) not in stated]
        named = [
            d
            for d in diagnoses
            if d.key in view.diagnoses
            and d.polarity is Polarity.PRESENT
            and not any(w.start <= d.span.start and d.span.end <= w.end for w in whole)
        ]
        keys = view.diagnoses
        if (stated or named) and not any(_affirms(c, view.finding, keys) for c in cited):
            for span in [folded.span(s, e) for s, e in stated] + [d.span for d in named]:
                add(
                    span,
                    messages.negation_present(span.text, view.fact.id, view.fact.text),
                    view.fact.id,
                )
    denied = [v for v in every if v.fact.negated]
    cited_ids = {v.fact.id for v in cited}
    # An allergy the record holds is never denied, cited or not ("Allergies : aucune").
    recorded = [v for v in every if v.fact.kind in DOSSIER_WIDE and v.fact.id not in cited_ids]
    for view in [*cited, *recorded]:
        fact = view.fact
        if fact.negated or fact.hypothesis or fact.kind not in AFFIRMING_KINDS:
            continue
        absent = [
            folded.span(s, e)
            for s, e in _occurrences(folded, view.finding)
            if polarity(folded, s, e) is Polarity.ABSENT
        ] + [d.span for d in diagnoses if d.negated and d.key in view.diagnoses]
        for span in absent:
            key_of = fold(span.text)
            if not any(key_of in d.finding or d.diagnoses & view.diagnoses for d in denied):
                add(span, messages.negation_absent(span.text, fact.id, fact.text), fact.id)
    return flags
