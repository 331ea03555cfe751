"""Values other systems send: censored results (``<``), doses taken as needed."""

from typing import Any

import pytest

from relais.ingest.normalise.medication import normalise_medication
from relais.ingest.normalise.results import normalise_observation


def _observation(quantity: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "code": {"text": "CRP"},
        "valueQuantity": quantity,
    }


@pytest.mark.parametrize(
    ("quantity", "number", "text"),
    [
        ({"value": 5, "unit": "mg/L"}, 5.0, None),
        ({"value": 5, "comparator": "<", "unit": "mg/L"}, None, "< 5"),
        ({"value": 0.5, "comparator": "<=", "unit": "mg/dL"}, None, "<= 0,5"),
        ({"value": 90, "comparator": ">", "unit": "mL/min/{1.73_m2}"}, None, "> 90"),
    ],
)
def test_a_censored_result_is_not_read_as_a_plain_number(
    quantity: dict[str, Any], number: float | None, text: str | None
) -> None:
    [(_, row)] = normalise_observation(_observation(quantity), {})
    assert (row["value_num"], row["value_text"], row["value_unit"]) == (
        number,
        text,
        quantity["unit"],
    )


@pytest.mark.parametrize(
    ("dosage", "frequency"),
    [
        ({"timing": {"repeat": {"frequency": 1, "period": 6, "periodUnit": "h"}}}, "1/6 h"),
        (
            {
                "timing": {"repeat": {"frequency": 1, "period": 6, "periodUnit": "h"}},
                "asNeededBoolean": True,
            },
            "1/6 h PRN",
        ),
        ({"text": "bei Bedarf", "asNeededBoolean": True}, "PRN"),
        ({"asNeededCodeableConcept": {"text": "douleur"}}, "PRN"),
        ({"asNeededBoolean": False}, None),
    ],
)
def test_a_dose_taken_as_needed_is_marked(dosage: dict[str, Any], frequency: str | None) -> None:
    raw = {
        "resourceType": "MedicationRequest",
        "id": "m1",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "paracétamol 1 g"},
        "dosageInstruction": [dosage],
    }
    [(_, row)] = normalise_medication(raw, {})
    assert row["frequency"] == frequency
