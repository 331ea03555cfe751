"""Allergy conflicts: the allergen itself, or a member of the allergen's class."""

import pytest

from relais.safety.knowledge import Knowledge
from relais.safety.model import Coding, RecordedAllergy
from tests.safety.conftest import lines

ATC = "http://www.whocc.no/atc"
SNOMED = "http://snomed.info/sct"


@pytest.mark.parametrize(
    ("allergy", "drug", "reason"),
    [
        (
            RecordedAllergy("AllergyIntolerance/1", "Pénicillines"),
            "amoxicilline 1 g x3",
            "pénicillines",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "Allergie à la pénicilline (urticaire)"),
            "Augmentin 1 g",
            "pénicillines",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "Pénicillines", (Coding(ATC, "J01C"),)),
            "Clamoxyl 1 g",
            "pénicillines",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "Aspirine", (Coding(ATC, "B01AC06"),)),
            "Kardégic 75 mg",
            "allergène déclaré",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "Sulfamides", (Coding(ATC, "J01E"),)),
            "Bactrim Forte",
            "sulfamides",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "Codéine", (Coding(ATC, "R05DA04"),)),
            "codéine 30 mg",
            "allergène déclaré",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "AINS"),
            "ibuprofène 400 mg",
            "anti-inflammatoires non stéroïdiens",
        ),
        (
            RecordedAllergy("AllergyIntolerance/1", "Penicillin", (Coding(SNOMED, "764146007"),)),
            "amoxicillin 500 mg",
            "pénicillines",
        ),
    ],
)
def test_conflicts(knowledge: Knowledge, allergy: RecordedAllergy, drug: str, reason: str) -> None:
    report = knowledge.check(lines(drug, "paracétamol 1 g"), [allergy])
    assert len(report.allergy_conflicts) == 1
    (conflict,) = report.allergy_conflicts
    assert reason in conflict.reason
    assert (conflict.line.source, conflict.allergy.source) == (
        "MedicationRequest/m1",
        "AllergyIntolerance/1",
    )
    assert conflict in report.alerts


@pytest.mark.parametrize(
    ("allergy", "drug"),
    [
        (RecordedAllergy("AllergyIntolerance/1", "Pénicillines"), "ceftriaxone 1 g"),
        (
            RecordedAllergy("AllergyIntolerance/1", "Latex", (Coding(SNOMED, "111088007"),)),
            "amoxicilline",
        ),
        (RecordedAllergy("AllergyIntolerance/1", "Arachide"), "furosémide"),
        (RecordedAllergy("AllergyIntolerance/1", "Aspirine"), "paracétamol"),
    ],
)
def test_no_conflict(knowledge: Knowledge, allergy: RecordedAllergy, drug: str) -> None:
    assert knowledge.check(lines(drug), [allergy]).allergy_conflicts == []
