"""Backtests, model choice and forecasts on series whose best forecast is known."""

from datetime import datetime, timedelta

import numpy as np
import pytest

from relais.errors import InvalidInput
from relais.forecast.engine import forecast_series
from relais.forecast.models import ENSEMBLE, NAIVE
from relais.forecast.result import ForecastReport, SeriesForecast
from tests.forecast.helpers import daily, seasonal_random_walk, weekly_with_noise

DAYS = 182


@pytest.fixture(scope="module")
def report() -> ForecastReport:
    series = [
        daily(weekly_with_noise(DAYS), key="weekly"),
        daily(seasonal_random_walk(DAYS), key="seasonal_walk"),
        daily(weekly_with_noise(15, seed=3), key="short"),
    ]
    return forecast_series(series, horizon_days=14, weeks=8)


def by_key(report: ForecastReport, key: str) -> SeriesForecast:
    return next(s for s in report.series if s.series.key == key)


def test_a_weekly_pattern_with_noise_beats_the_seasonal_naive(report: ForecastReport) -> None:
    result = by_key(report, "weekly")
    backtest = result.backtest
    assert backtest is not None
    assert (backtest.origins, backtest.horizon) == (43, 14)
    assert backtest.last_origin == datetime(2024, 9, 2) + timedelta(days=DAYS - 15)
    assert result.chosen != NAIVE and result.choose_at == 7
    chosen, naive = backtest.score(result.chosen, 7), backtest.score(NAIVE, 7)
    assert chosen is not None and naive is not None
    assert chosen.mase is not None and naive.mase is not None
    assert chosen.mase <= 0.85 * naive.mase
    assert result.gain == pytest.approx(1 - chosen.mase / naive.mase)
    assert {s.model for s in backtest.scores} == {NAIVE, "AutoETS", "AutoARIMA", "MSTL", ENSEMBLE}


def test_same_day_last_week_is_the_best_on_a_seasonal_random_walk(report: ForecastReport) -> None:
    backtest = by_key(report, "seasonal_walk").backtest
    assert backtest is not None
    for lead in (1, 7):
        naive = backtest.score(NAIVE, lead)
        assert naive is not None and naive.mase == pytest.approx(1.0, abs=0.25)
    assert all(s.mase is not None and s.mase > 0.75 for s in backtest.scores if s.lead == 7)


def test_scores_are_consistent(report: ForecastReport) -> None:
    for result in report.series:
        for score in result.backtest.scores if result.backtest else ():
            assert score.coverage_80 is not None and score.coverage_95 is not None
            assert score.coverage_95 >= score.coverage_80  # the 95 % interval holds the 80 %
            assert score.count == (43 if score.lead else 43 * 14)


def test_forecast_points_and_intervals(report: ForecastReport) -> None:
    result = by_key(report, "weekly")
    assert [p.at for p in result.forecast] == [
        datetime(2024, 9, 2) + timedelta(days=DAYS + i) for i in range(14)
    ]
    for p in result.forecast:
        assert 0 <= p.low_95 <= p.low_80 <= p.mean <= p.high_80 <= p.high_95
    mondays = [p.mean for p in result.forecast if p.at.weekday() == 0]
    sundays = [p.mean for p in result.forecast if p.at.weekday() == 6]
    assert min(mondays) > max(sundays)  # the weekday profile is forecast
    assert len(result.peaks) == 3 and all(p.point.at.weekday() == 0 for p in result.peaks[:2])


def test_a_short_history_falls_back_to_the_seasonal_naive(report: ForecastReport) -> None:
    result = by_key(report, "short")
    assert (result.chosen, result.backtest, result.gain) == (NAIVE, None, None)
    assert any(n.code == "short_history" for n in result.notices)
    values = result.series.values
    assert [p.mean for p in result.forecast[:7]] == values[-7:].tolist()


def test_json_shape(report: ForecastReport) -> None:
    data = report.to_dict()
    weekly = next(s for s in data["series"] if s["series"]["key"] == "weekly")
    assert weekly["chosen_model"] == by_key(report, "weekly").chosen
    assert len(weekly["history"]) == DAYS and len(weekly["forecast"]) == 14
    assert set(weekly["forecast"][0]) == {"at", "mean", "low_80", "high_80", "low_95", "high_95"}
    assert weekly["backtest"]["origins"] == 43 and data["levels"] == [80, 95]


@pytest.mark.parametrize(
    ("horizon", "weeks", "message"),
    [(0, 8, "entre 1 et 90 jours"), (91, 8, "entre 1 et 90 jours"), (14, 0, "entre 1 et 52")],
)
def test_bad_settings(horizon: int, weeks: int, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        forecast_series([daily(weekly_with_noise(30))], horizon_days=horizon, weeks=weeks)


def test_calendar_regressors_follow_the_french_holidays() -> None:
    values = weekly_with_noise(120, seed=5)
    start = datetime(2024, 9, 2)
    for offset in (60, 70):  # 1 and 11 November 2024: fewer arrivals, like a Sunday
        values[offset] = 105
    result = forecast_series([daily(values, start=start)], horizon_days=3, weeks=2).series[0]
    assert "jour_ferie" in result.regressors and "lendemain_ferie" in result.regressors
    assert "vacances_scolaires" in result.regressors  # Toussaint and Christmas breaks
    assert np.isfinite([p.mean for p in result.forecast]).all()
