"""Patients of the workspace tests: the French cardiology stay, and a second patient whose name
and note carry script payloads (what an attacker could slip into the hospital's record)."""

import base64
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from tests.ingest.french_record import (
    NOTE,
    PATIENT,
    STAY,
    french_stay_bundle,
    ids,
    import_bundles,
    other_ids,
    second_patient_bundle,
)

XSS_NAME = "<script>alert('nom')</script>"
XSS_NOTE = (
    "Observation — motif : dyspnée.<img src=x onerror=alert('note')> "
    '"><svg onload=alert(1)> Pas de douleur thoracique.\n'
)
XSS_PATIENT = other_ids(ids(1))
XSS_STAY = other_ids(ids(3))
XSS_NOTE_ID = other_ids(ids(10))

__all__ = ["NOTE", "PATIENT", "STAY", "XSS_NAME", "XSS_NOTE", "XSS_PATIENT", "XSS_STAY"]


def _discharge_drug(n: int, atc: str, name: str) -> dict[str, Any]:
    """A discharge prescription of the second patient (two of them interact)."""
    rid = other_ids(ids(n))
    return {
        "fullUrl": f"urn:uuid:{rid}",
        "resource": {
            "resourceType": "MedicationRequest",
            "id": rid,
            "status": "active",
            "intent": "order",
            "category": [{"coding": [{"code": "discharge"}]}],
            "subject": {"reference": f"Patient/{XSS_PATIENT}"},
            "encounter": {"reference": f"Encounter/{XSS_STAY}"},
            "medicationCodeableConcept": {
                "coding": [{"system": "http://www.whocc.no/atc", "code": atc, "display": name}],
                "text": name,
            },
            "authoredOn": "2024-03-18",
        },
        "request": {
            "method": "PUT",
            "url": f"MedicationRequest/{ids(n).replace('-8000-', '-9000-')}",
        },
    }


def xss_bundle() -> dict[str, Any]:
    """The French stay again under other ids, identifiers, name and note; at discharge also
    simvastatine with clarithromycine (a contraindicated association)."""
    bundle = second_patient_bundle()
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "Patient":
            resource["name"][0]["family"] = XSS_NAME
        if resource["resourceType"] == "DocumentReference":
            attachment = resource["content"][0]["attachment"]
            attachment["data"] = base64.b64encode(XSS_NOTE.encode()).decode()
            attachment["title"] = "<b>Observation</b>"
    bundle["entry"] += [
        _discharge_drug(20, "C10AA01", "simvastatine"),
        _discharge_drug(21, "J01FA09", "clarithromycine"),
    ]
    return bundle


def import_patients(engine: Engine, folder: Path) -> None:
    import_bundles(engine, folder, {"stay": french_stay_bundle(), "xss": xss_bundle()})
