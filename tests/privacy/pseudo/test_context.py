"""The record's identity read from the database (SQLite and PostgreSQL), and a patient's
documents pseudonymised with it."""

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.errors import NotFound
from relais.ingest.importer import Importer
from relais.privacy.pseudo import date_shift_days, patient_context
from relais.privacy.pseudo.documents import pseudonymize_documents
from tests.ingest.french_record import HOSPITAL, PATIENT, french_stay_bundle, ids
from tests.privacy.pseudo.conftest import KEY


def _bundle_with_relatives() -> dict[str, Any]:
    bundle = french_stay_bundle()
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Patient":
            entry["resource"]["contact"] = [
                {
                    "relationship": [{"text": "fille"}],
                    "name": {"family": "Lefèvre-Brun", "given": ["Sophie"]},
                    "telecom": [{"system": "phone", "value": "07 11 22 33 44"}],
                }
            ]
            entry["resource"]["telecom"].append({"system": "email", "value": "j.lefevre@free.fr"})
            entry["resource"]["managingOrganization"] = {"reference": f"Organization/{HOSPITAL}"}
    related = {
        "resourceType": "RelatedPerson",
        "id": ids(90),
        "patient": {"reference": f"urn:uuid:{PATIENT}"},
        "name": [{"family": "Garnier", "given": ["Paul"]}],
        "telecom": [{"system": "phone", "value": "02 38 00 11 22"}],
    }
    bundle["entry"].append(
        {
            "fullUrl": f"urn:uuid:{ids(90)}",
            "resource": related,
            "request": {"method": "PUT", "url": f"RelatedPerson/{ids(90)}"},
        }
    )
    return bundle


@pytest.fixture
def stored(engine: Engine, tmp_path: Path) -> Engine:
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(_bundle_with_relatives()), encoding="utf-8")
    summary = Importer(engine).run([str(path)])
    assert summary.ok, summary
    return engine


def test_context_holds_what_the_record_knows(stored: Engine) -> None:
    with stored.connect() as conn:
        context = patient_context(conn, PATIENT)
    people = {(p.family, p.given, p.role) for p in context.people}
    assert ("Lefèvre", "Jeanne Marie", "patient") in people
    assert ("Lefèvre-Brun", "Sophie", "relative") in people
    assert ("Garnier", "Paul", "relative") in people
    assert ("Moreau", "Luc", "gp") in people
    assert [p.birth_family for p in context.people if p.role == "patient"] == ["Garnier"]
    assert {"004512378", "241027512345687", "NDA2024001234"} <= set(context.identifiers)
    assert context.address_lines == ("12 rue des Lilas",)
    assert context.cities == ("Lyon",) and context.postal_codes == ("69003",)
    assert {"06 12 34 56 78", "07 11 22 33 44", "02 38 00 11 22"} <= set(context.phones)
    assert context.emails == ("j.lefevre@free.fr",)
    assert "Centre hospitalier de Valmont" in context.organizations
    assert context.birth_date is not None and context.birth_date.year == 1941


def test_unknown_patient_is_not_found(stored: Engine) -> None:
    with stored.connect() as conn, pytest.raises(NotFound, match="import it first"):
        patient_context(conn, "nobody")


def test_documents_are_pseudonymised_with_the_context(stored: Engine) -> None:
    with stored.connect() as conn:
        docs = pseudonymize_documents(conn, PATIENT, key=KEY)
    assert len(docs) == 1
    doc = docs[0]
    assert "Lefèvre" not in doc.result.text and "Jeanne" not in doc.result.text
    assert "03/02/1941" not in doc.result.text
    assert "furosémide 40 mg 1-0-0, Kardégic 75 mg" in doc.result.text
    assert {s.type for s in doc.result.spans} == {"PATIENT_NAME", "DATE"}
    assert doc.date is not None
    assert (doc.date.toordinal() - 738957) == date_shift_days(PATIENT, key=KEY)  # 2024-03-12
    assert PATIENT not in doc.document_id
