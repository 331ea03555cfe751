"""Resource invariants: ref-1, dom-3, contained ids, canonical URLs, ras-2, inv-1."""

from typing import Any

import pytest

from tests.ingest.rules.helpers import errors

MEDECIN = {"resourceType": "Practitioner", "id": "dr-martin", "name": [{"family": "Martin"}]}


def prescription(reference: str, contained: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "Paracétamol 1 g"},
        "subject": {"reference": "Patient/p1"},
        "requester": {"reference": reference},
        "contained": contained,
    }


CONTAINED = [
    (prescription("#dr-martin", [MEDECIN]), None),
    (prescription("#dr-durand", [MEDECIN]), "ref-1"),
    (prescription("Practitioner/p9", [MEDECIN]), "dom-3"),
    (prescription("#" + "x" * 65, [{**MEDECIN, "id": "x" * 65}]), "invalid contained id"),
]


@pytest.mark.parametrize(("raw", "expected"), CONTAINED)
def test_contained_resources(raw: dict[str, Any], expected: str | None) -> None:
    found = [i.message for i in errors(raw)]
    assert found == [] if expected is None else any(expected in m for m in found)


CANONICAL = [
    ("https://hopital.fr/fhir/ValueSet/motifs", None),
    ("ValueSet/motifs", "must be absolute"),
    ("urn:uuid:6a2ee390-978e-42c6-8f88-c17dff3bd8a", "not a valid urn:uuid"),
]


@pytest.mark.parametrize(("url", "expected"), CANONICAL)
def test_canonical_url(url: str, expected: str | None) -> None:
    value_set = {"resourceType": "ValueSet", "status": "active", "url": url}
    found = [i.message for i in errors(value_set)]
    assert found == [] if expected is None else expected in found[0]


@pytest.mark.parametrize(("probability", "failed"), [(12.5, False), (100, False), (250, True)])
def test_ras_2_probability_at_most_100(probability: float, failed: bool) -> None:
    risk = {
        "resourceType": "RiskAssessment",
        "status": "final",
        "subject": {"reference": "Patient/p1"},
        "prediction": [{"probabilityDecimal": probability}],
    }
    assert bool(errors(risk)) == failed


PARAMETERS = [
    ({"name": "poids", "valueDecimal": 72.5}, False),
    ({"name": "poids", "valueDecimal": 72.5, "part": [{"name": "unite", "valueCode": "kg"}]}, True),
]


@pytest.mark.parametrize(("parameter", "failed"), PARAMETERS)
def test_inv_1_parameter_has_one_content(parameter: dict[str, Any], failed: bool) -> None:
    raw = {"resourceType": "Parameters", "parameter": [parameter]}
    assert any("inv-1" in i.message for i in errors(raw)) == failed
