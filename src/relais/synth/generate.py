"""``relais synth``: a synthetic French hospital — detailed patients inside realistic activity.

Example (the CLI calls exactly this)::

    summary = generate(patients=40, seed=1, out=Path("relais-data/demo"), days=90)
    print(summary.to_dict())
"""

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from relais.synth.activity.light import write_light
from relais.synth.activity.visits import simulate
from relais.synth.allocation import allocate
from relais.synth.data.scenarios import SCENARIOS
from relais.synth.detailed import Context, Job
from relais.synth.fhir.org import hospital_bundle
from relais.synth.hospital import make_hospital
from relais.synth.ids import IdMaker
from relais.synth.outputs import clear_previous_run
from relais.synth.parallel import run_jobs
from relais.synth.truth_files import write_activity_truth, write_patient_truth
from relais.synth.writer import write_json


@dataclass(frozen=True, slots=True)
class SynthSummary:
    out: Path
    seed: int
    start: date
    days: int
    patients: int
    patient_resources: int
    notes: int
    ed_arrivals: int
    admissions: int
    light_patients: int
    light_encounters: int
    medication_risks: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "seed": self.seed,
            "start": self.start.isoformat(),
            "days": self.days,
            "patients": self.patients,
            "patient_resources": self.patient_resources,
            "notes": self.notes,
            "ed_arrivals": self.ed_arrivals,
            "admissions": self.admissions,
            "light_patients": self.light_patients,
            "light_encounters": self.light_encounters,
            "medication_risks": self.medication_risks,
            "seconds": round(self.seconds, 2),
        }


def generate(
    *,
    patients: int,
    seed: int,
    out: Path,
    start: date = date(2024, 1, 1),
    days: int = 730,
    ed_arrivals_per_day: float = 120.0,
    workers: int = 2,
) -> SynthSummary:
    """Write bundles/, activity/ and truth/ under ``out``; same arguments → same bytes.

    Files of an earlier run in those three folders are removed first; nothing else is touched.
    """
    if patients < 0 or days < 1 or ed_arrivals_per_day <= 0:
        raise ValueError("patients must be ≥ 0, days ≥ 1 and ed_arrivals_per_day > 0")
    began = time.perf_counter()
    out = Path(out)
    clear_previous_run(out)
    ids = IdMaker.for_seed(seed)
    hospital = make_hospital(ids, seed)
    write_json(
        out / "bundles" / "000-hospital.json",
        hospital_bundle(hospital, ids.make("Bundle", "hospital")),
    )
    activity = simulate(
        start=start, days=days, per_day=ed_arrivals_per_day, services=hospital.services, seed=seed
    )
    jobs = [
        Job(n, scenario, slot)
        for n, (scenario, slot) in enumerate(
            allocate(activity, hospital, SCENARIOS, patients, seed)
        )
    ]
    context = Context(hospital, ids, seed, out)
    truths = run_jobs(jobs, context, workers=workers)
    light = write_light(activity, out=out / "activity", ids=ids, hospital=hospital, seed=seed)
    risks = write_patient_truth(out / "truth", truths)
    write_activity_truth(out / "truth", activity, hospital)
    return SynthSummary(
        out=out,
        seed=seed,
        start=start,
        days=days,
        patients=patients,
        patient_resources=sum(t.resources for t in truths),
        notes=sum(len(t.notes) for t in truths),
        ed_arrivals=len(activity.visits),
        admissions=len(activity.stays),
        light_patients=light["patients"],
        light_encounters=light["encounters"],
        medication_risks=risks,
        seconds=time.perf_counter() - began,
    )
