"""Calendar factors: estimated from the same weekdays around, left out when unsupported."""

import numpy as np
import pandas as pd
import pytest

from relais.forecast.adjust import Adjustment, estimate
from relais.forecast.calendar import calendar_frame
from tests.forecast.helpers import weekly_with_noise


def calendar(start: str, days: int) -> pd.DataFrame:
    frame, _ = calendar_frame(pd.date_range(start, periods=days), school_zone="B")
    return frame


def test_a_holiday_effect_is_measured_against_the_same_weekdays() -> None:
    frame = calendar("2024-03-04", 300)  # Easter Monday to Christmas 2024: 10 public holidays
    values = weekly_with_noise(300, seed=9)
    public = frame["jour_ferie"].to_numpy()[:300] > 0
    values[public] = np.round(values[public] * 0.7)
    found = estimate(values, frame)
    assert found.factors["jour_ferie"] == pytest.approx(0.7, abs=0.05)
    assert "lendemain_ferie" not in found.factors  # no effect: left out
    multipliers = found.multipliers(frame)
    assert public.sum() == 10
    assert multipliers[public].tolist() == pytest.approx([found.factors["jour_ferie"]] * 10)
    assert set(multipliers[~public & (frame["vacances_scolaires"].to_numpy() == 0)]) == {1.0}


def test_too_few_days_give_no_factor() -> None:
    frame = calendar("2024-06-03", 60)  # only 14 July
    values = weekly_with_noise(60, seed=2)
    values[41] = 10
    assert "jour_ferie" not in estimate(values, frame).factors


def test_partial_school_share_takes_a_power_of_the_factor() -> None:
    frame = pd.DataFrame({"vacances_scolaires": [0.0, 1 / 3, 1.0]})
    assert Adjustment({"vacances_scolaires": 0.8}).multipliers(frame).tolist() == pytest.approx(
        [1.0, 0.8 ** (1 / 3), 0.8]
    )
