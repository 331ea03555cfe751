"""Gaps, outliers and history length before modelling."""

from datetime import datetime

import numpy as np
import pytest

from relais.errors import InvalidInput
from relais.forecast.prepare import outlier_indices, prepare
from relais.forecast.series import Kind
from tests.forecast.helpers import daily, weekly_with_noise


def test_count_gaps_are_zero_and_level_gaps_interpolated() -> None:
    values = [10.0, np.nan, 14.0, np.nan, np.nan, 20.0, 8, 9, 10]
    counts = prepare(daily([np.nan, *values, np.nan]), period=7)
    assert counts.values.tolist() == [10, 0, 14, 0, 0, 20, 8, 9, 10]  # ends trimmed
    assert counts.series.start == datetime(2024, 9, 3)
    gaps = [n for n in counts.notices if n.code == "gaps"]
    assert len(gaps) == 1 and "3 pas sans valeur, comptés 0" in gaps[0].message
    assert "2024-09-04, 2024-09-06, 2024-09-07" in gaps[0].message
    level = prepare(daily(values, kind=Kind.OCCUPANCY, counts=False), period=7)
    assert level.values[:6].tolist() == [10, 12, 14, 16, 18, 20]
    assert any("interpolés" in n.message for n in level.notices)


def test_a_spike_is_set_aside_but_an_epidemic_wave_is_kept() -> None:
    values = weekly_with_noise(140)
    wave = 60 * np.exp(-0.5 * ((np.arange(140) - 100) / 10) ** 2)  # bronchiolitis-like wave
    values = values + wave
    values[50] = 420  # a day imported twice
    values[70] = 0  # the export was empty that day
    prepared = prepare(daily(values), period=7)
    assert [d.day for d in prepared.outliers] == [22, 11]  # 2024-10-22 and 2024-11-11
    assert prepared.values[50] < 200 and prepared.values[70] > 60
    assert prepared.series.values[50] == 420  # the history keeps the raw value
    assert np.array_equal(np.delete(prepared.values, [50, 70]), np.delete(values, [50, 70]))
    notice = next(n for n in prepared.notices if n.code == "outliers")
    assert "2 valeur(s) aberrante(s)" in notice.message


def test_small_counts_are_not_outliers() -> None:
    rng = np.random.default_rng(4)
    values = rng.poisson(1.2, 120).astype(float)  # réanimation admissions: 0, 1, 2, sometimes 4
    assert outlier_indices(values, period=7, counts=True) == []


def test_length_rules() -> None:
    with pytest.raises(InvalidInput, match="7 jour\\(s\\) d'historique, il en faut au moins 8"):
        prepare(daily([5.0] * 7), period=7)
    short = prepare(daily(weekly_with_noise(15)), period=7)
    assert not short.full
    assert any(n.code == "short_history" for n in short.notices)
    assert prepare(daily(weekly_with_noise(21)), period=7).full
