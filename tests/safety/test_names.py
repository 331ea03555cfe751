"""Substance names: accents, case, salts, inverted thesaurus names, English names."""

import pytest

from relais.safety.names import english_candidates, moiety, name_key, unglued


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Furosémide", "furosemide"),
        ("ACIDE ACÉTYLSALICYLIQUE", "acide acetylsalicylique"),
        ("sodium (chlorure de)", "chlorure de sodium"),
        ("Diffu-K", "diffu k"),
        ("bêta-bloquants (sauf esmolol)", "beta bloquants sauf esmolol"),
        ("œstrogènes", "oestrogenes"),
        ("MORPHINE (SULFATE DE) PENTAHYDRATÉ", "sulfate de morphine pentahydrate"),
        ("IBANDRONIQUE (ACIDE)", "acide ibandronique"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "substance"),
    [
        ("CHLORHYDRATE DE TRAMADOL", "tramadol"),
        ("BÉSILATE D'AMLODIPINE", "amlodipine"),
        ("MALÉATE D'ÉNALAPRIL", "enalapril"),
        ("FUMARATE DE BISOPROLOL", "bisoprolol"),
        ("HÉMIFUMARATE DE BISOPROLOL", "bisoprolol"),
        ("AMOXICILLINE TRIHYDRATÉE", "amoxicilline"),
        ("ÉSOMÉPRAZOLE MAGNÉSIQUE TRIHYDRATÉ", "esomeprazole"),
        ("CHLORHYDRATE DE SITAGLIPTINE MONOHYDRATÉ", "sitagliptine"),
        ("PÉRINDOPRIL TERT-BUTYLAMINE", "perindopril"),
        ("DICLOFÉNAC DE DIÉTHYLAMINE", "diclofenac"),
        ("CHLORURE DE POTASSIUM", "potassium"),
        ("aspirine", "acide acetylsalicylique"),
        ("valproate de sodium", "acide valproique"),
        ("METFORMINE", "metformine"),
        ("MORPHINE (SULFATE DE) PENTAHYDRATÉ", "morphine"),
        ("GLYCOPYRRONIUM BROMURE", "glycopyrronium"),
        ("CALCIUM ÉLÉMENT", "calcium"),
        ("EXTRAIT SEC DE VALÉRIANE", "valeriane"),
        ("TEINTURE D'OPIUM", "opium"),
        ("SOLUTION DE CHLORURE DE BENZALKONIUM", "benzalkonium"),
        ("colécalciférol", "cholecalciferol"),
    ],
)
def test_moiety_drops_salts(name: str, substance: str) -> None:
    assert moiety(name) == substance


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("simvastatin", "simvastatine"),
        ("clarithromycin", "clarithromycine"),
        ("ibuprofen", "ibuprofene"),
        ("acetaminophen", "paracetamol"),
        ("aspirin", "acide acetylsalicylique"),
        ("mefenamic acid", "acide mefenamique"),
        ("potassium chloride", "chlorure de potassium"),
        ("fusidate", "acide fusidique"),
        ("brodimoprim", "brodimoprime"),
    ],
)
def test_english_names(english: str, french: str) -> None:
    assert french in english_candidates(english)


@pytest.mark.parametrize(
    ("words", "split"),
    [
        (["crestor10mg"], ["crestor", "10mg"]),
        (["seroplex20", "1cp"], ["seroplex", "20", "1cp"]),
        (["vitamine", "b12", "d3", "x3"], ["vitamine", "b12", "d3", "x3"]),
    ],
)
def test_a_dose_glued_to_a_name_is_split(words: list[str], split: list[str]) -> None:
    assert unglued(words) == split


def test_docstring_examples() -> None:
    import doctest

    from relais.safety import names

    assert doctest.testmod(names).failed == 0
