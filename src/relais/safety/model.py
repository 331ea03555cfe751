"""Typed inputs and results of the medication safety checks, each with its provenance."""

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from relais.safety.levels import Level, Tier


def short_ref(key: str) -> str:
    """A short, stable reference of a finding for the command line."""
    return hashlib.sha256(key.encode()).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Coding:
    system: str | None
    code: str | None
    display: str | None = None


@dataclass(frozen=True, slots=True)
class MedicationLine:
    """One prescription or statement; ``source`` is ``MedicationRequest/<id>`` and the like."""

    source: str
    label: str
    codings: tuple[Coding, ...] = ()
    status: str | None = "active"
    start: datetime | None = None
    end: datetime | None = None
    dosage: str | None = None


@dataclass(frozen=True, slots=True)
class RecordedAllergy:
    source: str  # AllergyIntolerance/<id>
    label: str
    codings: tuple[Coding, ...] = ()
    criticality: str | None = None
    reaction: str | None = None


@dataclass(frozen=True, slots=True)
class Substance:
    """An active substance: its folded key, its display name, whether the thesaurus lists it."""

    key: str
    name: str
    in_thesaurus: bool


@dataclass(frozen=True, slots=True)
class Normalised:
    line: MedicationLine
    substances: tuple[Substance, ...]
    method: str  # how it was found: "ATC C03CA01", "CIS 60234100", "nom : kardegic"…


@dataclass(frozen=True, slots=True)
class Edition:
    label: str  # "2020-10"
    published: date | None
    source: str


@dataclass(frozen=True, slots=True)
class LevelStatement:
    """One level of an entry with the conduct to hold (conditional entries have several)."""

    level: Level
    conduct: str


@dataclass(frozen=True, slots=True)
class ThesaurusEntry:
    number: int  # order in the edition, from 1
    main: str  # as printed: substance or class
    plus: str
    levels: tuple[LevelStatement, ...]
    risk: str  # the mechanism / risk text
    see_also: str = ""

    @property
    def level(self) -> Level:
        return min((s.level for s in self.levels), key=lambda lvl: lvl.rank)

    @property
    def conditional(self) -> bool:
        return len(self.levels) > 1


@dataclass(frozen=True, slots=True)
class Involved:
    """One side of an interaction: the line, the substance, and the class that matched if any."""

    line: MedicationLine
    substance: Substance
    via_class: str | None = None


@dataclass(frozen=True, slots=True)
class Interaction:
    first: Involved
    second: Involved
    entry: ThesaurusEntry
    edition: Edition

    @property
    def level(self) -> Level:
        return self.entry.level

    @property
    def tier(self) -> Tier:
        return self.level.tier

    @property
    def key(self) -> str:
        """Stable identity, used to acknowledge an alert."""
        a, b = sorted((self.first.line.source, self.second.line.source))
        return f"interaction|{self.edition.label}|{self.entry.number}|{a}|{b}"

    @property
    def ref(self) -> str:
        return short_ref(self.key)


@dataclass(frozen=True, slots=True)
class AllergyConflict:
    allergy: RecordedAllergy
    line: MedicationLine
    substance: Substance
    reason: str  # "amoxicilline appartient aux pénicillines (ATC J01C)"

    @property
    def tier(self) -> Tier:
        return Tier.ALERT

    @property
    def key(self) -> str:
        return f"allergy|{self.allergy.source}|{self.line.source}|{self.substance.key}"

    @property
    def ref(self) -> str:
        return short_ref(self.key)


@dataclass(slots=True)
class SafetyReport:
    edition: Edition
    lines: list[Normalised] = field(default_factory=list)
    unresolved: list[MedicationLine] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    allergy_conflicts: list[AllergyConflict] = field(default_factory=list)
    acknowledged: dict[str, str] = field(default_factory=dict)  # finding key → reason
    ended: list[MedicationLine] = field(default_factory=list)  # finished before the check
    notes: list[str] = field(default_factory=list)  # about the sources (BDPM not loaded…)

    @property
    def alerts(self) -> list[Interaction | AllergyConflict]:
        found: list[Interaction | AllergyConflict] = [
            i for i in self.interactions if i.tier is Tier.ALERT
        ]
        return [*self.allergy_conflicts, *found]
