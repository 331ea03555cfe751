"""The verifier on the other ways French clinicians and models write: CIM-10 terms, synonyms
and abbreviations, eponyms, terse and postposed denials, glued and unit-less doses, short
analyte names, month-precision dates, short drug names — and the everyday words that are not
drugs or diagnoses. Each row: the sentence (citations as markers) and the expected flags
``(kind, span text)``; a stay of community-acquired pneumonia on rheumatoid arthritis."""

from datetime import datetime

import pytest

from relais.domain.facts import Fact, FactKind, Source
from relais.generate.verify import Tools, verify_narrative


def _fact(fact_id: str, kind: FactKind, text: str, **fields: object) -> Fact:
    return Fact(fact_id, kind, text, Source("Test", fact_id.lower()), **fields)  # type: ignore[arg-type]


FACTS = {
    f.id: f
    for f in [
        _fact(
            "F1",
            FactKind.STAY,
            "Hospitalisation en médecine interne du 12/03/2024 au 21/03/2024",
            when=datetime(2024, 3, 12, 10),
            data={"admission": "2024-03-12T10:00:00", "discharge": "2024-03-21T11:00:00"},
        ),
        _fact("F2", FactKind.DIAGNOSIS, "Pneumopathie franche lobaire aiguë", code="J18.1"),
        _fact("F3", FactKind.HISTORY, "Polyarthrite rhumatoïde séropositive", code="M05.8"),
        _fact("F4", FactKind.HISTORY, "Varicelle dans l'enfance", code="B01.9"),
        _fact(
            "F5",
            FactKind.MEDICATION,
            "Amoxicilline-acide clavulanique 1 g, 3 fois par jour (nouveau)",
            data={
                "substance": "amoxicilline-acide clavulanique",
                "atc": "J01CR02",
                "dose_value": 1,
                "dose_unit": "g",
                "frequency": "x3/j",
            },
        ),
        _fact(
            "F6",
            FactKind.MEDICATION,
            "Lévothyroxine 75 µg le matin (poursuivi)",
            data={"substance": "lévothyroxine", "dose_value": 75, "dose_unit": "µg"},
        ),
        _fact(
            "F7",
            FactKind.MEDICATION,
            "Furosémide 40 mg le matin (poursuivi)",
            data={"substance": "furosémide", "dose_value": 40, "dose_unit": "mg"},
        ),
        _fact(
            "F8",
            FactKind.OBSERVATION,
            "Kaliémie 3,4 mmol/l",
            when=datetime(2024, 3, 13, 8),
            data={"value": 3.4, "unit": "mmol/L", "loinc": "2823-3"},
        ),
        _fact(
            "F9",
            FactKind.OBSERVATION,
            "Créatinine 130 µmol/l",
            when=datetime(2024, 3, 13, 8),
            data={"value": 130, "unit": "µmol/L", "loinc": "2160-0"},
        ),
        _fact(
            "F10",
            FactKind.OBSERVATION,
            "CRP 145 mg/l",
            when=datetime(2024, 3, 12, 12),
            data={"value": 145, "unit": "mg/L", "loinc": "1988-5"},
        ),
        _fact(
            "F11",
            FactKind.OBSERVATION,
            "Leucocytes 15,5 G/l",
            when=datetime(2024, 3, 12, 12),
            data={"value": 15.5, "unit": "G/L", "loinc": "6690-2"},
        ),
        _fact("F12", FactKind.NOTE_FINDING, "douleur thoracique", negated=True),
        _fact("F13", FactKind.NOTE_FINDING, "œdème des membres inférieurs", negated=True),
        _fact(
            "F14",
            FactKind.APPOINTMENT,
            "Consultation de pneumologie le 25/04/2024",
            when=datetime(2024, 4, 25, 9),
        ),
        _fact("F15", FactKind.HISTORY, "Maladie de Still de l'adulte", code="M06.1"),
        _fact("F16", FactKind.ALLERGY, "Pénicilline (urticaire)"),
    ]
}

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # CIM-10 terms: supported by the same words or the same category, else unsupported
    ("ATCD de varicelle [F4].", []),
    (
        "Pneumonie lobaire sur syndrome néphrotique [F2].",
        [("unsupported_diagnosis", "syndrome néphrotique")],
    ),
    (
        "Pneumopathie compliquée de pleurésie purulente [F2].",
        [("unsupported_diagnosis", "pleurésie")],
    ),
    # synonyms and abbreviations (capitals only where they are also words)
    ("Suivi pour une PR [F3].", []),
    ("Suivi pour une SEP [F3].", [("unsupported_diagnosis", "SEP")]),
    ("Avis du Pr Martin sur la pneumopathie [F2].", []),
    ("Pneumopathie sur néo pulmonaire [F2].", [("unsupported_diagnosis", "néo pulmonaire")]),
    ("ATCD de maladie de Horton [F3].", [("unsupported_diagnosis", "maladie de Horton")]),
    # eponyms: checked against the cited facts' words
    ("Maladie de Still connue [F15].", []),
    ("Maladie de Wilson connue [F15].", [("unsupported_diagnosis", "Maladie de Wilson")]),
    # terse and postposed denials
    ("Ø douleur thoracique [F12].", []),
    ("Douleur thoracique : 0 [F12].", []),
    ("Douleur thoracique (-) [F12].", []),
    ("Douleur thoracique : nég. [F12].", []),
    ("Douleur thoracique n'a pas été retrouvée [F12].", []),
    ("Œdème des membres inférieurs non retrouvé [F13].", []),
    ("Douleur thoracique + [F12].", [("negation_conflict", "Douleur thoracique")]),
    ("Allergie à la pénicilline [F16].", []),
    ("Allergie à la pénicilline [F2].", [("not_cited", "pénicilline"), ("not_cited", "Allergie")]),
    # an allergy the record holds is never denied, cited or not
    ("Allergies : aucune connue [F16].", [("negation_conflict", "Allergies")]),
    ("Allergies : aucune connue ; pneumonie [F2].", [("negation_conflict", "Allergies")]),
    # doses glued to their unit, or without one right after the drug
    ("Lasilix 40mg le matin [F7].", []),
    ("Lasilix 80mg le matin [F7].", [("unsupported_dose", "80mg")]),
    ("Lasilix 40 inchangé [F7].", []),
    ("Lasilix 80 inchangé [F7].", [("unsupported_dose", "80")]),
    ("Levothyrox 75 le matin [F6].", []),
    ("Augmentin 1000 le matin [F5].", []),
    ("Levothyrox 2 comprimés le matin [F6].", []),
    # short analyte names, values without unit
    ("K 3,4 [F8].", []),
    ("K 4,4 [F8].", [("unsupported_value", "4,4")]),
    ("Créat. 130 [F9].", []),
    ("Créat. 180 [F9].", [("unsupported_value", "180")]),
    ("Protéine C réactive s'élevant à 145 mg/l [F10].", []),
    ("Hyperleucocytose à 15,5 G/l [F11].", []),
    # month-precision dates
    ("Admission mi-mars 2024 [F1].", []),
    ("Admission mi-juin [F1].", [("unsupported_date", "mi-juin")]),
    ("Revu en consultation fin avril [F14].", []),
    ("Revu en consultation courant mai [F14].", [("unsupported_date", "courant mai")]),
    # short drug names, and everyday words that are not drugs or diagnoses
    ("Amox-clav 1 g x3/j [F5].", []),
    ("L-thyroxine 75 µg le matin [F6].", []),
    ("Amox-clav relayé par L-thyroxine [F5].", [("not_cited", "L-thyroxine")]),
    ("Fraction d'éjection conservée, examen sans particularité [F2].", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_flags(sentence: str, expected: list[tuple[str, str]], tools: Tools) -> None:
    report = verify_narrative([(sentence, [])], FACTS, tools=tools)
    found = [(f.kind.value, f.span.text) for f in report.flags]
    assert sorted(found) == sorted(expected), [f.message for f in report.flags]


def test_a_denial_no_fact_holds_is_unsupported(tools: Tools) -> None:
    """ "Allergies : aucune connue" in a record that says nothing of allergies is a claim no
    cited fact supports, like "pas d'EP" would be."""
    facts = {"F2": FACTS["F2"]}
    report = verify_narrative([("Allergies : aucune connue [F2].", [])], facts, tools=tools)
    assert [(f.kind.value, f.span.text) for f in report.flags] == [
        ("unsupported_diagnosis", "Allergies")
    ]
