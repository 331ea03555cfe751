"""Facts as the structured items of a section (each keeps its fact id and FHIR source)."""

from collections.abc import Iterable
from typing import Any

from relais.domain.facts import Fact, FactKind

MEDICATION_FIELDS = (
    "status",
    "label",
    "substance",
    "atc",
    "dose",
    "route",
    "frequency",
    "duration",
    "as_needed",
    "indication",
    "previous_dose",
    "previous_frequency",
    "previous_source",
    "changes",
    "reason",
)
STATUS_ORDER = {"new": 0, "modified": 1, "continued": 2, "stopped": 3, "unreconciled": 4}


def fact_item(fact: Fact, **extra: Any) -> dict[str, Any]:
    return {"text": fact.text, "fact": fact.id, "source": str(fact.source), **extra}


def medication_item(fact: Fact) -> dict[str, Any]:
    return fact_item(fact, **{key: fact.data.get(key) for key in MEDICATION_FIELDS})


def medication_lines(facts: Iterable[Fact], *, stopped: bool) -> list[dict[str, Any]]:
    """Discharge treatment (new, modified, continued) or the lines stopped during the stay."""
    chosen = [
        f
        for f in facts
        if f.kind is FactKind.MEDICATION
        and (f.data.get("status") in ("stopped", "unreconciled")) == stopped
    ]
    chosen.sort(key=lambda f: (STATUS_ORDER.get(str(f.data.get("status")), 9), f.text))
    return [medication_item(f) for f in chosen]


def yes_no_item(
    key: str, label: str, facts: list[Fact], *, details: Iterable[str] = ()
) -> dict[str, Any]:
    """A yes/no statement the letter must make, answered by the record (never guessed)."""
    present = [f for f in facts if not f.negated and f.data.get("done", True)]
    return {
        "item": key,
        "label": label,
        "value": "oui" if present else "non",
        "text": "; ".join(f.text for f in (present or facts)) or f"{label} : non",
        "details": list(details),
        "facts": [f.id for f in facts],
        "sources": [str(f.source) for f in facts],
    }
