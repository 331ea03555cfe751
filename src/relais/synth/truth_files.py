"""Truth files under ``truth/``: patients, stays, medication risks, notes, hospital activity."""

from pathlib import Path
from typing import Any

from relais.synth.activity.census import csv_lines, daily_table
from relais.synth.activity.model import Activity
from relais.synth.detailed import PatientTruth
from relais.synth.hospital import Hospital
from relais.synth.writer import write_json, write_lines

FORMAT_VERSION = 1


def write_patient_truth(folder: Path, truths: list[PatientTruth]) -> int:
    """Write patients.json, stays.json, medication_risks.json, notes.json; return the risk count."""
    write_json(
        folder / "patients.json",
        {"version": FORMAT_VERSION, "patients": [t.patient for t in truths]},
    )
    write_json(
        folder / "stays.json", {"version": FORMAT_VERSION, "stays": [t.stay for t in truths]}
    )
    interactions = [i for t in truths for i in t.interactions]
    conflicts = [c for t in truths for c in t.allergy_conflicts]
    write_json(
        folder / "medication_risks.json",
        {"version": FORMAT_VERSION, "interactions": interactions, "allergy_conflicts": conflicts},
    )
    notes: dict[str, Any] = {}
    for truth in truths:
        notes.update(truth.notes)
    write_json(folder / "notes.json", {"version": FORMAT_VERSION, "notes": notes})
    return len(interactions) + len(conflicts)


def write_activity_truth(folder: Path, activity: Activity, hospital: Hospital) -> None:
    services = [key for key in hospital.services if key != "urgences"]
    rows = daily_table(activity, services)
    write_lines(folder / "activity_daily.csv", csv_lines(rows, services))
    hours = ["datetime,ed_arrivals"]
    for offset, count in enumerate(activity.hourly):
        day, hour = divmod(offset, 24)
        hours.append(f"{rows[day].day.isoformat()}T{hour:02d}:00,{count}")
    write_lines(folder / "ed_hourly.csv", hours)
    summary = {
        "version": FORMAT_VERSION,
        "start": activity.start.isoformat(),
        "days": activity.days,
        "services": {
            key: {
                "name": s.name,
                "beds": s.beds,
                "organization_id": s.organization_id,
                "location_id": s.location_id,
            }
            for key, s in hospital.services.items()
        },
        "totals": {
            "ed_arrivals": len(activity.visits),
            "admissions": len(activity.stays),
            "detailed_stays": sum(1 for s in activity.stays if s.detailed is not None),
        },
        "definitions": {
            "ed_arrivals": "ED visits (EMER encounters) starting that day, local time",
            "ed_admitted": "ED visits of the day followed by an admission",
            "admissions": "inpatient stays starting that day in the service (mutations included)",
            "discharges": "inpatient stays ending that day in the service",
            "census": "inpatients present at 00:00 at the start of the day "
            "(warm-up: skip the first 30 days)",
        },
    }
    write_json(folder / "activity.json", summary, indent=True)
