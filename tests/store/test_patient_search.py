"""Patient search: what is typed is matched literally (``%``, ``_`` and ``\\`` are not LIKE
wildcards), and a patient without a birth date is not found by any text."""

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.store.patients import list_patients
from tests.ingest.french_record import PATIENT, french_stay_bundle

OTHER = PATIENT.replace("-8000-", "-9000-")


def _other_patient() -> dict[str, Any]:
    """The French stay under other ids: Mme « Dupont_Moreau 100% », birth date unknown."""
    text = json.dumps(french_stay_bundle()).replace("-8000-", "-9000-")
    text = text.replace("004512378", "009912378").replace("NDA2024001234", "NDA2024009999")
    text = text.replace("241027512345687", "241027512399987")
    bundle: dict[str, Any] = json.loads(text)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "Patient":
            resource["name"][0]["family"] = "Dupont_Moreau 100%"
            resource.pop("birthDate", None)
    return bundle


@pytest.fixture
def two_patients(engine: Engine, tmp_path: Path) -> Engine:
    paths = []
    for name, bundle in (("a", french_stay_bundle()), ("b", _other_patient())):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(bundle))
        paths.append(str(path))
    assert Importer(engine, workers=1).run(paths).ok
    return engine


SEARCHES = [
    ("lefèvre", [PATIENT]),
    ("%", [OTHER]),  # only the name that holds a "%", not every patient
    ("_", [OTHER]),
    ("\\", []),
    ("lef%", []),
    ("l_f", []),
    ("t_m", [OTHER]),  # the underscore of Dupont_Moreau, literally
    ("100%", [OTHER]),
    ("pont_", [OTHER]),
    ("1941-02-03", [PATIENT]),
    ("cardiologie", []),  # the patient without a birth date is not matched by any text
]


def test_typed_text_is_matched_literally(two_patients: Engine) -> None:
    with two_patients.connect() as conn:
        for text, expected in SEARCHES:
            assert [p.id for p in list_patients(conn, search=text)] == expected, text
