"""Results of a stay: labs (admission, J2, discharge), vital signs, pending results, BMR search."""

import random
from datetime import datetime, timedelta

from relais.synth.clinical.labs import FOLLOW_UP, PANEL, draw, egfr, recover
from relais.synth.clinical.mint import Mint
from relais.synth.clinical.model import Event, Result
from relais.synth.clinical.scenario import Scenario
from relais.synth.data.labs import PENDING, VITALS
from relais.synth.data.microbiology import ORGANISMS
from relais.synth.rand import chance, uniform_round, weighted

NORMAL_VITALS = {
    "tas": (115, 145),
    "tad": (65, 85),
    "fc": (65, 92),
    "spo2": (95, 99),
    "temp": (36.4, 37.4),
    "fr": (14, 20),
    "poids": (52, 95),
}


def labs(
    rng: random.Random,
    mint: Mint,
    scenario: Scenario,
    *,
    start: datetime,
    end: datetime,
    age: int,
    female: bool,
    transfused: bool,
) -> list[Result]:
    keys = list(dict.fromkeys((*PANEL, *scenario.labs)))
    first = {key: draw(rng, key, scenario.labs) for key in keys}
    if scenario.surgery:
        first["hemoglobine"] = max(first["hemoglobine"], 10.5)
    day2 = (start + timedelta(days=2)).replace(hour=7, minute=0)
    times = (start + timedelta(minutes=40), day2, end - timedelta(hours=4))
    found: list[Result] = []
    for key, value in first.items():
        found.append(Result(mint("Observation"), key, value, times[0]))
    mid_hb = round(first["hemoglobine"] - rng.uniform(1.0, 2.5), 1) if scenario.surgery else None
    if transfused:
        mid_hb = uniform_round(rng, 6.9, 7.9, 1)
    for key in FOLLOW_UP:
        if times[1] < times[2]:
            value = (
                mid_hb if key == "hemoglobine" and mid_hb else recover(rng, key, first[key], 0.4)
            )
            found.append(Result(mint("Observation"), key, value, times[1]))
        last = recover(rng, key, first[key], rng.uniform(0.6, 0.9))
        if key == "hemoglobine" and mid_hb:
            last = uniform_round(rng, 8.4, 10.2, 1)
        found.append(Result(mint("Observation"), key, last, times[2]))
    for result in [r for r in found if r.key == "creatinine"]:
        found.append(
            Result(mint("Observation"), "dfg", egfr(result.value, age, female), result.when)
        )
    return found


def vitals(rng: random.Random, mint: Mint, scenario: Scenario, when: datetime) -> list[Result]:
    found = []
    panel = mint("Observation")
    for key in VITALS:
        low, high = scenario.vitals.get(key, NORMAL_VITALS[key])
        value = uniform_round(rng, low, high, VITALS[key][3])
        found.append(
            Result(panel if key in ("tas", "tad") else mint("Observation"), key, value, when)
        )
    return found


def pending(rng: random.Random, mint: Mint, scenario: Scenario, start: datetime) -> list[Event]:
    found = []
    for key, p in scenario.pending:
        if chance(rng, p):
            code, label, resource = PENDING[key]
            status = "preliminary" if key in ("hemocultures", "ecbu") else "registered"
            when = start + timedelta(hours=rng.randint(1, 30))
            found.append(
                Event(
                    mint(resource),
                    "pending",
                    label,
                    when,
                    code,
                    status,
                    {"key": key, "type": resource},
                )
            )
    return found


def screening(rng: random.Random, mint: Mint, start: datetime) -> Event | None:
    if not chance(rng, 0.6):
        return None
    when = start + timedelta(hours=rng.randint(2, 20))
    if not chance(rng, 0.12):
        return Event(mint("Observation"), "bmr", "Recherche de BMR/BHRe", when, None, "négative")
    keys = sorted(ORGANISMS)
    key = weighted(rng, keys, [ORGANISMS[k][4] for k in keys])
    return Event(
        mint("Observation"),
        "bmr",
        "Recherche de BMR/BHRe",
        when,
        ORGANISMS[key][0],
        ORGANISMS[key][2],
        {"organism": key, "resistance": ORGANISMS[key][3]},
    )
