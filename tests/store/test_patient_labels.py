"""What a coded row is called on the patient sheet when the export gave it no text."""

import json
from pathlib import Path

from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.store.patients import get_patient


def test_a_condition_is_named_by_its_text_or_display_or_said_unnamed_and_marked_if_uncertain(
    engine: Engine, tmp_path: Path
) -> None:
    resources = [
        {"resourceType": "Patient", "id": "p1", "name": [{"family": "Faure"}]},
        {
            "resourceType": "Condition",
            "id": "c1",
            "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "F32.1"}]},
        },
        {
            "resourceType": "Condition",
            "id": "c3",
            "subject": {"reference": "Patient/p1"},
            "verificationStatus": {"coding": [{"code": "provisional"}]},
            "code": {"text": "Refluxösophagitis", "coding": [{"code": "K21.0"}]},
        },
        {
            "resourceType": "Condition",
            "id": "c2",
            "subject": {"reference": "Patient/p1"},
            "code": {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/sid/icd-10",
                        "code": "S72.0",
                        "display": "Fracture du col du fémur",
                    }
                ]
            },
        },
    ]
    path = tmp_path / "record.ndjson"
    path.write_text("".join(json.dumps(r) + "\n" for r in resources))
    assert Importer(engine).run([str(path)]).ok
    with engine.connect() as conn:
        problems = {p.code: p.label for p in get_patient(conn, "p1").problems}
    assert problems == {
        "F32.1": "(sans libellé)",
        "S72.0": "Fracture du col du fémur",
        "K21.0": "Refluxösophagitis (hypothèse)",
    }
