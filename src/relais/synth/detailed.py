"""One detailed patient from scenario and slot to its bundle file and its truth."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from relais.synth.clinical.plan import Slot, plan_patient
from relais.synth.clinical.scenario import Scenario
from relais.synth.fhir.common import transaction
from relais.synth.hospital import Hospital
from relais.synth.ids import IdMaker
from relais.synth.patient_bundle import patient_resources
from relais.synth.patient_notes import patient_notes
from relais.synth.truth_records import note_record, patient_record, risk_records, stay_record
from relais.synth.writer import write_json


@dataclass(slots=True)
class PatientTruth:
    patient: dict[str, Any]
    stay: dict[str, Any]
    interactions: list[dict[str, Any]]
    allergy_conflicts: list[dict[str, Any]]
    notes: dict[str, dict[str, Any]] = field(default_factory=dict)
    resources: int = 0


@dataclass(frozen=True, slots=True)
class Job:
    number: int
    scenario: Scenario
    slot: Slot


@dataclass(frozen=True, slots=True)
class Context:
    hospital: Hospital
    ids: IdMaker
    seed: int
    out: Path


def build_patient(job: Job, context: Context) -> PatientTruth:
    zone = ZoneInfo("Europe/Paris")
    plan = plan_patient(
        number=job.number,
        scenario=job.scenario,
        slot=job.slot,
        hospital=context.hospital,
        ids=context.ids,
        seed=context.seed,
    )
    resources = patient_resources(plan, context.hospital, zone)
    notes = patient_notes(plan, context.hospital, context.ids, zone)
    resources.extend(n.resource for n in notes)
    name = f"patient-{job.number + 1:05d}.json"
    bundle = transaction(context.ids.make("Bundle", job.number), resources)
    write_json(context.out / "bundles" / name, bundle)
    interactions, conflicts = risk_records(plan)
    truth = PatientTruth(
        patient_record(plan, f"bundles/{name}"), stay_record(plan, notes), interactions, conflicts
    )
    truth.notes = {n.id: note_record(plan, n) for n in notes}
    truth.resources = len(resources)
    return truth
