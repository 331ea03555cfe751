"""Laboratory values: drawn for the scenario at admission, then back towards normal."""

import random

from relais.synth.data.labs import LABS
from relais.synth.rand import uniform_round

PANEL = ("creatinine", "kaliemie", "natremie", "hemoglobine", "leucocytes", "plaquettes", "crp")
FOLLOW_UP = ("creatinine", "kaliemie", "hemoglobine", "crp")


def draw(rng: random.Random, key: str, abnormal: dict[str, tuple[float, float]]) -> float:
    decimals = LABS[key][4]
    low, high = abnormal.get(key, LABS[key][5])
    return uniform_round(rng, low, high, decimals)


def recover(rng: random.Random, key: str, value: float, share: float) -> float:
    """A later value: ``share`` of the way from ``value`` back to a normal value."""
    low, high = LABS[key][5]
    normal = rng.uniform(low, high)
    return round(value + (normal - value) * share, LABS[key][4])


def egfr(creatinine_umol: float, age: int, female: bool) -> float:
    """CKD-EPI 2009 (without the ethnicity factor), mL/min/1.73 m²."""
    scr = creatinine_umol / 88.4
    kappa, alpha = (0.7, -0.329) if female else (0.9, -0.411)
    value = 141 * min(scr / kappa, 1) ** alpha * max(scr / kappa, 1) ** -1.209 * 0.993**age
    return float(round(value * (1.018 if female else 1.0)))


def interpretation(key: str, value: float) -> str:
    low, high = LABS[key][3]
    if low is not None and value < low:
        return "L"
    if high is not None and value > high:
        return "H"
    return "N"
