"""Forecast accuracy: MASE, MAPE and interval coverage (plain numpy, no model needed).

MASE divides the mean absolute error by the in-sample mean absolute error of the seasonal
naive forecast on the training history (Hyndman & Koehler 2006): below 1, the model beats
"same as last cycle" on its own history's scale. MAPE uses only the steps whose actual value is
not 0 (a percentage of 0 is undefined) and is None when fewer than half of them are.
"""

import numpy as np

from relais.forecast.series import Values


def naive_scale(history: Values, *, season: int) -> float | None:
    """Mean absolute error of ``y[t] - y[t - season]`` over the history; None when 0 or short."""
    if history.shape[0] <= season:
        return None
    scale = float(np.mean(np.abs(history[season:] - history[:-season])))
    return scale if scale > 0 else None


def mase(actual: Values, predicted: Values, *, scale: float | None) -> float | None:
    if scale is None or actual.size == 0:
        return None
    return float(np.mean(np.abs(actual - predicted))) / scale


def mape(actual: Values, predicted: Values) -> float | None:
    """Mean absolute percentage error, in percent, over the non-zero actual values."""
    nonzero = actual != 0
    if actual.size == 0 or nonzero.sum() * 2 < actual.size:
        return None
    return float(np.mean(np.abs((actual[nonzero] - predicted[nonzero]) / actual[nonzero]))) * 100


def coverage(actual: Values, low: Values, high: Values) -> float | None:
    """Share of actual values inside their interval ``[low, high]`` (bounds included)."""
    if actual.size == 0:
        return None
    return float(np.mean((actual >= low) & (actual <= high)))
