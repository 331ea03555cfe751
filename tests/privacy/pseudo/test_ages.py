"""Ages over 89 are identifying; younger ages stay."""

import pytest

from relais.privacy.pseudo.recognizers import ages
from tests.privacy.pseudo.conftest import found

CASES = [
    ("Patiente de 93 ans", [("AGE", "93 ans")]),
    ("M. X, 102 ans, vit seul", [("AGE", "102 ans")]),
    ("a 95-year-old man", [("AGE", "95-year-old")]),
    ("a 45-year-old man", []),
    ("homme de 89 ans", []),
    ("père décédé d'un IDM à 55 ans", []),
    ("depuis 2 ans, tabac 30 PA", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ages(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(ages.find, text) == expected


def test_old_age_is_written_as_90_or_more(pseudonymizer) -> None:  # type: ignore[no-untyped-def]
    out = pseudonymizer.pseudonymize("Patiente de 96 ans, chute.")
    assert out.text == "Patiente de 90 ans ou plus, chute."
