"""Treatment at admission and at discharge: home drugs, the scenario's changes, planted risks."""

import random

from relais.synth.clinical.model import Allergy, MedLine
from relais.synth.clinical.scenario import Action, Scenario
from relais.synth.data.conditions import ALLERGIES, COMORBIDITIES
from relais.synth.data.drugs import DRUGS
from relais.synth.data.risks import CLASSES
from relais.synth.rand import chance, pick

# When an allergy forbids the scenario's drug: drug key → (replacement, dose, schedule).
ALTERNATIVES = {
    "amox_clav": ("levofloxacine", 500.0, "matin"),
    "amoxicilline": ("levofloxacine", 500.0, "matin"),
    "aspirine": ("clopidogrel", 75.0, "matin"),
    "cotrimoxazole": ("ofloxacine", 200.0, "2x"),
}


def label_for(rng: random.Random, drug: str) -> str:
    """What the record says: the DCI most of the time, a brand name otherwise."""
    dci, _, brands, *_ = DRUGS[drug]
    return pick(rng, brands) if chance(rng, 0.4) else dci


def class_of(drug: str) -> tuple[str, ...]:
    return next((group for group in CLASSES if drug in group), (drug,))


def find(lines: list[MedLine], drug: str, *, same_class: bool = False) -> MedLine | None:
    names = class_of(drug) if same_class else (drug,)
    return next((line for line in lines if line.drug in names), None)


def forbidden(drug: str, allergies: list[Allergy]) -> bool:
    return any(drug in ALLERGIES[a.key][4] for a in allergies)


def home_treatment(
    rng: random.Random, scenario: Scenario, keys: list[str], allergies: list[Allergy]
) -> list[MedLine]:
    lines: list[MedLine] = []
    candidates: list[tuple[str, float, str]] = []
    for key in keys:
        options = COMORBIDITIES[key][3]
        chosen = options if key in ("icc", "cardiopathie") or not options else (pick(rng, options),)
        candidates.extend(chosen)
    candidates.extend((d, dose, s) for d, dose, s, p in scenario.home if chance(rng, p))
    for drug, dose, schedule in candidates:
        if forbidden(drug, allergies):
            drug, dose, schedule = ALTERNATIVES.get(drug, (drug, dose, schedule))
        if find(lines, drug, same_class=True) or forbidden(drug, allergies):
            continue
        lines.append(MedLine(drug, dose, schedule, label_for(rng, drug), "continued", True))
    return lines


def apply_action(
    rng: random.Random, lines: list[MedLine], action: Action, allergies: list[Allergy]
) -> None:
    if not chance(rng, action.prob):
        return
    if action.kind == "stop":
        line = find(lines, action.drug, same_class=True)
        if line is not None and line.at_admission and line.status != "stopped":
            line.status, line.stop_reason, line.adverse = "stopped", action.reason, action.adverse
        return
    current = find(lines, action.drug)
    if action.kind == "modify" and current is not None and current.status == "continued":
        if current.dose != action.dose:
            current.previous_dose, current.dose, current.status = (
                current.dose,
                action.dose,
                "modified",
            )
        return
    drug, dose, schedule = action.drug, action.dose, action.schedule
    if forbidden(drug, allergies):
        drug, dose, schedule = ALTERNATIVES.get(drug, (drug, dose, schedule))
    if forbidden(drug, allergies) or find(lines, drug, same_class=True):
        return
    new = MedLine(drug, dose, schedule, label_for(rng, drug), "new", False, days=action.days)
    new.indication = action.reason or None
    lines.append(new)


def discharge_treatment(
    rng: random.Random, scenario: Scenario, keys: list[str], allergies: list[Allergy]
) -> list[MedLine]:
    lines = home_treatment(rng, scenario, keys, allergies)
    for action in scenario.actions:
        apply_action(rng, lines, action, allergies)
    return lines
