import random

import pytest

from relais.synth.dosetext import dose_text, french_number, schedule_text


@pytest.mark.parametrize(
    ("drug", "dose", "expected"),
    [
        ("bisoprolol", 2.5, "2,5 mg"),
        ("amox_clav", 1000, "1 g"),
        ("furosemide", 40, "40 mg"),
        ("enoxaparine", 4000, "4000 UI"),
        ("cholecalciferol", 100000, "100 000 UI"),
        ("levothyroxine", 75, "75 µg"),
        ("digoxine", 0.125, "0,125 mg"),
    ],
)
def test_french_doses(drug: str, dose: float, expected: str) -> None:
    assert dose_text(drug, dose) == expected


def test_schedule_text_is_one_of_the_french_forms() -> None:
    forms = {schedule_text(random.Random(i), "furosemide", 40, "matin") for i in range(40)}
    assert "40 mg le matin" in forms and "1-0-0" in forms


def test_french_number() -> None:
    assert (
        french_number(7.5) == "7,5"
        and french_number(12000) == "12 000"
        and french_number(3.0) == "3"
    )
