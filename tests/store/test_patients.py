"""Reading a patient's record: what counts as the current treatment, results and ranges."""

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.store.patients import get_patient
from tests.ingest.french_record import PATIENT, STAY, french_stay_bundle, ids


def _statement(n: int, atc: str, name: str, status: str = "active") -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement",
        "id": ids(n),
        "status": status,
        "subject": {"reference": f"urn:uuid:{PATIENT}"},
        "context": {"reference": f"urn:uuid:{STAY}"},
        "medicationCodeableConcept": {
            "coding": [{"system": "http://www.whocc.no/atc", "code": atc, "display": name}]
        },
    }


def _ingest(engine: Engine, tmp_path: Path, bundle: dict[str, Any]) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(bundle))
    assert Importer(engine).run([str(path)]).ok


def _with(*resources: dict[str, Any]) -> dict[str, Any]:
    bundle = copy.deepcopy(french_stay_bundle())
    for resource in resources:
        kind, rid = resource["resourceType"], resource["id"]
        bundle["entry"].append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": resource,
                "request": {"method": "PUT", "url": f"{kind}/{rid}"},
            }
        )
    return bundle


def test_the_discharge_prescription_supersedes_the_admission_treatment(
    engine: Engine, tmp_path: Path
) -> None:
    # furosémide at admission (statement) and at discharge (request): shown once, as prescribed
    _ingest(engine, tmp_path, _with(_statement(20, "C03CA01", "furosémide")))
    with engine.connect() as conn:
        record = get_patient(conn, PATIENT)
    assert [(m.label, m.source.split("/")[0]) for m in record.medications] == [
        ("Lasilix", "MedicationRequest")
    ]


def test_without_discharge_prescription_active_lines_are_current(
    engine: Engine, tmp_path: Path
) -> None:
    bundle = _with(
        _statement(20, "C07AB07", "bisoprolol"),
        _statement(21, "B01AC06", "acide acétylsalicylique", "completed"),
    )
    bundle["entry"] = [
        e for e in bundle["entry"] if e["resource"]["resourceType"] != "MedicationRequest"
    ]
    _ingest(engine, tmp_path, bundle)
    with engine.connect() as conn:
        record = get_patient(conn, PATIENT)
    assert [m.label for m in record.medications] == ["bisoprolol"]


def test_results_show_reference_ranges_the_french_way(engine: Engine, tmp_path: Path) -> None:
    crp = {
        "resourceType": "Observation",
        "id": ids(30),
        "status": "final",
        "subject": {"reference": f"urn:uuid:{PATIENT}"},
        "code": {"text": "CRP"},
        "valueQuantity": {"value": 145, "unit": "mg/L"},
        "referenceRange": [{"high": {"value": 5}}],
        "effectiveDateTime": "2024-03-14T08:00:00+01:00",
    }
    _ingest(engine, tmp_path, _with(crp))
    with engine.connect() as conn:
        results = {r.label: r for r in get_patient(conn, PATIENT).results}
    assert (results["CRP"].value, results["CRP"].reference_range) == ("145", "< 5")
    assert results["Kaliémie"].reference_range == "3,5–5"
