"""Backtests, model choice and forecasts on series whose best forecast is known."""

from datetime import datetime, timedelta

import numpy as np
import pytest

from relais.errors import InvalidInput
from relais.forecast.engine import forecast_series
from relais.forecast.models import ENSEMBLE, NAIVE
from relais.forecast.result import ForecastReport, SeriesForecast
from relais.forecast.series import Kind, Series, Step
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


def test_public_holidays_are_forecast_like_the_past_ones() -> None:
    start = datetime(2023, 6, 5)
    values = weekly_with_noise(199, seed=5)  # to 20 December 2023
    for holiday in ("2023-07-14", "2023-08-15", "2023-11-01", "2023-11-11"):
        offset = (datetime.fromisoformat(holiday) - start).days
        values[offset] = round(values[offset] * 0.75)  # quieter, like a Sunday
    result = forecast_series([daily(values, start=start)], horizon_days=14, weeks=2).series[0]
    assert result.calendar["jour_ferie"] == pytest.approx(0.75, abs=0.08)
    by_day = {p.at.date().isoformat(): p for p in result.forecast}
    for holiday in ("2023-12-25", "2024-01-01"):  # two Mondays
        assert by_day[holiday].mean < 0.85 * 140
        assert by_day[holiday].high_95 < by_day["2023-12-26"].high_95
    assert by_day["2023-12-26"].mean > 115  # an ordinary Tuesday


def test_hourly_arrivals_follow_the_daily_profile() -> None:
    rng = np.random.default_rng(6)
    hours = 24 * 28
    profile = np.resize(
        [2, 2, 1, 1, 1, 2, 3, 5, 8, 9, 9, 8, 8, 8, 8, 8, 7, 7, 7, 6, 5, 4, 3, 2], hours
    )
    series = Series(
        key="arrivals:total:heure",
        label="Arrivées aux urgences",
        kind=Kind.ARRIVALS,
        step=Step.HOUR,
        start=datetime(2024, 9, 2),
        values=rng.poisson(profile).astype(float),
    )
    (result,) = forecast_series([series], horizon_days=1, weeks=3).series
    assert result.backtest is not None and result.backtest.horizon == 168
    assert {s.lead for s in result.backtest.scores} == {1, 24, 168, None}
    assert result.choose_at is None  # chosen on all leads: one value per origin and lead is too few
    assert [p.at.hour for p in result.forecast] == list(range(24))
    assert result.forecast[0].at == datetime(2024, 9, 30)
    means = [p.mean for p in result.forecast]
    assert max(means[2:5]) < min(means[9:12])  # night quieter than late morning
