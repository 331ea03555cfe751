"""The verifier's resources, built once per process and passed explicitly: the drug finder
(medication-safety normaliser and/or edsnlp ``eds.drugs``), the CIM-10 term index (edsnlp's
CIM-10 labels, ~1 s), optionally ``eds.cim10``, and the memo of what each fact supports."""

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from relais.domain.facts import Fact
from relais.errors import InvalidInput
from relais.generate.verify.cim10_terms import read_cim10_terms
from relais.generate.verify.dates import find_dates, folded_spans
from relais.generate.verify.diagnoses import find_diagnoses
from relais.generate.verify.drugs import DrugFinder, EdsDrugs, NormaliserDrugs, merge
from relais.generate.verify.eds import pipeline
from relais.generate.verify.facts_view import FactView, build_view
from relais.generate.verify.model import Drug, Mentions, Span
from relais.generate.verify.quantities import (
    analyte_names,
    analyte_spans,
    bare_doses,
    find_quantities,
)
from relais.generate.verify.terms import TermIndex
from relais.generate.verify.text import Folded
from relais.safety.substances import Normaliser

MEMO_LIMIT = 100_000


@dataclass(slots=True)
class Tools:
    finders: tuple[DrugFinder, ...]
    cim10: Any = None  # an edsnlp pipeline with eds.cim10, or None
    terms: TermIndex | None = None  # CIM-10 label terms
    _views: dict[int, tuple[Fact, FactView]] = field(default_factory=dict)

    def view(self, fact: Fact) -> FactView:
        """What ``fact`` supports (memoised per fact object)."""
        memo = self._views.get(id(fact))
        if memo is not None and memo[0] is fact:
            return memo[1]
        if len(self._views) > MEMO_LIMIT:
            self._views.clear()
        view = build_view(fact, self, self.terms)
        self._views[id(fact)] = (fact, view)
        return view

    def find(self, folded: Folded) -> list[Drug]:
        """Drugs named in the text (every finder, overlapping mentions merged)."""
        return merge([finder.find(folded) for finder in self.finders])

    def atc_keys(self, code: str) -> frozenset[str]:
        return frozenset(k for finder in self.finders for k in finder.atc_keys(code))

    def mentions(self, folded: Folded) -> Mentions:
        dates = find_dates(folded)
        skip = folded_spans(folded, dates)
        quantities = find_quantities(folded, skip=skip)
        analytes = analyte_spans(folded)
        names = analyte_names(folded)
        drugs = [
            d
            for d in self.find(folded)
            if all(d.span.end <= a or d.span.start >= b for a, b in analytes)
            and not any(_inside(d.span, a, b) for a, b in names)  # "protéine C" réactive
        ]
        taken = skip + [(folded.at(q.span.start), folded.at(q.span.end)) for q in quantities]
        ends = [folded.at(d.span.end) for d in drugs]
        quantities = sorted(
            quantities + bare_doses(folded, ends, taken), key=lambda q: q.span.start
        )
        diagnoses = [  # "hyperleucocytose à 15,5 G/l" is a result
            d
            for d in find_diagnoses(folded, cim10=self.cim10, terms=self.terms)
            if all(d.span.end <= a or d.span.start >= b for a, b in analytes)
        ]
        return Mentions(drugs, quantities, dates, diagnoses)


def _inside(span: Span, start: int, end: int) -> bool:
    """``span`` strictly inside ``[start, end)``."""
    return start <= span.start and span.end <= end and (span.end - span.start) < end - start


def normaliser_from_files(bdpm_dir: Path | None = None) -> Normaliser:
    """The safety normaliser from the bundled thesaurus, edsnlp's ATC table and (when given)
    a BDPM export folder: ~1 s without the BDPM, ~3 s with it."""
    from relais.safety.atc import read_atc
    from relais.safety.bdpm import read_folder
    from relais.safety.name_index import build_index
    from relais.safety.thesaurus import Thesaurus
    from relais.safety.thesaurus_files import read_bundled

    bdpm = read_folder(bdpm_dir) if bdpm_dir is not None else None
    return Normaliser(build_index(Thesaurus.from_data(read_bundled()), bdpm, read_atc()))


def load_tools(
    *,
    normaliser: Normaliser | None = None,
    bdpm_dir: Path | None = None,
    eds_drugs: bool = False,
    cim10: bool = False,
    cim10_terms: bool | Path = True,
) -> Tools:
    """Build the resources. Pass the normaliser of an already loaded ``safety.Knowledge``
    when there is one; ``eds_drugs`` adds edsnlp's drug matcher (~10 s to load), ``cim10``
    edsnlp's CIM-10 matcher (slow to load, rarely worth it: see docs/verifier.md);
    ``cim10_terms``: the CIM-10 term index from edsnlp's table (default), from another CSV
    file (columns ``code``, ``long``), or none (``False``)."""
    finders: list[DrugFinder] = []
    try:
        finders.append(NormaliserDrugs(normaliser or normaliser_from_files(bdpm_dir)))
    except InvalidInput:
        eds_drugs = True  # no thesaurus package: edsnlp's table alone
    if eds_drugs:
        finders.append(EdsDrugs(pipeline("drugs")))
    terms = None
    if cim10_terms is not False:
        path = cim10_terms if isinstance(cim10_terms, Path) else None
        terms = TermIndex(read_cim10_terms(path))
    return Tools(tuple(finders), pipeline("cim10") if cim10 else None, terms)


@lru_cache(maxsize=1)
def default_tools() -> Tools:
    """Process-wide resources built on first use (never at import time)."""
    return load_tools()
