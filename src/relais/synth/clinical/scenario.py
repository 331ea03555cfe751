"""The shape of a clinical scenario; the scenarios themselves live in ``data/scenarios.py``."""

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class Action:
    """A change to the treatment during the stay (start, dose change, stop with a reason)."""

    kind: Literal["start", "modify", "stop"]
    drug: str
    dose: float = 0.0
    schedule: str = "matin"
    reason: str = ""
    prob: float = 1.0
    days: int | None = None
    adverse: bool = False  # the stop reason is an adverse drug event (AdverseEvent resource)


@dataclass(frozen=True, slots=True)
class Scenario:
    key: str
    label: str
    service: str
    weight: float
    age: tuple[int, int]
    male: float
    ed_reason: str
    diagnosis: tuple[str, str]
    abbrev: str
    secondary: tuple[tuple[str, str, float], ...] = ()
    comorbidities: tuple[tuple[str, float], ...] = ()
    home: tuple[tuple[str, float, str, float], ...] = ()
    actions: tuple[Action, ...] = ()
    inpatient: tuple[tuple[str, float, str, int], ...] = ()
    labs: dict[str, tuple[float, float]] = field(default_factory=dict)
    vitals: dict[str, tuple[float, float]] = field(default_factory=dict)
    procedures: tuple[tuple[str | None, str, int, float], ...] = ()
    pending: tuple[tuple[str, float], ...] = ()
    symptoms: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()
    hypotheses: tuple[str, ...] = ()
    story: tuple[str, ...] = ()
    course: tuple[str, ...] = ()
    followup: tuple[str, int] = ("Consultation de médecine", 6)
    monitoring: tuple[str, ...] = ()
    adverse: tuple[tuple[str, float], ...] = ()
    transfusion: float = 0.03
    surgery: bool = False
