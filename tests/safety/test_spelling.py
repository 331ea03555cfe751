"""Misspelt DCI: one close substance name, shown as approximate; never a disease or a class."""

import pytest

from relais.safety.knowledge import Knowledge
from relais.safety.model import MedicationLine
from relais.safety.spelling import Spelling, distance


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("bisoprolol", "bisoprolol", 0),
        ("bisoprololl", "bisoprolol", 1),
        ("biosprolol", "bisoprolol", 1),  # two letters swapped
        ("ciprofloxacinne", "ciprofloxacine", 1),
        ("ciprofloxacin", "ciprofloxacine", 1),
        ("bisoprolol", "atenolol", 2),  # beyond the limit
    ],
)
def test_distance(a: str, b: str, edits: int) -> None:
    assert distance(a, b, 1) == min(edits, 2)


@pytest.mark.parametrize(
    ("label", "substances"),
    [
        ("bisoprololl 5 mg le matin", {"bisoprolol"}),
        ("ciprofloxacinne 500 mg x2/j", {"ciprofloxacine"}),
        ("Tahor 40 mg + ezetimibbe 10 mg", {"atorvastatine", "ezetimibe"}),
    ],
)
def test_a_misspelt_dci_is_found(knowledge: Knowledge, label: str, substances: set[str]) -> None:
    found = knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", label))
    assert found is not None
    assert {s.key for s in found.substances} == substances
    assert "≈" in found.method


@pytest.mark.parametrize(
    "label",
    ["arrêt pour pancréatite aiguë", "allergie aux tétracyclines ?", "surveillance tensionnelle"],
)
def test_words_that_are_not_drugs_are_not_corrected(knowledge: Knowledge, label: str) -> None:
    assert knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", label)) is None


def test_an_ambiguous_word_is_not_corrected() -> None:
    names = ["abcdefghij", "abcdefghik"]  # two names one edit away from the word
    assert Spelling.of(names).correct("abcdefghil") is None
    assert Spelling.of(names[:1]).correct("abcdefghil") == "abcdefghij"


def test_docstring_examples() -> None:
    import doctest

    from relais.safety import spelling

    assert doctest.testmod(spelling).failed == 0
