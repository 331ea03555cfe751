"""French dose writing: decimal comma, grams for round thousands of mg, spaced thousands."""

import random

from relais.synth.data.drugs import DRUGS, FORMS
from relais.synth.data.schedules import SCHEDULES
from relais.synth.rand import pick

UNIT_TEXT = {"ug": "µg"}


def french_number(value: float) -> str:
    if float(value).is_integer():
        whole = int(value)
        return f"{whole:,}".replace(",", " ") if whole >= 10000 else str(whole)
    return f"{value:g}".replace(".", ",")


def dose_text(drug: str, dose: float) -> str:
    """``2,5 mg``, ``1 g``, ``4000 UI``, ``100 000 UI``, ``75 µg``."""
    unit = DRUGS[drug][3]
    if unit == "mg" and dose >= 1000 and dose % 1000 == 0:
        return f"{french_number(dose / 1000)} g"
    return f"{french_number(dose)} {UNIT_TEXT.get(unit, unit)}"


def schedule_text(rng: random.Random, drug: str, dose: float, schedule: str) -> str:
    """One of the French ways to write the schedule, e.g. ``40 mg le matin`` or ``1-0-1``."""
    template = pick(rng, SCHEDULES[schedule][4])
    return template.format(d=dose_text(drug, dose), f=FORMS[DRUGS[drug][6]])
