"""Series with a known structure for the forecasting tests."""

from datetime import datetime

import numpy as np

from relais.forecast.series import Kind, Series, Step

START = datetime(2024, 9, 2)  # a Monday
WEEKDAY_PROFILE = np.array([140, 128, 124, 122, 126, 112, 108], dtype=float)  # Mon → Sun


def daily(
    values: np.ndarray | list[float],
    *,
    key: str = "test",
    kind: Kind = Kind.ARRIVALS,
    start: datetime = START,
    counts: bool = True,
) -> Series:
    return Series(
        key=key,
        label=f"Série {key}",
        kind=kind,
        step=Step.DAY,
        start=start,
        values=np.asarray(values, dtype=float),
        counts=counts,
    )


def weekly_with_noise(days: int, *, seed: int = 1) -> np.ndarray:
    """Poisson arrivals around a fixed weekday profile: the weekly mean is the best forecast."""
    rng = np.random.default_rng(seed)
    return rng.poisson(np.resize(WEEKDAY_PROFILE, days)).astype(float)


def seasonal_random_walk(days: int, *, seed: int = 2) -> np.ndarray:
    """y[t] = y[t-7] + noise: "same day last week" is the best forecast there is."""
    rng = np.random.default_rng(seed)
    values = np.resize(WEEKDAY_PROFILE, days).copy()
    for t in range(7, days):
        values[t] = values[t - 7] + rng.normal(0, 6)
    return values
