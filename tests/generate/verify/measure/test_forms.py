"""The measure's other written forms (used by the held-out sets): terse and long dates, glued
and bare doses, a template set's own names; and their mutations keep the form but change the
value."""

import random
import re
from datetime import datetime

import pytest

from relais.generate.verify.measure.mutate import Pools, wrong_date, wrong_dose
from relais.generate.verify.measure.render import date_field, render, write_date_form
from relais.generate.verify.measure.stays import make_stays

WHEN = datetime(2024, 3, 12, 9)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("adm", ("admission", "any")),
        ("admshort", ("admission", "short")),
        ("dismonth", ("discharge", "month")),
        ("datelong", ("date", "long")),
        ("datedot", ("date", "dot")),
        ("dose", None),
    ],
)
def test_date_fields(field: str, expected: tuple[str, str] | None) -> None:
    assert date_field(field) == expected


@pytest.mark.parametrize(
    ("form", "year", "allowed"),
    [
        ("short", False, {"12/3"}),
        ("short", True, {"12/3/24"}),
        ("month", False, {"mi-mars", "courant mars"}),
        ("long", True, {"mardi 12 mars 2024"}),
        ("dot", True, {"12.03.2024"}),
    ],
)
def test_date_forms(form: str, year: bool, allowed: set[str]) -> None:
    assert write_date_form(WHEN, form, random.Random(1), year=year) in allowed


def _sentence(template: str, pools: Pools, seed: int = 3):  # type: ignore[no-untyped-def]
    stay = make_stays(1, seed)[0]
    sentence = render(template, stay, random.Random(seed), ["pas de {f}"], aliases=pools.aliases)
    assert sentence is not None
    return stay, sentence


@pytest.mark.parametrize("field", ["admshort", "admmonth", "admlong", "admdot"])
def test_wrong_date_keeps_the_form(field: str) -> None:
    pools = Pools()
    stay, sentence = _sentence(f"Entrée le {{stay.{field}}}", pools)
    mutated = wrong_date(sentence, stay, random.Random(5), pools)
    assert mutated is not None and mutated.text != sentence.text
    old = sentence.text[sentence.slots[0].start : sentence.slots[0].end]
    slot = mutated.slots[0]
    new = mutated.text[slot.start : len(mutated.text) - len(sentence.text) + slot.end]
    assert new.count("/") == old.count("/") and new.count(".") == old.count(".")
    if field == "admmonth":
        assert new.split()[-1].split("-")[-1] != old.split()[-1].split("-")[-1]  # the month


@pytest.mark.parametrize(("field", "pattern"), [("tight", r"\d[a-zA-Zµ]+$"), ("num", r"^[\d,]+$")])
def test_wrong_dose_keeps_the_form(field: str, pattern: str) -> None:
    pools = Pools()
    stay, sentence = _sentence(f"{{new.drug}} {{new.{field}}} inchangé", pools)
    mutated = wrong_dose(sentence, stay, random.Random(5), pools)
    assert mutated is not None and mutated.text != sentence.text
    slot = sentence.slots[1]
    written = mutated.text[slot.start : len(mutated.text) - len(sentence.text) + slot.end]
    assert re.search(pattern, written), written


def test_abbr_prefers_the_sets_own_names() -> None:
    stay = make_stays(1, 3)[0]
    diagnosis = stay.cards[stay.roles["diag"][0]].names[0]
    pools = Pools(aliases={diagnosis: ("ABRÉV",)})
    _, sentence = _sentence("Pour {diag.abbr}", pools)
    assert sentence.text.startswith("Pour ABRÉV")
