"""The note reader, with French sentences: negation, hypothesis, family, lab values."""

import re

import pytest
from sqlalchemy import Engine

from relais.domain.facts import FactKind
from relais.dossier import build_stay_dossier
from relais.dossier.nlp.findings import Finding, lab_findings
from relais.dossier.nlp.reader import NoteReader
from tests.hospital import Hospital

MARK = re.compile(r"<ent(?P<attrs>[^>]*)>(?P<text>.*?)</ent>")


def parse(marked: str) -> tuple[str, list[tuple[str, dict[str, bool]]]]:
    """ "Pas de <ent negated=true>fièvre</ent>" → text and the expected entities."""
    text, expected, last = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[last : match.start()] + match["text"]
        attrs = dict(a.split("=") for a in match["attrs"].split())
        expected.append((match["text"], {k: v == "true" for k, v in attrs.items()}))
        last = match.end()
    return text + marked[last:], expected


@pytest.fixture(scope="module")
def reader() -> NoteReader:
    return NoteReader.shared()


SENTENCES = [
    "Pas de <ent negated=true>fièvre</ent>.",
    "Absence de <ent negated=true>douleur thoracique</ent>.",
    "Ni <ent negated=true>toux</ent> ni <ent negated=true>expectorations</ent>.",
    "Patient <ent negated=false hypothesis=false>fébrile</ent> à 39 °C.",
    "Apparition d'une <ent negated=false>dyspnée</ent> depuis 48 h.",
    "Suspicion de <ent hypothesis=true>pneumopathie</ent>.",
    "Tableau évoquant une <ent hypothesis=true>embolie pulmonaire</ent>.",
    "<ent hypothesis=true>EP</ent> à éliminer.",
    "Mère : <ent family=true>diabète</ent>.",
    "Père décédé d'un <ent family=true>infarctus du myocarde</ent> à 55 ans.",
    "ATCD de <ent history=true>AVC</ent> en 2015.",
    "<ent negated=true>Signe de gravité</ent> : aucun.",
]


@pytest.mark.parametrize("marked", SENTENCES)
def test_qualifiers(marked: str, reader: NoteReader) -> None:
    text, expected = parse(marked)
    found = {f.text.lower(): f for f in reader.read(text)}
    for written, flags in expected:
        finding = found.get(written.lower())
        assert finding is not None, (written, list(found))
        for flag, value in flags.items():
            assert getattr(finding, flag) is value, (written, flag, finding)


@pytest.mark.parametrize(
    ("text", "label", "value", "unit"),
    [
        ("créatinine 130 µmol/l (DFG 42 ml/min)", "Créatinine", "130", "µmol/l"),
        ("kaliémie à 5,8 mmol/l", "Kaliémie", "5.8", "mmol/l"),
        ("K+ 3,1 mmol/L", "Kaliémie", "3.1", "mmol/L"),
        ("Hb 9,2 g/dl", "Hémoglobine", "9.2", "g/dl"),
        ("CRP 145 mg/l", "CRP", "145", "mg/l"),
        ("BNP 1250 pg/ml", "BNP", "1250", "pg/ml"),
        ("NT-proBNP à 4895 pg/mL", "NT-proBNP", "4895", "pg/mL"),
        ("INR 3,4", "INR", "3.4", None),
        ("TA 145/85 mmHg", "Pression artérielle", "145/85", "mmHg"),
        ("SpO2 91 % AA", "SpO2", "91", "%"),
        ("T° 38,2 °C", "Température", "38.2", "°C"),
    ],
)
def test_lab_values(text: str, label: str, value: str, unit: str | None) -> None:
    first: Finding = lab_findings(text)[0]
    assert (first.label, first.value, first.unit) == (label, value, unit)
    assert text[first.start : first.end] == first.text


def test_no_lab_value_in_an_email_or_a_height() -> None:
    assert lab_findings("jean.dupont@orange.fr, taille 1m75") == []


def test_drugs_carry_atc_and_dose(reader: NoteReader) -> None:
    [drug] = [f for f in reader.read("Traitement : Lasilix 40 mg le matin.") if f.kind == "drug"]
    assert (drug.code, drug.value, drug.unit) == ("C03CA01", "40", "mg")


def test_note_findings_against_truth(
    sqlite_hospital: Engine, hospital: Hospital, reader: NoteReader
) -> None:
    """Negated truth findings are never found as present; spans point inside the notes."""
    wrong, matched, spans = [], 0, 0
    with sqlite_hospital.connect() as conn:
        for stay in hospital.stays:
            dossier = build_stay_dossier(conn, stay["encounter_id"], notes=reader)
            by_note: dict[str, list[tuple[int, int, bool]]] = {}
            for f in dossier.of_kind(FactKind.NOTE_FINDING):
                assert f.source.start is not None and f.source.end is not None
                by_note.setdefault(f.source.resource_id, []).append(
                    (f.source.start, f.source.end, f.negated)
                )
                spans += 1
            for doc in stay["documents"]:
                for truth in hospital.notes[doc["id"]]["facts"]:
                    if truth["kind"] != "symptom":
                        continue
                    for start, end, negated in by_note.get(doc["id"], []):
                        if start < truth["end"] and truth["start"] < end:
                            matched += 1
                            if negated != truth["negated"]:
                                wrong.append((truth["text"], truth["negated"]))
    assert spans > 500 and matched > 50
    assert wrong == []
