"""A detailed patient's history: comorbidities, past surgery, allergies, family, relatives, life."""

import random
from datetime import date, datetime

from relais.synth.clinical.mint import Mint
from relais.synth.clinical.model import Allergy, Diagnosis, Event, Family
from relais.synth.clinical.scenario import Scenario
from relais.synth.data.conditions import ALLERGIES, COMORBIDITIES, FAMILY_HISTORY, SURGICAL_HISTORY
from relais.synth.data.lifestyle import ALCOHOL, AUTONOMY, LIVING, NON_SMOKER, RELATIONS, SMOKER
from relais.synth.data.names import LAST
from relais.synth.fhir.patient import Relative
from relais.synth.people import Person, first_name, phone_number
from relais.synth.rand import chance, pick
from relais.synth.timefmt import age_at


def comorbidities(rng: random.Random, scenario: Scenario) -> list[str]:
    return [key for key, p in scenario.comorbidities if chance(rng, p)]


def diagnoses(
    rng: random.Random, mint: Mint, scenario: Scenario, keys: list[str], admission: date
) -> list[Diagnosis]:
    found = [
        Diagnosis(mint("Condition"), *scenario.diagnosis, "principal", admission, scenario.abbrev)
    ]
    for code, display, p in scenario.secondary:
        if chance(rng, p):
            found.append(Diagnosis(mint("Condition"), code, display, "secondary", admission))
    for key in keys:
        code, display, abbrev, _, (low, high) = COMORBIDITIES[key]
        onset = date(admission.year - rng.randint(low, high), rng.randint(1, 12), 1)
        found.append(Diagnosis(mint("Condition"), code, display, "comorbidity", onset, abbrev))
    return found


def surgeries(rng: random.Random, mint: Mint, birth: date, admission: datetime) -> list[Event]:
    age = age_at(birth, admission.date())
    found = []
    for code, label, short, (low, high) in rng.sample(SURGICAL_HISTORY, rng.choice((0, 1, 1, 2))):
        if low >= age:
            continue
        year = birth.year + rng.randint(low, min(high, age - 1))
        when = datetime(year, rng.randint(1, 12), rng.randint(1, 28), 9, 0)
        found.append(Event(mint("Procedure"), "past_surgery", label, when, code, short))
    return sorted(found, key=lambda e: e.when)


def allergies(rng: random.Random, mint: Mint) -> list[Allergy]:
    if not chance(rng, 0.22):
        return []
    key = pick(rng, sorted(ALLERGIES))
    return [Allergy(mint("AllergyIntolerance"), key, ALLERGIES[key][2], ALLERGIES[key][3])]


def family_history(rng: random.Random, mint: Mint) -> list[Family]:
    chosen = rng.sample(FAMILY_HISTORY, rng.choice((0, 0, 1, 1, 2)))
    return [Family(mint("FamilyMemberHistory"), *row) for row in chosen]


def relatives(rng: random.Random, person: Person) -> list[Relative]:
    found: list[Relative] = []
    for relation, sex in rng.sample(RELATIONS, rng.choice((0, 1, 1, 2))):
        family = (
            person.family if relation in ("fils", "fille", "époux", "épouse") else pick(rng, LAST)
        )
        if relation in ("époux", "épouse") and (sex == person.sex):
            continue
        found.append(
            Relative(family, first_name(rng, sex), relation, phone_number(rng, True), not found)
        )
    return found


def lifestyle(
    rng: random.Random, keys: list[str], person: Person, admission: date, spouse: bool
) -> dict[str, str]:
    female = person.sex == "female"
    if age_at(person.birth_date, admission) > 85 and chance(rng, 0.4):
        living = pick(rng, LIVING["ehpad"])
    else:
        living = pick(rng, LIVING["home_couple" if spouse else "home_alone"])
    pa = str(rng.randint(15, 60))
    smoke = pick(rng, SMOKER) if "tabac" in keys or "bpco" in keys else pick(rng, NON_SMOKER)
    smoke = smoke.format(pa=pa, year=admission.year - rng.randint(2, 20))
    conj = "son époux" if female else "son épouse"
    fill = {"e": "e" if female else "", "conj": conj}
    return {
        "living": living.format(**fill),
        "autonomy": pick(rng, AUTONOMY).format(**fill),
        "alcohol": pick(rng, ALCOHOL),
        "tobacco": smoke,
        "pa": pa,
    }
