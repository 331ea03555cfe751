"""Patient search: what is typed is matched literally (``%``, ``_`` and ``\\`` are not LIKE
wildcards), and a patient without a birth date is not found by any text."""

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.store.patients import list_patients
from tests.ingest.french_record import (
    PATIENT,
    french_stay_bundle,
    import_bundles,
    other_ids,
    second_patient_bundle,
)

OTHER = other_ids(PATIENT)


def _other_patient() -> dict[str, Any]:
    """The French stay under other ids: Mme « Dupont_Moreau 100% », birth date unknown."""
    bundle = second_patient_bundle()
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "Patient":
            resource["name"][0]["family"] = "Dupont_Moreau 100%"
            resource.pop("birthDate", None)
    return bundle


@pytest.fixture
def two_patients(engine: Engine, tmp_path: Path) -> Engine:
    import_bundles(engine, tmp_path, {"a": french_stay_bundle(), "b": _other_patient()})
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
