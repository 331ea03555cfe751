"""IPP, NDA and other identifiers after their label; the record's identifiers anywhere."""

import pytest

from relais.privacy.pseudo import PatientContext
from relais.privacy.pseudo.recognizers import identifiers
from tests.privacy.pseudo.conftest import found

CASES = [
    ("IPP : 09258409 / N° séjour : 249288168", [("IPP", "09258409"), ("NDA", "249288168")]),
    ("IPP 6502117734 — NDA : 244265361", [("IPP", "6502117734"), ("NDA", "244265361")]),
    ("N° de dossier A-558213.", [("IPP", "A-558213")]),
    ("séjour 24-118273. BPCO", [("NDA", "24-118273")]),
    ("RPPS : 10003456789", [("OTHER_ID", "10003456789")]),
    ("(RPPS du médecin adresseur : 10003456789)", [("OTHER_ID", "10003456789")]),
    # "N°", any label, a colon and a code with digits; an emergency visit number is a stay's.
    ("N° examen : IRM25-0012345", [("OTHER_ID", "IRM25-0012345")]),
    ("N° d'intervention : 25-114-0009876.", [("OTHER_ID", "25-114-0009876")]),
    ("N° de passage : 25U148877", [("NDA", "25U148877")]),
    # Not identifiers: a room, a bed, a lot; a code of fewer than four digits.
    ("N° chambre : 2145, N° de lit : 12, n° lot : 45A12345, N° de commande : AB12", []),
    # Not identifiers: a stay without number, a product reference, doses.
    ("séjour du 12/03 au 15/03, séjour en 2019", []),
    ("Prothèse de hanche réf. 03760987656255, lot L2405634.", []),
    ("Lovenox 4000 UI/0,4 ml", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_identifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(identifiers.find, text) == expected


def test_the_records_identifiers_are_found_without_label() -> None:
    context = PatientContext("p1", identifiers=("09258409", "249288168"))
    text = "Transmis au SAMU (0925 8409), réf. interne 249 288 168."
    assert found(identifiers.find, text, context) == [
        ("OTHER_ID", "0925 8409"),
        ("OTHER_ID", "249 288 168"),
    ]
