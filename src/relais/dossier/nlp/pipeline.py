"""The edsnlp pipeline of the note reader, built once per process on first use.

Rule-based pipes only (no torch): sentences, normalizer, term matchers (symptoms, conditions),
drugs (ATC), optional CIM-10 (about 13 s to load) and quantities, dates, then the qualifiers
negation, hypothesis, family and history.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from relais.dossier.nlp.patterns import (
    CONDITIONS,
    HYPOTHESIS_FOLLOWING,
    HYPOTHESIS_PRECEDING,
    NEGATION_FOLLOWING,
    SYMPTOMS,
)

SYMPTOM = "symptom"
CONDITION = "condition"


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    cim10: bool = False  # CIM-10 codes of diagnoses (slow to load)
    dates: bool = False  # dates near each finding (doubles the reading time)
    quantities: bool = False  # eds.quantities spans (values are read by our own patterns)


DEFAULT_OPTIONS = PipelineOptions()


def _terms(kind: str, table: dict[str, list[str]]) -> dict[str, list[str]]:
    return {f"{kind}|{name}": terms for name, terms in table.items()}


def build_pipeline(options: PipelineOptions = DEFAULT_OPTIONS) -> Any:
    import edsnlp  # type: ignore[import-untyped]
    import edsnlp.pipes as eds  # type: ignore[import-untyped]
    from edsnlp.pipes.qualifiers.hypothesis import (  # type: ignore[import-untyped]
        patterns as hypothesis,
    )
    from edsnlp.pipes.qualifiers.negation import (  # type: ignore[import-untyped]
        patterns as negation,
    )

    nlp = edsnlp.blank("eds")
    nlp.add_pipe(eds.sentences())
    nlp.add_pipe(eds.normalizer())
    nlp.add_pipe(eds.matcher(name="symptoms", terms=_terms(SYMPTOM, SYMPTOMS), attr="NORM"))
    nlp.add_pipe(eds.matcher(name="conditions", terms=_terms(CONDITION, CONDITIONS), attr="NORM"))
    nlp.add_pipe(eds.drugs())
    if options.cim10:
        nlp.add_pipe(eds.cim10())
    if options.quantities:
        nlp.add_pipe(eds.quantities(quantities="all"))
    if options.dates:
        nlp.add_pipe(eds.dates())
    following = [t for t in NEGATION_FOLLOWING if t not in negation.following]
    nlp.add_pipe(eds.negation(following=[*negation.following, *following]))
    nlp.add_pipe(
        eds.hypothesis(
            preceding=[*hypothesis.preceding, *HYPOTHESIS_PRECEDING],
            following=[*hypothesis.following, *HYPOTHESIS_FOLLOWING],
        )
    )
    nlp.add_pipe(eds.family())
    nlp.add_pipe(eds.history())
    return nlp


@cache
def shared_pipeline(options: PipelineOptions = DEFAULT_OPTIONS) -> Any:
    """One pipeline per options and per process, built on first call (seconds, not at import)."""
    return build_pipeline(options)
