"""MASE, MAPE and coverage on hand-computed examples."""

import numpy as np
import pytest

from relais.forecast.metrics import coverage, mape, mase, naive_scale


def a(*values: float) -> np.ndarray:
    return np.array(values, dtype=float)


def test_naive_scale_is_the_in_sample_seasonal_naive_error() -> None:
    history = a(10, 20, 30, 12, 18, 33)  # season 3: errors 2, 2, 3
    assert naive_scale(history, season=3) == pytest.approx(7 / 3)
    assert naive_scale(a(5, 5, 5, 5), season=2) is None  # constant: undefined
    assert naive_scale(a(1, 2), season=7) is None  # shorter than a season


def test_mase() -> None:
    assert mase(a(10, 20), a(12, 17), scale=2.5) == pytest.approx(1.0)
    assert mase(a(10, 20), a(12, 17), scale=None) is None


def test_mape_skips_zero_actuals() -> None:
    assert mape(a(100, 50, 0), a(110, 40, 3)) == pytest.approx(15.0)
    assert mape(a(0, 0, 4), a(1, 1, 4)) is None  # most actuals are zero


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(a(5, 10, 15, 20), 0.5), (a(10, 12, 14, 16), 1.0), (a(0, 30, 40, 50), 0.0)],
)
def test_coverage_counts_values_inside_bounds(actual: np.ndarray, expected: float) -> None:
    low, high = a(10, 10, 10, 10), a(16, 16, 16, 16)
    assert coverage(actual, low, high) == expected
