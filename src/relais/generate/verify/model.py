"""What the verifier finds in a sentence and what it reports: mentions, flags, reports."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple


class Polarity(StrEnum):
    """How a sentence states a finding."""

    PRESENT = "present"
    ABSENT = "absent"
    UNCERTAIN = "uncertain"  # hypothesis, or a known finding that resolved / recurred
    MENTIONED = "mentioned"  # not a claim about the patient ("prévention des TVP")


class Span(NamedTuple):
    """A span of the generated sentence: ``[start, end)`` and its text."""

    start: int
    end: int
    text: str


class FlagKind(StrEnum):
    UNCITED = "uncited"  # the sentence cites no fact
    UNKNOWN_CITATION = "unknown_citation"  # it cites an id the dossier does not hold
    UNSUPPORTED_DRUG = "unsupported_drug"
    UNSUPPORTED_DOSE = "unsupported_dose"
    UNSUPPORTED_VALUE = "unsupported_value"
    UNSUPPORTED_DATE = "unsupported_date"
    UNSUPPORTED_DIAGNOSIS = "unsupported_diagnosis"
    NEGATION_CONFLICT = "negation_conflict"  # stated present where the record says absent
    NOT_CITED = "not_cited"  # supported, but only by facts the sentence does not cite


class Severity(StrEnum):
    ERROR = "error"  # unsupported or contradicted: the physician must correct it
    WARNING = "warning"  # true to the record, citation missing


@dataclass(frozen=True, slots=True)
class Flag:
    kind: FlagKind
    span: Span
    message: str  # in French, for the physician
    facts: tuple[str, ...] = ()  # the facts concerned (uncited support, contradicting fact)
    severity: Severity = Severity.ERROR

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "message": self.message,
            "facts": list(self.facts),
            "severity": self.severity.value,
        }


@dataclass(frozen=True, slots=True)
class Drug:
    span: Span
    substances: frozenset[str]  # substance keys (safety normaliser) or ATC codes
    atc: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A dose ("80 mg") or a result ("kaliémie à 5,8 mmol/l"); ``analyte`` for results."""

    span: Span
    value: float
    unit: str  # canonical, folded ("mg", "mmol/l", "" when none)
    decimals: int  # as written, for rounding tolerance
    analyte: str | None = None
    is_result: bool = False
    second: float | None = None  # diastolic pressure of "145/85"


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    year: int | None
    month: int
    day: int | None  # None: month precision ("mars 2024")


@dataclass(frozen=True, slots=True)
class Diagnosis:
    span: Span
    key: str  # lexicon key, or "cim10:<code>" from eds.cim10
    codes: tuple[str, ...]
    polarity: Polarity = Polarity.PRESENT

    @property
    def negated(self) -> bool:
        return self.polarity is Polarity.ABSENT


@dataclass(slots=True)
class Mentions:
    """Everything checkable found in one text."""

    drugs: list[Drug] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    diagnoses: list[Diagnosis] = field(default_factory=list)

    @property
    def years(self) -> set[int]:
        return {d.year for d in self.dates if d.year is not None}


@dataclass(frozen=True, slots=True)
class SentenceResult:
    index: int
    text: str
    citations: tuple[str, ...]
    flags: tuple[Flag, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "citations": list(self.citations),
            "flags": [f.to_dict() for f in self.flags],
        }


@dataclass(frozen=True, slots=True)
class VerificationReport:
    sentences: tuple[SentenceResult, ...]

    @property
    def flags(self) -> list[Flag]:
        return [f for s in self.sentences for f in s.flags]

    @property
    def counts(self) -> dict[str, int]:
        by_kind = Counter(f.kind.value for f in self.flags)
        return {
            "sentences": len(self.sentences),
            "sentences_flagged": sum(1 for s in self.sentences if s.flags),
            "errors": sum(1 for f in self.flags if f.severity is Severity.ERROR),
            "warnings": sum(1 for f in self.flags if f.severity is Severity.WARNING),
            **dict(sorted(by_kind.items())),
        }

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.flags)

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "sentences": [s.to_dict() for s in self.sentences]}


def when_of(value: Any) -> date | None:
    """A date from a ``date``/``datetime`` or an ISO string, else None."""
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
