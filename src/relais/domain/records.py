"""What Relais shows of a patient: identity, stays, problems, treatments, allergies, results."""

from dataclasses import dataclass, field
from datetime import date, datetime


def birth_precision(stated: object) -> str | None:
    """``year`` or ``month`` when a FHIR birthDate has no day (``1938``, ``1938-03``)."""
    return {4: "year", 7: "month"}.get(len(stated)) if isinstance(stated, str) else None


def birth_label(born: date | None, precision: str | None) -> str:
    """The birth date as stated: ``05/03/1938``, ``03/1938`` or ``1938`` (never a made-up day)."""
    if born is None:
        return "—"
    if precision == "year":
        return str(born.year)
    if precision == "month":
        return born.strftime("%m/%Y")
    return born.strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: str
    value: str
    system: str | None = None


@dataclass(frozen=True, slots=True)
class PatientSummary:
    id: str
    family: str | None
    given: str | None
    sex: str | None
    birth_date: date | None
    ipp: str | None
    stays: int
    birth_precision: str | None = None  # "year" / "month" when the record gives no day

    @property
    def born(self) -> str:
        return birth_label(self.birth_date, self.birth_precision)


@dataclass(frozen=True, slots=True)
class Stay:
    id: str
    class_code: str | None
    status: str | None
    start: datetime | None
    end: datetime | None
    service: str | None
    admit_source: str | None
    discharge: str | None
    nda: str | None


@dataclass(frozen=True, slots=True)
class Coded:
    """A problem, allergy, medication or result as shown to a clinician, with its source."""

    source: str  # FHIR resource type/id
    label: str | None
    code: str | None
    system: str | None
    status: str | None = None
    when: datetime | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    source: str
    label: str | None
    code: str | None
    value: str | None
    unit: str | None
    reference_range: str | None
    interpretation: str | None
    when: datetime | None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    source: str
    title: str | None
    type: str | None
    date: datetime | None
    characters: int


@dataclass(slots=True)
class PatientRecord:
    id: str
    family: str | None
    given: str | None
    birth_family: str | None
    sex: str | None
    birth_date: date | None
    address: str | None
    phone: str | None
    general_practitioner: str | None
    identifiers: list[Identifier] = field(default_factory=list)
    stays: list[Stay] = field(default_factory=list)
    problems: list[Coded] = field(default_factory=list)
    medications: list[Coded] = field(default_factory=list)
    allergies: list[Coded] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)
    birth_precision: str | None = None  # "year" / "month" when the record gives no day

    @property
    def born(self) -> str:
        return birth_label(self.birth_date, self.birth_precision)
