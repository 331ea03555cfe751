"""E-mail addresses and URLs."""

import pytest

from relais.privacy.pseudo.recognizers import web
from tests.privacy.pseudo.conftest import found

CASES = [
    ("Courriel : marie.dupont@orange.fr", [("EMAIL", "marie.dupont@orange.fr")]),
    (
        "écrire à pneumo.secretariat@chu-nantes.fr.",
        [("EMAIL", "pneumo.secretariat@chu-nantes.fr")],
    ),
    (
        "voir https://www.chu-nantes.fr/pneumologie.",
        [("URL", "https://www.chu-nantes.fr/pneumologie")],
    ),
    ("site www.clinique-des-lilas.fr", [("URL", "www.clinique-des-lilas.fr")]),
    ("compte ameli.fr du patient", [("URL", "ameli.fr")]),
    ("Kardégic 75 mg, CRP 5 mg/l.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_web(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(web.find, text) == expected
