"""Expected peaks: the busiest forecast steps, flagged when above the usual high level.

The threshold is the 90th percentile of the last year of history (all of it when shorter):
a peak "en alerte" is a step whose expected value is higher than nine steps in ten of the
past year.
"""

import numpy as np

from relais.forecast.result import Peak, Point
from relais.forecast.series import Values

SHOWN = 3
PERCENTILE = 90


def threshold(history: Values, *, per_day: int) -> float:
    recent = history[-365 * per_day :]
    return float(np.percentile(recent, PERCENTILE))


def peaks(points: tuple[Point, ...], *, limit: float) -> tuple[Peak, ...]:
    busiest = sorted(points, key=lambda p: (-p.mean, p.at))[:SHOWN]
    return tuple(Peak(p, p.mean >= limit) for p in busiest)
