"""The CIM-10 term index: labels cleaned into the words a letter uses, generic heads left out,
edsnlp's table read at load time, and the matcher over folded sentences."""

from pathlib import Path

import pytest

from relais.errors import InvalidInput
from relais.generate.verify.cim10_terms import (
    clean_label,
    read_cim10_terms,
    term_tokens,
    terms_from_rows,
)
from relais.generate.verify.terms import TermIndex
from relais.generate.verify.text import Folded


@pytest.mark.parametrize(
    ("label", "cleaned"),
    [
        ("Syndrome néphrotique, sans précision", "syndrome nephrotique"),
        ("Maladie de Crohn [entérite régionale]", "maladie de crohn"),
        ("Autres lupus érythémateux localisés", "lupus erythemateux localises"),
        ("Tuberculose des surrénales (E35.1*)", "tuberculose des surrenales"),
        ("Fistule articulaire - Articulations de la cheville et du pied", "fistule articulaire"),
        ("Œdème, non classé ailleurs", "oedeme"),
        ("Thalassémie SAI", "thalassemie"),
    ],
)
def test_clean_label(label: str, cleaned: str) -> None:
    assert clean_label(label) == cleaned


def test_rows_keep_diagnoses_only() -> None:
    terms = terms_from_rows(
        [
            ("B01", "Varicelle"),
            ("B019", "Varicelle, sans complication"),
            ("R52", "Douleur, non classée ailleurs"),  # too generic alone
            ("W19", "Chute, sans précision"),  # external cause
            ("Z720", "Tabagisme"),  # factor of health status
            ("Q600", "Absence congénitale du rein, unilatérale"),  # "absence" is a cue
        ]
    )
    assert terms == {("varicelle",): ("B01", "B019")}


def test_edsnlp_table_is_read() -> None:
    terms = read_cim10_terms()
    assert len(terms) > 5000
    assert terms[term_tokens(clean_label("Syndrome néphrotique"))][0].startswith("N04")
    assert "B01" in terms[("varicelle",)]


def test_unreadable_table_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "cim10.csv"
    bad.write_text("code;libellé\nB01;Varicelle\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="colonnes code et long"):
        read_cim10_terms(bad)


INDEX = TermIndex(
    {
        ("syndrome", "nephrotique"): ("N04",),
        ("varicelle",): ("B01",),
        ("maladie", "de", "crohn"): ("K50",),
        ("hemorroide",): ("I84",),
    }
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Syndrome néphrotique impur", ["syndrome nephrotique"]),
        ("Syndrome, néphrotique", []),  # never across a comma
        ("Maladie de Crohn et varicelle", ["maladie de crohn", "varicelle"]),
        ("Hémorroïdes internes", ["hemorroide"]),  # plural marks dropped
        ("Syndrome inflammatoire", []),
    ],
)
def test_index_finds_terms(sentence: str, found: list[str]) -> None:
    assert [m.term for m in INDEX.find(Folded.of(sentence))] == found


def test_match_offsets_point_into_the_sentence() -> None:
    folded = Folded.of("Pas de varicelle.")
    (match,) = INDEX.find(folded)
    assert folded.span(match.start, match.end).text == "varicelle"
