"""PMSI modes → ORG-070 / ORG-074 values, physicians' specialties, doses and routes: what is
coded and what stays unknown (table-driven)."""

from typing import Any

import pytest

from relais.generate.render.cda import modes
from relais.generate.render.cda.ids import default_document_root, finess, rpps
from relais.generate.render.cda.people import specialty_code


def _stay(
    entree: str | None, provenance: str | None, sortie: str | None, dest: str | None
) -> dict[str, Any]:
    return {
        "mode_entree": {"code": entree},
        "provenance": {"code": provenance},
        "mode_sortie": {"code": sortie},
        "destination": {"code": dest},
    }


@pytest.mark.parametrize(
    ("entree", "provenance", "priority", "expected"),
    [
        ("8", "5", None, "183452005"),  # domicile, par les urgences
        ("7", "1", None, "107724000"),  # transfert d'un autre MCO
        ("6", "1", None, "107724000"),  # mutation
        ("8", None, "EL", "8715000"),  # entrée programmée (priorité élective)
        ("8", None, "EM", "183452005"),
        ("8", None, None, "GEN-092.06.07"),  # domicile, urgence non précisée
        (None, None, None, None),  # rien dans le dossier : inconnu
    ],
)
def test_admission_mode(
    entree: str | None, provenance: str | None, priority: str | None, expected: str | None
) -> None:
    found = modes.admission(_stay(entree, provenance, None, None), priority)
    assert (found.code if found else None) == expected


@pytest.mark.parametrize(
    ("sortie", "destination", "expected"),
    [
        ("8", None, "160849004"),  # retour au domicile
        ("8", "6", "127"),  # HAD
        ("8", "7", "GEN-092.06.03"),  # structure médico-sociale
        ("7", "2", "GEN-092.06.01"),  # transfert en SSR
        ("9", None, "419620001"),  # décès
        (None, None, None),
    ],
)
def test_discharge_mode(sortie: str | None, destination: str | None, expected: str | None) -> None:
    found = modes.discharge(_stay(None, None, sortie, destination))
    assert (found.code if found else None) == expected


@pytest.mark.parametrize(
    ("specialty", "code"),
    [
        ("Médecine interne", "G15_10/SM27"),
        ("Gériatrie aiguë", "G15_10/SM18"),
        ("médecine générale", "G15_10/SM54"),
        ("Réanimation polyvalente", "G15_10"),  # ambiguous: profession only
        (None, "G15_10"),
    ],
)
def test_specialty_codes(specialty: str | None, code: str) -> None:
    assert specialty_code(specialty)[0] == code


def test_national_identifiers_and_document_root() -> None:
    assert rpps("10128352522") is not None and rpps("10128352522").extension == "810128352522"
    assert rpps("810128352522") is not None and rpps("810128352522").extension == "810128352522"
    assert finess("450069802") is not None and finess("450069802").extension == "1450069802"
    assert rpps(None) is None and finess("") is None
    root = default_document_root("450069802")
    assert root == default_document_root("450069802") != default_document_root("750712184")
    assert root.startswith("2.25.") and len(root) <= 64
