"""Street addresses, extra address lines, postal codes and cities."""

import pytest

from relais.privacy.pseudo import PatientContext
from relais.privacy.pseudo.recognizers import address
from tests.privacy.pseudo.conftest import found

CASES = [
    (
        "Adresse : 137 rue de l'Église, 45160 Olivet — Tél.",
        [("ADDRESS", "137 rue de l'Église"), ("POSTAL_CODE", "45160"), ("CITY", "Olivet")],
    ),
    (
        "107 ter boulevard de l'Église, 45500 Gien",
        [("ADDRESS", "107 ter boulevard de l'Église"), ("POSTAL_CODE", "45500"), ("CITY", "Gien")],
    ),
    (
        "12 allée des Tamaris, Bât. C, 44380 Pornichet",
        [
            ("ADDRESS", "12 allée des Tamaris"),
            ("ADDRESS", "Bât. C"),
            ("POSTAL_CODE", "44380"),
            ("CITY", "Pornichet"),
        ],
    ),
    (
        "12 rue des Lilas 69003 Lyon",
        [("ADDRESS", "12 rue des Lilas"), ("POSTAL_CODE", "69003"), ("CITY", "Lyon")],
    ),
    (
        "63 place de l'Église, 45000 Orléans",
        [("ADDRESS", "63 place de l'Église"), ("POSTAL_CODE", "45000"), ("CITY", "Orléans")],
    ),
    (
        "domicile 17 bis chemin des Écoliers, Basse-Goulaine.",
        [("ADDRESS", "17 bis chemin des Écoliers"), ("CITY", "Basse-Goulaine")],
    ),
    ("Orléans, le 11 janvier 2024", [("CITY", "Orléans")]),
    ("domiciliée à Quimperlé depuis", [("CITY", "Quimperlé")]),
    ("habite rue Nationale", [("ADDRESS", "rue Nationale")]),
    ("Vit seule à Concarneau depuis", [("CITY", "Concarneau")]),
    (
        "Polyclinique, BP 1005 - 44819 Saint-Herblain",
        [("ADDRESS", "BP 1005"), ("POSTAL_CODE", "44819"), ("CITY", "Saint-Herblain")],
    ),
    # An address stops at a sentence's end and before "à" and its town.
    (
        "Vit seul, 8 rue des Acacias à Vannes. Cariste chez un grossiste.",
        [("ADDRESS", "8 rue des Acacias"), ("CITY", "Vannes")],
    ),
    (
        "12 rue Pasteur, 2e étage, porte droite",
        [("ADDRESS", "12 rue Pasteur"), ("ADDRESS", "2e étage"), ("ADDRESS", "porte droite")],
    ),
    # Belgian, Swiss and Luxembourg postal codes of four digits after a street or before the
    # country; a birthplace after the date of birth (letters of Latin Extended-A included).
    (
        "adresse : rue de la Loi 16, 1000 Bruxelles.",
        [("ADDRESS", "rue de la Loi 16"), ("POSTAL_CODE", "1000"), ("CITY", "Bruxelles")],
    ),
    ("Envoyé aux HUG, 1211 Genève 14, Suisse", [("POSTAL_CODE", "1211"), ("CITY", "Genève")]),
    ("né le 02/05/1961 à Tlemcen (Algérie)", [("CITY", "Tlemcen")]),
    ("née le 12/03/1950 à Łódź, Pologne", [("CITY", "Łódź")]),
    ("Lovenox 4000 UI, 1000 Bruxelles", []),
    ("Héparine en cours, 4000 UI par jour. Voie posée, 2000 Kcal par jour.", []),
    # A town in brackets after its country; a clinical word in brackets stays.
    (
        "Séjour au Portugal (Braga), puis en Algérie (Tizi Ouzou).",
        [("CITY", "Braga"), ("CITY", "Tizi Ouzou")],
    ),
    ("Retour du Mali (paludisme ?), Mali (Doliprane donné)", []),
    ("relais à J5, passage à Doliprane, appel à Marie, à Noël", []),
    # Not addresses: clinical uses of street words, lab values, relative dates.
    ("mise en place d'une sonde, 1 voie veineuse périphérique, au cours de la nuit", []),
    ("BNP 12500 pg/ml, plaquettes 45000", []),
    ("RAD le 11/01/2024, relais sous-cutané à J2", []),
    ("RDV le 24/11/2025, consultation B, 2e étage.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_address(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(address.find, text) == expected


def test_the_records_town_is_found_anywhere() -> None:
    context = PatientContext("p1", cities=("Saint-Jean-de-Braye",), postal_codes=("45800",))
    text = "Retour à Saint-Jean-de-Braye chez sa fille. CP 45800."
    assert found(address.find, text, context) == [
        ("CITY", "Saint-Jean-de-Braye"),
        ("POSTAL_CODE", "45800"),
    ]
