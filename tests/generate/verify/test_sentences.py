"""Sentences as the drafting model writes them, with the flags the physician must see.

Each row: the sentence (citations as markers), then the expected ``(kind, span text)`` flags.
"""

import pytest

from relais.domain.facts import Fact
from relais.generate.verify import Tools, verify_narrative

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # supported: DCI or brand, rounding, units written differently, dates in words
    ("Patient hospitalisé le 12/03/2024 pour une décompensation cardiaque [F1][F2].", []),
    ("Le Lasilix a été majoré de 40 à 80 mg/j [F5].", []),
    ("Introduction d'Eliquis 5 mg matin et soir sur une FA paroxystique [F6][F3].", []),
    ("Apixaban 10 mg/j au total [F6].", []),
    ("Kaliémie à 5,8 mmol/L le 14 mars 2024, motivant l'arrêt du Triatec [F8][F7].", []),
    ("K+ 5,8 mmol/l [F8].", []),
    ("Hb 112 g/l [F10].", []),
    ("Hémoglobine à 11 g/dl [F10].", []),
    ("NT-proBNP à 4500 pg/ml à l'admission [F9].", []),
    ("Pas de douleur thoracique [F11].", []),
    ("Embolie pulmonaire éliminée [F12].", []),
    ("Persistance d'œdèmes des membres inférieurs [F13].", []),
    ("Cardensiel 2,5 mg poursuivi [F15].", []),
    ("Consultation de cardiologie prévue le 25 avril 2024 [F14].", []),
    ("Bonne évolution clinique sous traitement [F2].", []),
    ("ATCD d'HTA [F4].", []),
    # unsupported: dose, drug, value, date, diagnosis
    ("Le furosémide a été majoré à 120 mg/j [F5].", [("unsupported_dose", "120 mg/j")]),
    ("Eliquis 2,5 mg matin et soir [F6].", [("unsupported_dose", "2,5 mg")]),
    (
        "Introduction de Kardégic 75 mg [F6].",
        [("unsupported_drug", "Kardégic"), ("unsupported_dose", "75 mg")],
    ),
    ("Kaliémie à 6,4 mmol/l [F8].", [("unsupported_value", "6,4 mmol/l")]),
    ("Hb 9,2 g/dl [F10].", [("unsupported_value", "9,2 g/dl")]),
    ("Kaliémie à 5,8 mmol/l le 15/03/2024 [F8].", [("unsupported_date", "15/03/2024")]),
    (
        "Décompensation cardiaque compliquée d'une pneumopathie [F2].",
        [("unsupported_diagnosis", "pneumopathie")],
    ),
    # a finding the record denies, stated as present
    ("Douleur thoracique à l'admission [F11].", [("negation_conflict", "Douleur thoracique")]),
    (
        "EP confirmée à l'angioscanner [F12].",
        [("negation_conflict", "EP")],
    ),
    # citations: none, unknown, or the wrong fact (supported elsewhere: a warning)
    ("Retour à domicile.", [("uncited", "Retour à domicile.")]),
    (
        "Bisoprolol 2,5 mg le matin [F42].",
        [("unknown_citation", "F42"), ("not_cited", "Bisoprolol"), ("not_cited", "2,5 mg")],
    ),
    ("Kaliémie à 5,8 mmol/l [F10].", [("not_cited", "5,8 mmol/l")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_flags(
    sentence: str, expected: list[tuple[str, str]], facts: dict[str, Fact], tools: Tools
) -> None:
    report = verify_narrative([(sentence, [])], facts, tools=tools)
    found = [(f.kind.value, f.span.text) for f in report.flags]
    assert sorted(found) == sorted(expected), [f.message for f in report.flags]


def test_span_points_into_the_sentence(facts: dict[str, Fact], tools: Tools) -> None:
    sentence = "Le furosémide a été majoré à 120 mg/j [F5]."
    (flag,) = verify_narrative([(sentence, ["F5"])], facts, tools=tools).flags
    assert sentence[flag.span.start : flag.span.end] == "120 mg/j"
    assert flag.message == (
        "Dose 120 mg/j de furosémide non retrouvée dans les faits cités [F5] (80 mg, 40 mg)."
    )


def test_report_counts(facts: dict[str, Fact], tools: Tools) -> None:
    report = verify_narrative(
        [("Pas de douleur thoracique [F11].", []), ("Retour à domicile.", [])], facts, tools=tools
    )
    assert report.counts["sentences"] == 2
    assert report.counts["sentences_flagged"] == 1
    assert report.counts["uncited"] == 1
    assert not report.ok
