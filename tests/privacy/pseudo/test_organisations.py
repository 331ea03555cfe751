"""Companies after a legal or trade head, employers after a word of employment."""

import pytest

from relais.privacy.pseudo import Pseudonymizer
from relais.privacy.pseudo.recognizers import organisations
from tests.privacy.pseudo.conftest import found

CASES = [
    (
        "Chauffeur en CDI chez Transports Lebrun & Fils (Roubaix).",
        [("OTHER_NAME", "Transports Lebrun & Fils"), ("CITY", "Roubaix")],
    ),
    ("sa fille, en alternance chez Darty", [("OTHER_NAME", "Darty")]),
    (
        "Retour : VSL Ambulances Morel ; ambulances Girard appelées.",
        [("OTHER_NAME", "Ambulances Morel"), ("OTHER_NAME", "ambulances Girard")],
    ),
    ("Exploitation : GAEC Lemoine frères.", [("OTHER_NAME", "GAEC Lemoine frères")]),
    ("Pompes Funèbres Ducastel prévenues", [("OTHER_NAME", "Pompes Funèbres Ducastel")]),
    # Not companies: a kind of service, a national one, a person after "chez", an adjective.
    ("Transports sanitaires urgents. Ambulances Privées. Pompes Funèbres Générales.", []),
    ("Vit chez Mme Durand. Hébergé chez Paul. Ouvrier chez lui.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(organisations.find, text) == expected


def test_a_company_keeps_its_head_and_tail(pseudonymizer: Pseudonymizer) -> None:
    out = pseudonymizer.pseudonymize("Employé en CDI chez Transports Lebrun & Fils.")
    (span,) = out.spans
    assert span.surrogate.startswith("Transports ") and span.surrogate.endswith(" & Fils")
    assert "Lebrun" not in out.text
