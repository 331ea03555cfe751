"""Small random helpers on an explicit ``random.Random`` (never the module-level one)."""

import math
import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def weighted(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights=weights, k=1)[0]


def uniform_round(rng: random.Random, low: float, high: float, decimals: int) -> float:
    value = round(rng.uniform(low, high), decimals)
    return float(int(value)) if decimals == 0 else value


def poisson(rng: random.Random, lam: float) -> int:
    """Poisson draw: Knuth's method for small means, a rounded normal for large ones."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, product = math.exp(-lam), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def lognormal_days(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))
