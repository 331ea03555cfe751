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


def xss_bundle() -> dict[str, Any]:
    """The French stay again under other ids, identifiers, name and note."""
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
    return bundle


def import_patients(engine: Engine, folder: Path) -> None:
    paths = []
    for name, bundle in (("stay", french_stay_bundle()), ("xss", xss_bundle())):
        path = folder / f"{name}.json"
        path.write_text(json.dumps(bundle))
        paths.append(str(path))
    assert Importer(engine, workers=1).run(paths).ok
