"""Establishments and identifying units."""

import pytest

from relais.privacy.pseudo import PatientContext
from relais.privacy.pseudo.recognizers import places
from tests.privacy.pseudo.conftest import found

CASES = [
    ("CH Sainte-Aurélie — Service de médecine", [("HOSPITAL", "CH Sainte-Aurélie")]),
    ("Centre hospitalier Sainte-Aurélie —", [("HOSPITAL", "Centre hospitalier Sainte-Aurélie")]),
    ("transférée au CHU de Rennes (neurochirurgie)", [("HOSPITAL", "CHU de Rennes")]),
    ("Hôpital Bretonneau, 2 boulevard", [("HOSPITAL", "Hôpital Bretonneau")]),
    ("Clinique Saint-Gatien, Tours.", [("HOSPITAL", "Clinique Saint-Gatien"), ("CITY", "Tours")]),
    ("vers l'EHPAD Les Glycines.", [("HOSPITAL", "EHPAD Les Glycines")]),
    ("secrétariat UF 3110", [("SERVICE", "UF 3110")]),
    # The town after an establishment: after a comma before a bracket, or in brackets.
    (
        "Maternité de la Clinique des Cèdres, Quimper (niveau 2)",
        [("HOSPITAL", "Clinique des Cèdres"), ("CITY", "Quimper")],
    ),
    (
        "Centre hospitalier de Cornouaille (Quimper)",
        [("HOSPITAL", "Centre hospitalier de Cornouaille"), ("CITY", "Quimper")],
    ),
    # More heads, an adjective before or after the head.
    ("suivie à l'Institut Curie", [("HOSPITAL", "Institut Curie")]),
    ("au Nouvel Hôpital Civil", [("HOSPITAL", "Nouvel Hôpital Civil")]),
    (
        "vers l'Hôpital neurologique Pierre-Wertheimer.",
        [("HOSPITAL", "Hôpital neurologique Pierre-Wertheimer")],
    ),
    (
        "Hôpitaux Universitaires de Strasbourg",
        [("HOSPITAL", "Hôpitaux Universitaires de Strasbourg")],
    ),
    (
        "Pharmacie du Marché, Cabinet médical des Tilleuls, PMI de Bobigny",
        [
            ("HOSPITAL", "Pharmacie du Marché"),
            ("HOSPITAL", "Cabinet médical des Tilleuls"),
            ("HOSPITAL", "PMI de Bobigny"),
        ],
    ),
    ("hébergé au foyer Emmaüs de la Gare", [("HOSPITAL", "foyer Emmaüs de la Gare")]),
    ("IMAGERIE MÉDICALE DES ALPES", [("HOSPITAL", "IMAGERIE MÉDICALE DES ALPES")]),
    # A specialty or a word in brackets after an establishment is no town.
    (
        "CHU de Rennes (Cardiologie), CH de Vannes (Réanimation)",
        [("HOSPITAL", "CHU de Rennes"), ("HOSPITAL", "CH de Vannes")],
    ),
    # Not establishments: a pharmacy named after its owner (a person), clinical foci.
    ("Pharmacie Lefranc, Foyer Infectieux, foyer de condensation", []),
    # Not establishments: a type of place without its name, a role.
    ("Résident en EHPAD depuis 2 ans. Transfert en SSR. Hôpital de jour.", []),
    ("Dr X, chef de clinique, service de cardiologie", []),
    ("EXAMEN CLINIQUE :", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(places.find, text) == expected


def test_the_records_organisation_is_found_by_name() -> None:
    context = PatientContext("p1", organizations=("Hôpital privé des Côtes",))
    assert found(places.find, "adressé par l'hôpital privé des Côtes", context) == [
        ("HOSPITAL", "hôpital privé des Côtes")
    ]
