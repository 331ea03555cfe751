"""The plan of a detailed patient: identity, history, stay, treatments, results, events."""

from dataclasses import dataclass, field
from datetime import date, datetime

from relais.synth.clinical.scenario import Scenario
from relais.synth.fhir.patient import Relative
from relais.synth.hospital import Practitioner, Service
from relais.synth.people import Person


@dataclass(slots=True)
class MedLine:
    """One drug of the patient, followed from admission to discharge."""

    drug: str  # key in data/drugs.DRUGS
    dose: float
    schedule: str
    label: str  # as written in the record: DCI or brand name
    status: str  # at discharge: continued | new | modified | stopped
    at_admission: bool
    previous_dose: float | None = None
    stop_reason: str | None = None
    adverse: bool = False
    days: int | None = None
    indication: str | None = None
    planted: str | None = None
    statement_id: str | None = None
    request_id: str | None = None


@dataclass(slots=True)
class Diagnosis:
    id: str
    code: str
    display: str
    kind: str  # principal | secondary | comorbidity
    onset: date
    abbrev: str | None = None


@dataclass(slots=True)
class Result:
    id: str
    key: str
    value: float
    when: datetime
    status: str = "final"


@dataclass(slots=True)
class Event:
    """A dated item with a resource: procedure, administration, pending result, AE, appointment…"""

    id: str
    kind: str
    label: str
    when: datetime
    code: str | None = None
    detail: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Allergy:
    id: str
    key: str
    label: str
    manifestation: str


@dataclass(slots=True)
class Family:
    id: str
    relation_code: str
    relation: str
    condition: str
    age: int | None
    deceased: bool


@dataclass(slots=True)
class PatientPlan:
    number: int
    id: str
    scenario: Scenario
    person: Person
    ipp: str
    gp: Practitioner
    relatives: list[Relative]
    service: Service
    attending: Practitioner
    ed_physician: Practitioner
    ed_id: str
    stay_id: str
    ed_nda: str
    stay_nda: str
    arrival: datetime
    admission: datetime
    discharge: datetime
    modes: tuple[str, str | None, str]
    lifestyle: dict[str, str] = field(default_factory=dict)
    diagnoses: list[Diagnosis] = field(default_factory=list)
    surgeries: list[Event] = field(default_factory=list)
    allergies: list[Allergy] = field(default_factory=list)
    family: list[Family] = field(default_factory=list)
    meds: list[MedLine] = field(default_factory=list)
    administrations: list[Event] = field(default_factory=list)
    labs: list[Result] = field(default_factory=list)
    vitals: list[Result] = field(default_factory=list)
    procedures: list[Event] = field(default_factory=list)
    pending: list[Event] = field(default_factory=list)
    screening: Event | None = None
    device: Event | None = None
    transfusion: Event | None = None
    adverse_events: list[Event] = field(default_factory=list)
    appointments: list[Event] = field(default_factory=list)
    care_plan_id: str = ""
    monitoring: list[str] = field(default_factory=list)
    consultation: Event | None = None  # an earlier outpatient consultation, with its note
    surgeon: Practitioner | None = None
    report_id: str = ""
    values: dict[str, str] = field(default_factory=dict)  # numbers the notes quote (kg lost…)
