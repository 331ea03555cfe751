"""Dates: found as French notes write them, shifted by the patient's offset in the same format."""

from datetime import date

import pytest

from relais.privacy.pseudo import KnownPerson, PatientContext, date_shift_days, shift_date
from relais.privacy.pseudo.dateformat import parse, rewrite
from relais.privacy.pseudo.recognizers import dates
from tests.privacy.pseudo.conftest import KEY, found

CASES = [
    ("Entrée le 12/03/2024 à 14h30", [("DATE", "12/03/2024")]),
    ("né le 1er avril 1928", [("DATE", "1er avril 1928")]),
    ("du 08/01/24 au 11 janvier 2024", [("DATE", "08/01/24"), ("DATE", "11 janvier 2024")]),
    ("né le 28.07.1934", [("DATE", "28.07.1934")]),
    ("RCP du 2024-05-16", [("DATE", "2024-05-16")]),
    ("Staff du mardi 12 mars :", [("DATE", "mardi 12 mars")]),
    ("sevrage depuis mars 2019", [("DATE", "mars 2019")]),
    ("bilan du 15 janv. 2024", [("DATE", "15 janv. 2024")]),
    ("Radiographie le 24/02.", [("DATE", "24/02")]),
    ("03/04 14h : pansement refait", [("DATE", "03/04")]),
    ("- HTA depuis 2000\n- PTG en 1993", [("DATE", "2000"), ("DATE", "1993")]),
    ("Sortie prévue le 19. RDV le 1er à 10h", [("DATE", "19"), ("DATE", "1er")]),
    ("Contrôle lundi 17 à 10h", [("DATE", "lundi 17")]),
    ("Transmissions mer. 5/11 nuit", [("DATE", "mer. 5/11")]),
    ("Note du Dim 09/11/25", [("DATE", "Dim 09/11/25")]),
    ("INR fait le 3/11 = 2,8", [("DATE", "3/11")]),
    ("rupture en août, reprise depuis mars", [("DATE", "août"), ("DATE", "mars")]),
    # A date then a time, spaced slashes, a day after an appointment word, "N/10" after a cue.
    ("Date d'arrivée : 07/11/2025 03:12     Box 4", [("DATE", "07/11/2025")]),
    ("Date de naissance : 11 / 05 / 1962", [("DATE", "11 / 05 / 1962")]),
    ("rappelle pour son rdv du 24 qu'il veut décaler", [("DATE", "24")]),
    ("vu le 4/10 à 14h ; 04/10 14h : pansement", [("DATE", "4/10"), ("DATE", "04/10")]),
    # A month and its year, a weekday and a day ending a sentence, a year in brackets.
    ("Installée en EHPAD : 03/2021. DDN 09/1938", [("DATE", "03/2021"), ("DATE", "09/1938")]),
    ("Rappeler avant jeudi 21. Bilan mardi 3.", [("DATE", "jeudi 21"), ("DATE", "mardi 3")]),
    ("cholécystectomie (2015), PTH droite (2020)", [("DATE", "2015"), ("DATE", "2020")]),
    # Not dates: blood pressure, doses, scores, counts, relative dates, months as words.
    ("dilution 1/2000, 2/3 des cas, lundi 4,5 mg, Apgar 8/10/10", []),
    ("dlr thoracique 4/10 à 22h, EVA : 1/10 le soir, 3/10 à 8h", []),
    ("rdv du 24 mg, rendez-vous le 3 jours après", []),
    ("le 3 fois par jour, le 2e jour, au 3e étage, le 10 mg", []),
    ("des sept patients, en sept jours", []),
    ("TA 145/85 mmHg, TA 12/08 couché", []),
    ("Lovenox 4000 UI, BNP 1950 pg/ml", []),
    ("score MMSE 24/30, EVA 3/10", []),
    ("il y a 3 semaines, à J3, depuis 48 h", []),
    ("Il mai pas de tabac", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(dates.find, text) == expected


@pytest.mark.parametrize(
    ("written", "days", "expected"),
    [
        ("12/03/2024", 10, "22/03/2024"),
        ("08/01/24", -10, "29/12/23"),
        ("28.07.1934", 5, "02.08.1934"),
        ("2024-05-16", 1, "2024-05-17"),
        ("12 mars 2024", 20, "1 avril 2024"),
        ("1er avril 1928", 30, "1er mai 1928"),
        ("11 Janvier 2024", -11, "31 Décembre 2023"),
        ("15 janv. 2024", 31, "15 févr. 2024"),
        ("mars 2019", 31, "avril 2019"),
        ("lundi 8 janvier 2024", 1, "mardi 9 janvier 2024"),
        ("24/02", 7, "02/03"),  # the year around decides (2024 is a leap year)
        ("2012", 200, "2013"),
        ("mer. 5/11", 1, "jeu. 6/11"),  # the weekday moves with the shift
        ("lundi 17", 1, "mardi 18"),
        ("19", 3, "22"),
        ("1er", 30, "31"),
        ("11 / 05 / 1962", 3, "14 / 05 / 1962"),
        ("03/2021", 20, "04/2021"),  # a month and its year move through the month's middle
        ("12/1999", 20, "01/2000"),
    ],
)
def test_rewrite_keeps_the_format(written: str, days: int, expected: str) -> None:
    assert rewrite(written, days, default_year=2024) == expected


def test_parse_refuses_impossible_dates() -> None:
    assert parse("31/02/2024", default_year=2024) is None
    assert parse("29/02/2023", default_year=2023) is None


def test_text_and_structured_dates_share_the_offset(pseudonymizer) -> None:  # type: ignore[no-untyped-def]
    context = PatientContext("p-42", people=(KnownPerson("Kervella", "Yolande", "patient"),))
    out = pseudonymizer.pseudonymize("Entrée le 27/02/2024, sortie le 04/03/2024.", context=context)
    entry, leave = (s.surrogate for s in out.spans)
    moved = shift_date(date(2024, 2, 27), "p-42", key=KEY)
    assert entry == f"{moved:%d/%m/%Y}"
    parsed = [parse(v, default_year=2024) for v in (entry, leave)]
    assert parsed[0] and parsed[1]
    assert (parsed[1].value - parsed[0].value).days == 6  # the interval is kept
    assert date_shift_days("p-42", key=KEY) != 0
