"""The dossier: who, where, when, and the numbered facts of a stay or of a patient."""

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from relais.domain.facts import Fact, FactKind


@dataclass(frozen=True, slots=True)
class Coded:
    code: str | None
    label: str | None


@dataclass(frozen=True, slots=True)
class PatientIdentity:
    id: str
    family: str | None
    given: str | None
    birth_family: str | None
    sex: str | None
    birth_date: date | None
    ipp: str | None
    ins: str | None
    address: str | None
    phone: str | None
    birth_precision: str = "day"  # "year" / "month" when the record gives only those


@dataclass(frozen=True, slots=True)
class Person:
    """A physician: name as written, RPPS, specialty, phone, and the FHIR id."""

    id: str
    name: str
    rpps: str | None = None
    specialty: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Hospital:
    id: str | None
    name: str | None
    finess: str | None


@dataclass(frozen=True, slots=True)
class StayInfo:
    id: str
    nda: str | None
    service: str | None
    start: datetime | None
    end: datetime | None
    mode_entree: Coded
    provenance: Coded
    mode_sortie: Coded
    destination: Coded
    reason: str | None
    ed_encounter_ids: tuple[str, ...] = ()
    class_code: str | None = None  # v3 ActCode: IMP, EMER, AMB…


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything drafting needs; facts are numbered ``F1``… in a stable order."""

    patient: PatientIdentity
    stay: StayInfo | None
    hospital: Hospital | None
    gp: Person | None  # médecin traitant
    attending: Person | None  # hospital physician, author of the letter
    referrer: Person | None
    facts: tuple[Fact, ...]
    stays: tuple[StayInfo, ...] = ()
    notes_read: bool = False
    warnings: tuple[str, ...] = field(default=())

    def by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    def of_kind(self, *kinds: FactKind) -> list[Fact]:
        return [f for f in self.facts if f.kind in kinds]

    def to_dict(self) -> dict[str, Any]:
        return {
            "patient": asdict(self.patient),
            "stay": asdict(self.stay) if self.stay else None,
            "stays": [asdict(s) for s in self.stays],
            "hospital": asdict(self.hospital) if self.hospital else None,
            "gp": asdict(self.gp) if self.gp else None,
            "attending": asdict(self.attending) if self.attending else None,
            "referrer": asdict(self.referrer) if self.referrer else None,
            "facts": {f.id: f.to_dict() for f in self.facts},
            "notes_read": self.notes_read,
            "warnings": list(self.warnings),
        }
