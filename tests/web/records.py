"""Patients of the workspace tests: the French cardiology stay, and a second patient whose name
and note carry script payloads (what an attacker could slip into the hospital's record)."""

import base64
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from relais.ingest.importer import Importer
from tests.ingest.french_record import NOTE, PATIENT, STAY, french_stay_bundle, ids

XSS_NAME = "<script>alert('nom')</script>"
XSS_NOTE = (
    "Observation — motif : dyspnée.<img src=x onerror=alert('note')> "
    '"><svg onload=alert(1)> Pas de douleur thoracique.\n'
)
XSS_PATIENT = ids(1).replace("-8000-", "-9000-")
XSS_STAY = ids(3).replace("-8000-", "-9000-")
XSS_NOTE_ID = ids(10).replace("-8000-", "-9000-")

__all__ = ["NOTE", "PATIENT", "STAY", "XSS_NAME", "XSS_NOTE", "XSS_PATIENT", "XSS_STAY"]


def _discharge_drug(n: int, atc: str, name: str) -> dict[str, Any]:
    """A discharge prescription of the second patient (two of them interact)."""
    rid = ids(n).replace("-8000-", "-9000-")
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
    text = json.dumps(french_stay_bundle()).replace("-8000-", "-9000-")
    text = text.replace("004512378", "009912378").replace("NDA2024001234", "NDA2024009999")
    text = text.replace("241027512345687", "241027512399987")
    bundle: dict[str, Any] = json.loads(text)
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
    paths = []
    for name, bundle in (("stay", french_stay_bundle()), ("xss", xss_bundle())):
        path = folder / f"{name}.json"
        path.write_text(json.dumps(bundle))
        paths.append(str(path))
    assert Importer(engine, workers=1).run(paths).ok
