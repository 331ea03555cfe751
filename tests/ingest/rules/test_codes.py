"""Required bindings, code syntax (SNOMED CT, LOINC) and the unverified-terminology warning."""

from typing import Any

import pytest

from relais.ingest.rules.code_syntax import loinc_problem, snomed_problem
from tests.ingest.rules.helpers import errors, observation, sejour, warnings

SNOMED_CODES = [
    ("22298006", None),  # infarctus du myocarde
    ("38341003", None),  # hypertension artérielle
    ("22298007", "check digit"),
    ("276885007x", "digits only"),
    ("1", "6 to 18 digits"),
    ("35901911000001104", None),  # an extension concept: shape is fine
    ("404684003 : 363698007 = 39057004", None),  # post-coordinated: not checked
]


@pytest.mark.parametrize(("code", "expected"), SNOMED_CODES)
def test_snomed_ct_concept_ids(code: str, expected: str | None) -> None:
    problem = snomed_problem(code)
    assert problem is None if expected is None else expected in str(problem)


LOINC_CODES = [
    ("8867-4", None),  # fréquence cardiaque
    ("2160-0", None),  # créatinine sérique
    ("2160-1", "check digit"),
    ("LA6576-8", None),
    ("créatinine", "not a LOINC code"),
]


@pytest.mark.parametrize(("code", "expected"), LOINC_CODES)
def test_loinc_codes(code: str, expected: str | None) -> None:
    problem = loinc_problem(code)
    assert problem is None if expected is None else expected in str(problem)


REQUIRED = [
    ({"resourceType": "Patient", "gender": "female"}, None),
    ({"resourceType": "Patient", "gender": "femme"}, "Patient.gender"),
    (sejour(status="terminé"), "Encounter.status"),
    ({"resourceType": "Patient", "telecom": [{"system": "portable", "value": "06"}]}, "system"),
    ({"resourceType": "Patient", "name": [{"use": "official", "family": "Dupont"}]}, None),
]


@pytest.mark.parametrize(("raw", "expected"), REQUIRED)
def test_required_bindings(raw: dict[str, Any], expected: str | None) -> None:
    found = errors(raw)
    assert found == [] if expected is None else expected in found[0].path


def test_held_code_system_rejects_unknown_codes() -> None:
    condition = {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/p1"},
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": "guéri",
                }
            ]
        },
    }
    assert "unknown code 'guéri'" in errors(condition)[0].message


WARNED = [
    ({"system": "http://loinc.org", "code": "8867-4"}, False),
    ({"system": "https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale", "code": "1"}, False),
    ({"system": "http://hl7.org/fhir/sid/cvx", "code": "207"}, True),
    ({"system": "https://chu-exemple.fr/codes/actes", "code": "A1"}, True),
]


@pytest.mark.parametrize(("coding", "warned"), WARNED)
def test_one_warning_for_unverified_terminology(coding: dict[str, str], warned: bool) -> None:
    found = [w for w in warnings(observation(coding)) if "terminology" in w.message]
    assert len(found) == int(warned)
