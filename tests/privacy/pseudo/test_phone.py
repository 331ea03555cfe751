"""Telephone numbers: French national and international formats, any separators."""

import pytest

from relais.privacy.pseudo.recognizers import phone
from tests.privacy.pseudo.conftest import found

CASES = [
    ("Tél. : 06 12 34 56 78", [("PHONE", "06 12 34 56 78")]),
    ("joignable au 01.23.45.67.89 le matin", [("PHONE", "01.23.45.67.89")]),
    ("portable 0612345678", [("PHONE", "0612345678")]),
    ("+33 6 12 34 56 78", [("PHONE", "+33 6 12 34 56 78")]),
    ("+33 (0)2 99 41 27 63", [("PHONE", "+33 (0)2 99 41 27 63")]),
    ("0033 6 12 34 56 78", [("PHONE", "0033 6 12 34 56 78")]),
    ("fille : 06-71-22-09-48", [("PHONE", "06-71-22-09-48")]),
    ("UK number +44 20 7946 0958", [("PHONE", "+44 20 7946 0958")]),
    ("(+33) 6 12 34 56 78", [("PHONE", "(+33) 6 12 34 56 78")]),
    # Not phones: doses, dates, lab values, schedules.
    ("furosémide 40 mg 1-0-0, Lovenox 4000 UI/0,4 ml", []),
    ("le 12/03/2024 à 14h30", []),
    ("arrivée 07/11/2025 03:12, prélevé le 05/11/2025 07:40", []),
    ("standard 06/12/34/56/78", [("PHONE", "06/12/34/56/78")]),
    ("plaquettes 250 000/mm3, INR 3,4", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(phone.find, text) == expected
