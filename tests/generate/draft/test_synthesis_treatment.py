"""The long-term treatment of a synthèse médicale when no stay has a discharge prescription."""

import json
from pathlib import Path

from sqlalchemy import Engine

from relais.dossier.build import build_patient_dossier
from relais.generate.draft import codes
from relais.generate.draft.document import Section
from relais.generate.draft.synthesis import synthesis_sections
from relais.ingest.importer import Importer


def _statement(rid: str, label: str, status: str = "active") -> dict[str, object]:
    return {
        "resourceType": "MedicationStatement",
        "id": rid,
        "status": status,
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"text": label},
    }


def test_the_treatment_an_ehr_recorded_is_the_long_term_treatment(
    engine: Engine, tmp_path: Path
) -> None:
    resources = [
        {"resourceType": "Patient", "id": "p1", "name": [{"family": "Faure"}]},
        _statement("ms1", "KARDEGIC 75 mg, 1 sachet à midi"),
        _statement("ms2", "Escitalopram 10 mg le matin"),
        _statement("ms3", "Amoxicilline 1 g", status="completed"),
    ]
    path = tmp_path / "ehr.ndjson"
    path.write_text("".join(json.dumps(r) + "\n" for r in resources))
    assert Importer(engine).run([str(path)]).ok
    with engine.connect() as conn:
        dossier = build_patient_dossier(conn, "p1")
    narrative = Section(codes.CONCLUSIONS, "Conclusions", generated=True)
    [treatment] = [
        s for s in synthesis_sections(dossier, narrative) if s.code == codes.LONG_TERM_TREATMENT
    ]
    assert sorted(item["label"] for item in treatment.items) == [
        "Escitalopram 10 mg le matin",
        "KARDEGIC 75 mg, 1 sachet à midi",
    ]
