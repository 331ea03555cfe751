"""Medication lines → active substances: French DCI, brands, salts, codes, English names."""

import pytest

from relais.safety.atc import AtcNames
from relais.safety.knowledge import Knowledge
from relais.safety.levels import Level
from relais.safety.model import Coding, MedicationLine
from relais.safety.render import report_text
from relais.safety.thesaurus import Thesaurus
from tests.safety.conftest import lines

ATC = "http://www.whocc.no/atc"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CIS = "https://smt.esante.gouv.fr/terminologie-cis"


@pytest.mark.parametrize(
    ("label", "substances"),
    [
        ("Kardégic 75 mg : 1 sachet le midi", {"acide acetylsalicylique"}),
        ("aspirine 100 mg", {"acide acetylsalicylique"}),
        ("furosémide 40 mg 1-0-0", {"furosemide"}),
        ("Lasilix 40 mg", {"furosemide"}),
        ("bisoprolol 2,5 mg le matin", {"bisoprolol"}),
        ("Lovenox 4000 UI/0,4 ml : 1 injection SC par jour pendant 10 jours", {"enoxaparine"}),
        ("paracétamol 1 g x3/j si douleur", {"paracetamol"}),
        ("Doliprane 1000 mg", {"paracetamol"}),
        ("insuline glargine 18 UI le soir", {"insuline glargine"}),
        ("Eliquis 5 mg x2/j", {"apixaban"}),
        ("Xarelto 20 mg", {"rivaroxaban"}),
        ("Tahor 40 mg", {"atorvastatine"}),
        ("Inexium 20 mg", {"esomeprazole"}),
        ("chlorure de potassium 600 mg", {"potassium"}),
        ("Diffu-K 1 gélule x2", {"potassium"}),
        ("Préviscan 20 mg", {"fluindione"}),
        ("Augmentin 1 g x3/j", {"amoxicilline", "acide clavulanique"}),
        ("Bactrim Forte", {"sulfamethoxazole", "trimethoprime"}),
        ("Dépakine 500 mg", {"acide valproique"}),
        ("ZOCOR 20 mg", {"simvastatine"}),
        ("simvastatin 40 MG Oral Tablet", {"simvastatine"}),
        ("clarithromycin 500 MG", {"clarithromycine"}),
        ("acetaminophen 500 mg", {"paracetamol"}),
        ("abciximab (c 7e3b fab)", {"abciximab c 7e3b fab"}),
        # brands holding a word of one or two letters
        ("DIFFU K 600 mg gélule", {"potassium"}),
        ("Un-Alfa 1 µg", {"alfacalcidol"}),  # "un" is a stopword: not "alfa" alone
        ("UN ALFA 0,25 microgramme", {"alfacalcidol"}),
        ("L-Thyroxin Henning 100 µg", {"levothyroxine"}),
        ("Kaleorid LP 600 mg", {"potassium"}),
        ("Magné B6", {"magnesium", "pyridoxine"}),
        ("Orocal D3 500 mg/400 UI", {"calcium", "cholecalciferol"}),  # OROCAL VITAMINE D3
        ("Cacit D3 1000 mg", {"calcium", "cholecalciferol"}),
        ("Cacit 1000 mg", {"calcium"}),
        (
            "ACCUSOL 35 POTASSIUM 4 mmol/l",
            {"bicarbonate de sodium", "calcium", "chlorure de sodium", "magnesium", "potassium"},
        ),
    ],
)
def test_names_in_free_text(knowledge: Knowledge, label: str, substances: set[str]) -> None:
    found = knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", label))
    assert found is not None
    assert {s.key for s in found.substances} == substances


@pytest.mark.parametrize(
    ("coding", "substances", "method"),
    [
        (Coding(ATC, "C03CA01", "furosémide"), {"furosemide"}, "ATC C03CA01"),
        (Coding(ATC, "B01AC06"), {"acide acetylsalicylique"}, "ATC B01AC06"),
        (Coding(RXNORM, "36567", "simvastatin"), {"simvastatine"}, "RxNorm 36567"),
        (Coding(CIS, "99999999"), None, None),
        (Coding(CIS, "60234100"), {"paracetamol"}, "CIS 60234100"),
    ],
)
def test_codes_come_first(
    knowledge: Knowledge, coding: Coding, substances: set[str] | None, method: str | None
) -> None:
    found = knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", "", (coding,)))
    if substances is None:
        assert found is None
        return
    assert found is not None
    assert ({s.key for s in found.substances}, found.method) == (substances, method)


def test_cis_code_through_the_bdpm(knowledge: Knowledge) -> None:
    cis = next(c for c, keys in knowledge.normaliser.index.cis.items() if keys == {"apixaban"})
    found = knowledge.normaliser.normalise(
        MedicationLine("MedicationRequest/1", "", (Coding(CIS, cis),))
    )
    assert found is not None and found.method == f"CIS {cis}"


@pytest.mark.parametrize(
    "label", ["Xyzzy 10 mg", "1 sachet le midi", "matin et soir", "un comprimé le soir"]
)
def test_unknown_drugs_are_not_guessed(knowledge: Knowledge, label: str) -> None:
    assert knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", label)) is None


def test_unknown_drugs_are_reported(knowledge: Knowledge) -> None:
    report = knowledge.check(
        [
            MedicationLine("MedicationRequest/1", "Xyzzy"),
            MedicationLine("MedicationRequest/2", "Tahor"),
        ]
    )
    assert [u.source for u in report.unresolved] == ["MedicationRequest/1"]
    assert [n.line.source for n in report.lines] == ["MedicationRequest/2"]


@pytest.mark.parametrize(
    ("label", "substances"),
    [
        ("metformin 500 mg twice daily", {"metformine"}),  # "daily" is also a brand name
        ("lansoprazole 15 mg 1 gél le matin", {"lansoprazole"}),  # "gel": a brand's word
        ("Crestor10mg 1/j", {"rosuvastatine"}),
        ("simvastatine20mg le soir", {"simvastatine"}),
        ("amoxicillin-clavulanate 500/125", {"amoxicilline", "acide clavulanique"}),
        ("sulfamethoxazole/trimethoprim 800/160", {"sulfamethoxazole", "trimethoprime"}),
    ],
)
def test_sig_words_glued_doses_fractions(
    knowledge: Knowledge, label: str, substances: set[str]
) -> None:
    found = knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", label))
    assert found is not None
    assert {s.key for s in found.substances} == substances


def test_a_complex_gives_each_of_its_fractions(knowledge: Knowledge) -> None:
    daflon = Coding(CIS, "60064527")  # DAFLON 500 mg: one SA, two FT (diosmine, hespéridine)
    found = knowledge.normaliser.normalise(MedicationLine("MedicationRequest/1", "", (daflon,)))
    assert found is not None
    assert {s.key for s in found.substances} == {"diosmine", "hesperidine"}


def test_without_the_bdpm_brands_are_unknown_and_the_report_says_why(
    thesaurus: Thesaurus, atc: AtcNames, knowledge: Knowledge
) -> None:
    """DIFFU K is known from the BDPM only (edsnlp's ATC table names A12BA01 by its brands
    alone): a database where the BDPM was never loaded cannot resolve it, and says so."""
    drugs = ("DIFFU K 600 mg gélule", "spironolactone")
    bare = Knowledge.build(thesaurus, None, atc).check(lines(*drugs))
    assert [u.label for u in bare.unresolved] == ["DIFFU K 600 mg gélule"]
    assert "BDPM non chargée" in report_text(bare)
    loaded = knowledge.check(lines(*drugs))
    assert loaded.notes == [] and [i.level for i in loaded.alerts] == [Level.DECONSEILLEE]
