"""Synthetic stays as the dossier would give them: numbered facts, drawn (seeded) from the
catalogue; with, for each fact, the ways a clinician may write it (``Card``)."""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from relais.domain.facts import Fact, FactKind, Source
from relais.generate.verify.measure.catalogue import (
    DIAGNOSES,
    DRUGS,
    FINDINGS,
    RESULTS,
    SCENARIOS,
    STOP_REASONS,
)


@dataclass(frozen=True, slots=True)
class Card:
    """How one fact may be written: names, and the structured values the templates use."""

    names: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Stay:
    scenario: str
    facts: dict[str, Fact] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    roles: dict[str, list[str]] = field(default_factory=dict)  # role → fact ids

    def add(self, role: str, kind: FactKind, text: str, card: Card, **fields: Any) -> str:
        fact_id = f"F{len(self.facts) + 1}"
        source = Source("Synthetic", f"{self.scenario}-{fact_id}")
        self.facts[fact_id] = Fact(fact_id, kind, text, source, **fields)
        self.cards[fact_id] = card
        self.roles.setdefault(role, []).append(fact_id)
        return fact_id

    def drug_keys(self) -> set[str]:
        return {str(c.values["drug"]) for c in self.cards.values() if "drug" in c.values}


def display(name: str) -> str:
    return name if name.isupper() else name[0].upper() + name[1:]


def number(value: float, decimals: int = 2) -> str:
    """French decimal comma, no trailing zeros: 2.5 → "2,5", 80.0 → "80"."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",")


def _drug(stay: Stay, rng: random.Random, key: str, role: str, at: datetime) -> None:
    dci, brands, atc, doses, unit, schedules = DRUGS[key]
    dose = rng.choice(doses)
    schedule = rng.choice(schedules)
    values: dict[str, Any] = {"drug": key, "dose": dose, "unit": unit, "schedule": schedule}
    data: dict[str, Any] = {
        "substance": dci,
        "atc": atc,
        "dose_value": dose,
        "dose_unit": unit,
        "frequency": schedule,
        "status": role,
    }
    text = f"{dci.capitalize()} {number(dose)} {unit}, {schedule}"
    if role == "modified":
        previous = rng.choice([d for d in doses if d != dose] or [dose * 2])
        data["previous_dose"] = f"{number(previous)} {unit}"
        values["previous"] = previous
        text += f" (modifié ; {number(previous)} {unit} à l'entrée)"
    if role == "stopped":
        reason = rng.choice(STOP_REASONS)
        data["reason"] = values["reason"] = reason
        text += f" (arrêté : {reason})"
    stay.add(role, FactKind.MEDICATION, text, Card((dci, *brands), values), when=at, data=data)


def _result(stay: Stay, rng: random.Random, key: str, at: datetime) -> None:
    names, loinc, units, (low, high), decimals = RESULTS[key]
    extra = 1 if rng.random() < 0.3 else 0  # the record sometimes holds one more decimal
    value = round(rng.uniform(low, high), decimals + extra)
    unit = units[0]
    values = {"value": value, "decimals": decimals, "units": units, "date": at}
    text = f"{names[0][0].upper()}{names[0][1:]} {number(value, decimals + extra)} {unit}".strip()
    data = {"value": value, "unit": unit, "loinc": loinc}
    stay.add("lab", FactKind.OBSERVATION, text, Card(names, values), when=at, data=data)


def make_stay(scenario: str, rng: random.Random) -> Stay:
    principal, comorbidities, drugs, results = SCENARIOS[scenario]
    stay = Stay(scenario)
    admission = datetime(2023, 1, 1, 8) + timedelta(
        days=rng.randrange(700), hours=rng.randrange(12)
    )
    discharge = admission + timedelta(days=rng.randrange(3, 15), hours=3)
    text = f"Hospitalisation du {admission:%d/%m/%Y} au {discharge:%d/%m/%Y}"
    data = {"admission": admission.isoformat(), "discharge": discharge.isoformat()}
    card = Card((), {"admission": admission, "discharge": discharge})
    stay.add("stay", FactKind.STAY, text, card, when=admission, data=data)
    names, code = DIAGNOSES[principal]
    stay.add("diag", FactKind.DIAGNOSIS, display(names[0]), Card(names), code=code)
    for key in rng.sample(comorbidities, k=min(2, len(comorbidities))):
        names, code = DIAGNOSES[key]
        stay.add("hist", FactKind.HISTORY, display(names[0]), Card(names), code=code)
    order = list(drugs)
    rng.shuffle(order)
    for key, role in zip(
        order, ("new", "modified", "stopped", "continued", "continued"), strict=False
    ):
        _drug(stay, rng, key, role, admission + timedelta(days=rng.randrange(3)))
    for key in rng.sample(results, k=min(3, len(results))):
        _result(stay, rng, key, admission + timedelta(days=rng.randrange(4), hours=2))
    for finding in rng.sample(FINDINGS, k=2):
        stay.add("neg", FactKind.NOTE_FINDING, finding, Card((finding,)), negated=True)
    visit = discharge + timedelta(days=rng.randrange(20, 60))
    visit = visit.replace(hour=9, minute=0)
    card = Card((), {"date": visit})
    stay.add(
        "appt", FactKind.APPOINTMENT, f"Consultation de suivi le {visit:%d/%m/%Y}", card, when=visit
    )
    return stay


def make_stays(count: int, seed: int) -> list[Stay]:
    """``count`` stays, scenarios in turn, each from its own seeded generator."""
    names = sorted(SCENARIOS)
    return [
        make_stay(names[i % len(names)], random.Random(seed * 10_007 + i)) for i in range(count)
    ]
