"""CodeSystem and ValueSet structural rules (no terminology server needed)."""

from typing import Any

import pytest

from tests.ingest.rules.helpers import errors, warnings

NOTSELECTABLE = "http://hl7.org/fhir/concept-properties#notSelectable"


def code_system(**extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "CodeSystem",
        "url": "https://hopital.fr/fhir/CodeSystem/unites",
        "status": "active",
        "content": "complete",
        "concept": [{"code": "CARDIO", "concept": [{"code": "USIC"}]}, {"code": "NEPHRO"}],
        **extra,
    }


CODE_SYSTEMS = [
    (code_system(count=3), None),
    (code_system(count=5), "has 3 concepts, not 5"),
    (code_system(supplements="http://loinc.org"), "content 'supplement'"),
    (
        code_system(
            property=[{"code": "ferme", "uri": NOTSELECTABLE, "type": "dateTime"}],
        ),
        "has type 'boolean'",
    ),
    (
        code_system(
            property=[{"code": "lits", "type": "integer"}, {"code": "lits", "type": "integer"}],
        ),
        "defined twice",
    ),
    (
        code_system(
            property=[{"code": "lits", "type": "integer"}],
            concept=[{"code": "CARDIO", "property": [{"code": "lits", "valueString": "12"}]}],
        ),
        "declared 'integer' but has a 'string' value",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CODE_SYSTEMS)
def test_code_system_rules(raw: dict[str, Any], expected: str | None) -> None:
    found = [i.message for i in errors(raw)]
    assert found == [] if expected is None else expected in found[0]


def value_set(include: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "ValueSet",
        "url": "https://hopital.fr/fhir/ValueSet/motifs",
        "status": "active",
        "compose": {"include": [include]},
    }


VALUE_SETS = [
    ({"system": "http://snomed.info/sct", "concept": [{"code": "22298006"}]}, None),
    ({"system": "http://snomed.info/sct", "concept": [{"code": "1"}]}, "SNOMED CT"),
    ({"system": "#unites"}, "absolute URI"),
    (
        {
            "system": "https://hopital.fr/fhir/CodeSystem/unites",
            "filter": [{"property": "notSelectable", "op": "=", "value": "1"}],
        },
        "'true' or 'false'",
    ),
]


@pytest.mark.parametrize(("include", "expected"), VALUE_SETS)
def test_value_set_rules(include: dict[str, Any], expected: str | None) -> None:
    found = [i.message for i in errors(value_set(include))]
    assert found == [] if expected is None else expected in found[0]


def test_ecl_filters_are_stored_with_a_warning() -> None:
    ecl = {
        "system": "http://snomed.info/sct",
        "filter": [{"property": "constraint", "op": "=", "value": "<< 22298006"}],
    }
    assert errors(value_set(ecl)) == []
    assert "ECL" in warnings(value_set(ecl))[0].message
