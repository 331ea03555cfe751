"""What the pseudonymiser takes (the patient's known identity) and what it returns."""

from dataclasses import dataclass
from datetime import date
from typing import Any

NAME_TYPES = ("PATIENT_NAME", "RELATIVE_NAME", "CLINICIAN_NAME", "OTHER_NAME")
SPAN_TYPES = (
    *NAME_TYPES,
    "ADDRESS",
    "POSTAL_CODE",
    "CITY",
    "PHONE",
    "EMAIL",
    "URL",
    "NIR",
    "INS",
    "IPP",
    "NDA",
    "OTHER_ID",
    "DATE",
    "AGE",
    "HOSPITAL",
    "SERVICE",
)


@dataclass(frozen=True)
class KnownPerson:
    """A person the record knows: the patient, a relative, the GP, a physician…"""

    family: str
    given: str | None = None
    role: str = "patient"  # patient, relative, gp, physician, …
    birth_family: str | None = None


@dataclass(frozen=True)
class PatientContext:
    """Identifying values stored in the patient's record, searched for in the text as written."""

    patient_id: str
    people: tuple[KnownPerson, ...] = ()
    identifiers: tuple[str, ...] = ()  # IPP, NDA, INS/NIR values… as stored
    address_lines: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    postal_codes: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    birth_date: date | None = None
    organizations: tuple[str, ...] = ()  # hospital / clinic names of the record


@dataclass(frozen=True)
class ReplacedSpan:
    """One replacement; ``start``/``end`` are offsets in the original text."""

    type: str
    start: int
    end: int
    original: str
    surrogate: str

    def to_dict(self, *, with_original: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "surrogate": self.surrogate,
        }
        if with_original:
            out["original"] = self.original
        return out


@dataclass(frozen=True)
class Pseudonymized:
    """The pseudonymised text and every replacement made (offsets in the original text)."""

    text: str
    spans: tuple[ReplacedSpan, ...]

    def to_dict(self, *, with_originals: bool = False) -> dict[str, Any]:
        return {
            "text": self.text,
            "spans": [s.to_dict(with_original=with_originals) for s in self.spans],
        }
