"""NIR and INS: the mod-97 key (Corsica 2A/2B as 19/18), compact or grouped, label decides INS."""

import pytest

from relais.privacy.pseudo.recognizers import nir
from relais.privacy.pseudo.recognizers.nir import nir_key_ok
from tests.privacy.pseudo.conftest import found

CASES = [
    ("NIR : 1 84 12 75 123 456 40", [("NIR", "1 84 12 75 123 456 40")]),
    ("N° SS : 184127512345640", [("NIR", "184127512345640")]),
    ("Matricule INS : 2 51 10 2B 033 121 38", [("INS", "2 51 10 2B 033 121 38")]),
    ("INS 128042A00440628 (OID 1.2.250.1.213.1.4.8)", [("INS", "128042A00440628")]),
    ("Né en Corse : 1 28 04 2A 004 406 28.", [("NIR", "1 28 04 2A 004 406 28")]),
    # A wrong key is kept only after its label (a typo still identifies).
    ("N° sécu : 1 84 12 75 123 456 99", [("NIR", "1 84 12 75 123 456 99")]),
    ("Lot 184127512345699 de la prothèse", []),
    ("Plaquettes 250 G/l, 1 84 12 comprimés", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nir(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nir.find, text) == expected


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("184127512345640", True),
        ("184127512345632", False),
        ("128042A00440628", True),  # 2A counts as 19
        ("251102B03312138", True),  # 2B counts as 18
        ("251102B03312139", False),
        ("12804", False),
    ],
)
def test_key(value: str, ok: bool) -> None:
    assert nir_key_ok(value) is ok
