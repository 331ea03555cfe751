"""Verify generated sentences against the facts they cite.

>>> from relais.domain.facts import Fact, FactKind, Source
>>> f1 = Fact("F1", FactKind.MEDICATION, "Furosémide 40 mg, 1-0-0", Source("MedicationRequest",
...     "m1"), data={"substance": "furosémide", "dose_value": 40, "dose_unit": "mg"})
>>> [f.kind.value for f in verify_sentence("Lasilix 40 mg le matin.", [f1], {"F1": f1})]
[]
>>> [f.message for f in verify_sentence("Lasilix 80 mg le matin.", [f1], {"F1": f1})]
['Dose 80 mg de Lasilix non retrouvée dans les faits cités [F1] (40 mg).']
"""

import re
from collections.abc import Mapping, Sequence

from relais.domain.facts import Fact
from relais.generate.verify import messages
from relais.generate.verify.checks import (
    date_flag,
    diagnosis_flag,
    dose_flag,
    drug_flag,
    result_flag,
)
from relais.generate.verify.conflicts import negation_flags
from relais.generate.verify.model import (
    Drug,
    Flag,
    FlagKind,
    Polarity,
    Quantity,
    SentenceResult,
    Span,
    VerificationReport,
)
from relais.generate.verify.text import Folded, cited_ids, mask_citations
from relais.generate.verify.tools import Tools, default_tools

_BREAK = re.compile(r"[.;:]")
REACH_BEFORE = 60  # characters between a drug and its dose
REACH_AFTER = 20  # "80 mg de furosémide"


def verify_sentence(
    text: str,
    cited: Sequence[Fact],
    all_facts: Mapping[str, Fact],
    *,
    tools: Tools | None = None,
) -> list[Flag]:
    """Flags of one sentence: every drug, dose, value, date and diagnosis it states must be
    supported by a cited fact; a finding the record denies must not be stated as present."""
    tools = tools or default_tools()
    flags: list[Flag | None] = []
    if not cited:
        flags.append(Flag(FlagKind.UNCITED, Span(0, len(text), text), messages.uncited()))
    folded = Folded.of(mask_citations(text))
    mentions = tools.mentions(folded)
    cited_views = [tools.view(f) for f in cited]
    cited_set = {f.id for f in cited}
    others = [tools.view(f) for key, f in all_facts.items() if key not in cited_set]
    views = (cited_views, others)
    for drug in mentions.drugs:
        flags.append(drug_flag(drug, views))
    for quantity in mentions.quantities:
        if quantity.is_result:
            flags.append(result_flag(quantity, views))
        else:
            owner = drug_of(quantity, mentions.drugs, folded.original)
            flags.append(dose_flag(quantity, owner, views))
    for date in mentions.dates:
        flags.append(date_flag(date, views))
    for diagnosis in mentions.diagnoses:
        if diagnosis.polarity is not Polarity.MENTIONED:
            flags.append(diagnosis_flag(diagnosis, views))
    found = [f for f in flags if f is not None]
    conflicts = negation_flags(folded, mentions.diagnoses, cited_views, cited_views + others)
    contradicted = {f.span for f in conflicts}  # "held by [F16]" would mislead: F16 says not
    found = [f for f in found if not (f.kind is FlagKind.NOT_CITED and f.span in contradicted)]
    return sorted(found + conflicts, key=lambda f: (f.span.start, f.kind.value))


def drug_of(dose: Quantity, drugs: Sequence[Drug], text: str) -> Drug | None:
    """The drug a dose belongs to: the nearest one before it in the clause, else just after."""
    before = [
        d
        for d in drugs
        if d.span.end <= dose.span.start
        and dose.span.start - d.span.end <= REACH_BEFORE
        and not _BREAK.search(text[d.span.end : dose.span.start])
    ]
    if before:
        return before[-1]
    after = [d for d in drugs if 0 <= d.span.start - dose.span.end <= REACH_AFTER]
    return after[0] if after else None


def verify_narrative(
    sentences: Sequence[tuple[str, list[str]]],
    facts: Mapping[str, Fact],
    *,
    tools: Tools | None = None,
) -> VerificationReport:
    """Every sentence with its citations (ids; markers "[F12]" in the text count too)."""
    tools = tools or default_tools()
    results = []
    for index, (text, citations) in enumerate(sentences):
        ids = list(dict.fromkeys([*citations, *cited_ids(text)]))
        unknown = [i for i in ids if i not in facts]
        cited = [facts[i] for i in ids if i in facts]
        flags = [_unknown(text, i) for i in unknown]
        found = verify_sentence(text, cited, facts, tools=tools)
        if unknown:
            found = [f for f in found if f.kind is not FlagKind.UNCITED]
        results.append(SentenceResult(index, text, tuple(ids), tuple(flags + found)))
    return VerificationReport(tuple(results))


def _unknown(text: str, fact_id: str) -> Flag:
    marker = re.search(rf"\b{re.escape(fact_id)}\b", text)
    span = Span(marker.start(), marker.end(), marker.group(0)) if marker else Span(0, 0, "")
    return Flag(FlagKind.UNKNOWN_CITATION, span, messages.unknown_citation(fact_id), (fact_id,))
