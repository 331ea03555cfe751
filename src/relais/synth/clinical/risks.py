"""Planting medication risks, and finding every known risk present in a patient's treatment."""

import random

from relais.synth.clinical.mint import Mint
from relais.synth.clinical.model import Allergy, MedLine
from relais.synth.clinical.treatment import class_of, find, label_for
from relais.synth.data.conditions import ALLERGIES
from relais.synth.data.risks import ALLERGY_PLANTS, INTERACTIONS, PLANTS
from relais.synth.rand import weighted


def plant(rng: random.Random, mint: Mint, lines: list[MedLine], allergies: list[Allergy]) -> str:
    """Add a risk chosen by weight; return its key."""
    keys = sorted(PLANTS)
    key = weighted(rng, keys, [PLANTS[k][0] for k in keys])
    allergy = ALLERGY_PLANTS.get(key)
    if allergy and not any(a.key == allergy for a in allergies):
        _, _, label, manifestation, _ = ALLERGIES[allergy]
        allergies.append(Allergy(mint("AllergyIntolerance"), allergy, label, manifestation))
    for drug, dose, schedule, where in PLANTS[key][1]:
        lines[:] = [line for line in lines if line.drug == drug or line.drug not in class_of(drug)]
        line = find(lines, drug)
        if line is None:
            line = MedLine(drug, dose, schedule, label_for(rng, drug), "new", where == "home")
            line.status = "continued" if where == "home" else "new"
            line.days = (
                7
                if drug in ("clarithromycine", "cotrimoxazole", "amox_clav", "ibuprofene")
                else None
            )
            lines.append(line)
        elif line.status == "stopped":
            line.status, line.stop_reason, line.adverse = "continued", None, False
        line.planted = key
    return key


def active(lines: list[MedLine]) -> list[MedLine]:
    return [line for line in lines if line.status != "stopped"]


def interactions(lines: list[MedLine]) -> list[tuple[MedLine, MedLine, str, str]]:
    """Pairs of the known interaction table active together at discharge."""
    found = []
    current = active(lines)
    for i, first in enumerate(current):
        for second in current[i + 1 :]:
            hit = INTERACTIONS.get((first.drug, second.drug)) or INTERACTIONS.get(
                (second.drug, first.drug)
            )
            if hit:
                found.append((first, second, hit[0], hit[1]))
    return found


def allergy_conflicts(
    lines: list[MedLine], allergies: list[Allergy]
) -> list[tuple[Allergy, MedLine]]:
    return [
        (a, line) for a in allergies for line in active(lines) if line.drug in ALLERGIES[a.key][4]
    ]
