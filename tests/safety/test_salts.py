"""Salt cations: the mineral is the substance only when it is the drug itself.

"clavulanate potassium" is the potassium salt of clavulanic acid, not a potassium supplement;
"chlorure de potassium" is potassium. The rule is tested on a minimal index of invented drug
names (so that it does not hang on a word list), then on the real lines of foreign exports.
"""

import pytest

from relais.safety.knowledge import Knowledge
from relais.safety.model import MedicationLine
from relais.safety.name_index import NameIndex
from relais.safety.substances import Normaliser
from relais.safety.thesaurus import Thesaurus
from tests.safety.conftest import lines

MINIMAL_NAMES = {
    "zorbatan": "zorbatan",  # an invented drug, sold as a potassium or sodium salt
    "potassium": "potassium",
    "magnesium": "magnesium",
    "calcium": "calcium",
    "chlorure de potassium": "potassium",
    "potassium chloride": "potassium",
}


@pytest.fixture(scope="module")
def minimal(thesaurus: Thesaurus) -> Normaliser:
    index = NameIndex(thesaurus)
    for name, key in MINIMAL_NAMES.items():
        index.names[name] = frozenset({key})
        index.display[key] = key
    return Normaliser(index)


@pytest.mark.parametrize(
    ("label", "substances"),
    [
        ("zorbatan potassium 50 mg", {"zorbatan"}),
        ("zorbatan de potassium 50 mg", {"zorbatan"}),
        ("zorbatan potassique 50 mg", {"zorbatan"}),
        ("zorbatan magnesium", {"zorbatan"}),
        ("potassium zorbatan 50 mg", {"zorbatan"}),
        ("ZORBATAN SODIUM 50 MG Oral Tablet", {"zorbatan"}),
        ("potassium 1 g", {"potassium"}),
        ("chlorure de potassium 600 mg", {"potassium"}),
        ("potassium chloride 20 MEQ", {"potassium"}),
        ("citrate de potassium", {"potassium"}),  # a salt word: the mineral is the drug
        ("calcium magnesium", {"calcium", "magnesium"}),  # two minerals
        ("zorbatan 4 mmol/l potassium", {"zorbatan", "potassium"}),  # after a strength
    ],
)
def test_cation_rule_on_a_minimal_index(
    minimal: Normaliser, label: str, substances: set[str]
) -> None:
    found = minimal.normalise(MedicationLine("MedicationRequest/1", label))
    assert found is not None
    assert {s.key for s in found.substances} == substances


@pytest.mark.parametrize(
    ("label", "substances"),
    [
        ("clavulanate potassium 125 MG", {"acide clavulanique"}),
        (
            "amoxicillin 875 MG / clavulanate potassium 125 MG Oral Tablet",
            {"amoxicilline", "acide clavulanique"},
        ),
        ("losartan potassium 50 MG Oral Tablet", {"losartan"}),
        ("naproxen sodium 220 MG", {"naproxene"}),
        ("diclofenac potassium 50 MG", {"diclofenac"}),
        ("levothyroxine sodium 0.1 MG", {"levothyroxine"}),
        ("montelukast sodium 10 MG", {"montelukast"}),
        ("warfarin sodium 5 MG", {"warfarine"}),
        ("pantoprazole sodium 40 MG", {"pantoprazole"}),
        ("esomeprazole magnesium 40 MG", {"esomeprazole"}),
        ("atorvastatin calcium 20 MG", {"atorvastatine"}),
        ("rosuvastatin calcium 10 MG", {"rosuvastatine"}),
        ("alendronate sodium 70 MG", {"acide alendronique"}),
        ("amlodipine besylate 5 MG", {"amlodipine"}),
        ("clopidogrel bisulfate 75 MG", {"clopidogrel"}),
        ("metoprolol tartrate 50 MG", {"metoprolol"}),
        ("metoprolol succinate 95 MG", {"metoprolol"}),
        ("clavulanate de potassium", {"acide clavulanique"}),
        ("losartan potassique 50 mg", {"losartan"}),
        ("diclofénac potassique 50 mg", {"diclofenac"}),
        ("diclofénac sodique 75 mg", {"diclofenac"}),
        ("lévothyroxine sodique 100 µg", {"levothyroxine"}),
        ("rosuvastatine calcique 10 mg", {"rosuvastatine"}),
        ("calcium folinate 15 mg", {"acide folinique"}),
        ("chlorure de potassium 600 mg", {"potassium"}),
        ("potassium chloride 20 MEQ", {"potassium"}),
        ("KCl 1 g", {"potassium"}),
        ("gluconate de calcium 10 %", {"calcium"}),
        ("carbonate de calcium 500 mg", {"calcium"}),
        ("calcium carbonate 1250 MG", {"calcium"}),
        ("sulfate de magnésium 15 %", {"magnesium"}),
        ("bicarbonate de sodium 1,4 %", {"bicarbonate de sodium"}),
    ],
)
def test_salts_of_real_drugs(knowledge: Knowledge, label: str, substances: set[str]) -> None:
    found = knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", label))
    assert found is not None
    assert {s.key for s in found.substances} == substances


@pytest.mark.parametrize(
    ("drugs", "alert"),
    [
        (("amoxicillin 875 MG / clavulanate potassium 125 MG", "lisinopril 10 MG"), False),
        (("losartan potassium 50 MG", "spironolactone 25 MG"), False),
        (("potassium chloride 20 MEQ", "spironolactone 25 MG"), True),
        (("chlorure de potassium 600 mg", "lisinopril 10 mg"), True),
    ],
)
def test_a_counterion_raises_no_potassium_alert(
    knowledge: Knowledge, drugs: tuple[str, str], alert: bool
) -> None:
    report = knowledge.check(lines(*drugs))
    potassium = [
        i
        for i in report.interactions
        if "potassium" in (i.first.substance.key, i.second.substance.key)
    ]
    assert bool(potassium) is alert
