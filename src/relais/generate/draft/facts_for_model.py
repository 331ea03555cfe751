"""Which facts the model sees, and how: numbered lines, within a budget.

The model never sees identities (patient, physicians): it does not need them to write the
narrative, and what it is not given it cannot misstate. Normal results are left out (the
structured sections carry them); abnormal ones show the course of the stay.
"""

from collections.abc import Iterable, Sequence

from relais.domain.facts import Fact, FactKind

HIDDEN = frozenset({FactKind.PATIENT, FactKind.PRACTITIONER})
SECONDARY = frozenset({FactKind.OBSERVATION, FactKind.NOTE_FINDING})
DEFAULT_LIMIT = 48


def _shown(fact: Fact) -> bool:
    if fact.kind in HIDDEN:
        return False
    if fact.kind is FactKind.OBSERVATION:
        return bool(fact.data.get("abnormal"))
    return True


def facts_for_model(facts: Iterable[Fact], *, limit: int = DEFAULT_LIMIT) -> list[Fact]:
    """The facts the narrative may use: the main ones first, then results and note findings,
    at most ``limit``, in the dossier's order."""
    shown = [f for f in facts if _shown(f)]
    main = [f for f in shown if f.kind not in SECONDARY]
    secondary = [f for f in shown if f.kind in SECONDARY]
    chosen = {f.id for f in (main + secondary)[:limit]}
    return [f for f in shown if f.id in chosen]


def fact_line(fact: Fact) -> str:
    marks = " (absent)" if fact.negated else ""
    marks += " (hypothèse)" if fact.hypothesis else ""
    return f"[{fact.id}] {fact.text}{marks}"


def facts_block(facts: Sequence[Fact]) -> str:
    return "\n".join(fact_line(f) for f in facts)
