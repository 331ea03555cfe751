"""A drug named only by ``medicationReference``: contained, in the same Bundle, in another file
of a bulk export, before or after the line. The line takes the Medication's code and name."""

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from relais.ingest.importer import Importer
from relais.store.tables import medication_lines

PATIENT = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Martin"}]}
WARFARINE = {
    "resourceType": "Medication",
    "id": "warfarine",
    "code": {
        "coding": [
            {"system": "http://www.whocc.no/atc", "code": "B01AA03", "display": "warfarine"}
        ],
        "text": "COUMADINE 5 mg, comprimé sécable",
    },
}
RAMIPRIL_BY_INGREDIENT = {
    "resourceType": "Medication",
    "id": "ramipril",
    "ingredient": [{"itemCodeableConcept": {"text": "ramipril"}}],
}


def _request(rid: str, medication: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        **medication,
        **extra,
    }


def _ndjson(path: Path, *resources: dict[str, Any]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in resources))
    return str(path)


def _names(engine: Engine) -> dict[str, tuple[str | None, str | None]]:
    m = medication_lines.c
    with engine.connect() as conn:
        rows = conn.execute(select(m.fhir_id, m.code, m.text))
        return {r.fhir_id: (r.code, r.text) for r in rows}


def test_a_contained_medication_names_the_line(engine: Engine, tmp_path: Path) -> None:
    contained = {**WARFARINE, "id": "med1"}
    line = _request("mr1", {"medicationReference": {"reference": "#med1"}}, contained=[contained])
    assert Importer(engine).run([_ndjson(tmp_path / "a.ndjson", PATIENT, line)]).ok
    assert _names(engine)["mr1"] == ("B01AA03", "COUMADINE 5 mg, comprimé sécable")


def test_a_medication_stored_apart_names_its_lines_in_any_order(
    engine: Engine, tmp_path: Path
) -> None:
    before = _request("mr1", {"medicationReference": {"reference": "Medication/warfarine"}})
    after = _request(
        "mr2",
        {"medicationReference": {"reference": "https://fhir.ailleurs.fr/fhir/Medication/ramipril"}},
    )
    named = _request("mr3", {"medicationCodeableConcept": {"text": "KARDEGIC 75 mg"}})
    first = _ndjson(tmp_path / "1-MedicationRequest.ndjson", PATIENT, before, after, named)
    assert Importer(engine).run([first]).ok
    assert _names(engine)["mr1"] == (None, None)  # its Medication has not come yet
    medications = _ndjson(tmp_path / "2-Medication.ndjson", WARFARINE, RAMIPRIL_BY_INGREDIENT)
    assert Importer(engine).run([medications]).ok
    late = _request("mr4", {"medicationReference": {"reference": "Medication/warfarine"}})
    assert Importer(engine).run([_ndjson(tmp_path / "3-late.ndjson", late)]).ok
    names = _names(engine)
    assert names["mr1"] == ("B01AA03", "COUMADINE 5 mg, comprimé sécable")
    assert names["mr2"] == (None, "ramipril")
    assert names["mr3"] == (None, "KARDEGIC 75 mg")
    assert names["mr4"] == ("B01AA03", "COUMADINE 5 mg, comprimé sécable")
