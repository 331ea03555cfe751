"""Records of the hospital activity: ED visits, inpatient stays, light patients."""

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class LightPatient:
    index: int
    sex: str
    birth_date: date


@dataclass(slots=True)
class Stay:
    """An inpatient stay in one service (a mutation makes a second stay)."""

    index: int
    service: str
    start: datetime
    end: datetime
    entry: str  # PMSI mode d'entrée: 8 domicile, 7 transfert, 6 mutation
    provenance: str | None  # "5" = via the ED
    exit: str  # PMSI mode de sortie: 8 domicile, 7 transfert, 6 mutation, 9 décès
    patient: int
    visit: int | None = None  # the ED visit that led to it
    previous: int | None = None  # the stay it comes from by mutation
    detailed: int | None = None  # detailed patient number when it belongs to one


@dataclass(slots=True)
class Visit:
    """An ED arrival (passage aux urgences)."""

    index: int
    arrival: datetime
    end: datetime
    patient: int
    reason: str
    wave: str | None
    stays: list[int] = field(default_factory=list)
    detailed: int | None = None


@dataclass(slots=True)
class Activity:
    start: date
    days: int
    visits: list[Visit]
    stays: list[Stay]
    patients: list[LightPatient]
    hourly: list[int]  # ED arrivals per hour
