"""Each model fitted once and rolled forward: the backtest is statsforecast's own
``cross_validation(refit=False)``, no forecast sees past its origin, the forecast reuses the
backtest's parameters, workers change nothing, a failing model gives way to the baseline."""

import dataclasses
from typing import Any

import numpy as np
import pandas as pd
import pytest

from relais.forecast import fitting, speedups
from relais.forecast.engine import forecast_series
from relais.forecast.jobs import Job, make_job
from relais.forecast.models import ARIMA, ETS, NAIVE, make_models
from relais.forecast.prepare import prepare
from tests.forecast.helpers import daily, weekly_with_noise

LEVELS = [80, 95]


def job_of(values: np.ndarray, *, key: str = "test", weeks: int = 2) -> Job:
    prepared = prepare(daily(values, key=key), period=7)
    return make_job(prepared, horizon_days=14, weeks=weeks, school_zone=None)


@pytest.fixture(scope="module")
def job() -> Job:
    return job_of(weekly_with_noise(84, seed=4))


@pytest.fixture(scope="module")
def run(job: Job) -> fitting.Run:
    return fitting.run_one(job)


def columns(name: str) -> list[str]:
    return [name] + [f"{name}-{side}-{level}" for level in LEVELS for side in ("lo", "hi")]


def test_the_backtest_is_statsforecast_cross_validation_without_refit(
    job: Job, run: fitting.Run
) -> None:
    from statsforecast import StatsForecast

    models = [m for m in make_models(job.plan) if repr(m) in (NAIVE, ETS, ARIMA)]
    cv = StatsForecast(models=models, freq="D").cross_validation(
        df=job.history_frame(job.backtest_adjustment),
        h=job.bt_horizon,
        n_windows=job.windows,
        step_size=job.plan.origin_step,
        level=LEVELS,
        refit=False,
    )
    ours = run.backtest
    assert ours is not None and len(ours) == len(cv) == job.windows * job.bt_horizon
    assert (ours["ds"].to_numpy() == cv["ds"].to_numpy()).all()
    assert (ours["cutoff"].to_numpy() == cv["cutoff"].to_numpy()).all()
    for name in (NAIVE, ETS, ARIMA):
        for column in columns(name):
            assert np.allclose(ours[column], cv[column], rtol=1e-6), column


def test_no_forecast_sees_past_its_origin(job: Job, run: fitting.Run) -> None:
    cutoffs = job.cutoffs()
    changed = job.values.copy()
    middle = cutoffs[len(cutoffs) // 2]
    changed[middle:] *= 3  # a wave after the middle origin
    other = fitting.run_one(dataclasses.replace(job, values=changed))
    assert run.backtest is not None and other.backtest is not None
    before = run.backtest["cutoff"] < job.moments()[middle]
    model_columns = [c for c in run.backtest.columns if c not in ("unique_id", "ds", "cutoff")]
    pd.testing.assert_frame_equal(
        run.backtest.loc[before, model_columns], other.backtest.loc[before, model_columns]
    )
    assert not np.allclose(run.forecast[ETS], other.forecast[ETS])


def test_the_forecast_rolls_the_backtests_model_to_the_last_day(job: Job, run: fitting.Run) -> None:
    (ets,) = [m for m in make_models(job.plan) if repr(m) == ETS]
    first = job.cutoffs()[0]
    fitted = ets.fit(y=job.history_values(job.backtest_adjustment)[:first])
    expected = fitted.forward(y=job.history_values(job.adjustment), h=job.horizon, level=LEVELS)
    assert np.allclose(run.forecast[ETS], expected["mean"])
    assert np.allclose(run.forecast[f"{ETS}-hi-95"], expected["hi-95"])
    assert len(run.forecast) == job.horizon == 14


def test_workers_give_the_same_runs(job: Job) -> None:
    jobs = [job, job_of(weekly_with_noise(70, seed=8), key="other")]
    serial = fitting.run_all(jobs, n_jobs=1)
    parallel = fitting.run_all(jobs, n_jobs=2)
    for key, one in serial.items():
        pd.testing.assert_frame_equal(one.forecast, parallel[key].forecast)
        assert one.scores == parallel[key].scores


def test_a_model_that_cannot_be_fitted_gives_way_to_the_seasonal_naive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from statsforecast.models import AutoETS

    class Broken(AutoETS):  # type: ignore[misc]
        def fit(self, y: np.ndarray, X: Any = None) -> Any:  # noqa: N803 (library's name)
            raise ValueError("non convergence")

    def models(plan: Any, names: Any = None) -> list[Any]:
        return [Broken(season_length=7) if repr(m) == ETS else m for m in make_models(plan)]

    monkeypatch.setattr(fitting, "make_models", models)
    report = forecast_series([daily(weekly_with_noise(84, seed=4))], horizon_days=7, weeks=2)
    (result,) = report.series
    assert result.backtest is not None and result.backtest.failed == (ETS,)
    assert ETS not in {s.model for s in result.backtest.scores}
    assert any(n.code == "model_failed" for n in result.notices)


def test_a_model_that_fails_at_one_origin_is_replaced_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from statsforecast.models import AutoETS

    class Fragile(AutoETS):  # type: ignore[misc]
        def forward(self, y: np.ndarray, h: int, **options: Any) -> Any:
            if len(y) > 65:  # the last origins (57 to 70 days seen) and the forecast
                raise np.linalg.LinAlgError("singular matrix")
            return super().forward(y=y, h=h, **options)

    def models(plan: Any, names: Any = None) -> list[Any]:
        return [Fragile(season_length=7) if repr(m) == ETS else m for m in make_models(plan)]

    monkeypatch.setattr(fitting, "make_models", models)
    run = fitting.run_one(job_of(weekly_with_noise(84, seed=4)))
    assert run.scores is not None and run.scores.failed == (ETS,)
    assert np.allclose(run.forecast[ETS], run.forecast[NAIVE])


def test_memoised_quantiles_are_the_same_numbers() -> None:
    from scipy import stats
    from statsforecast import distributions
    from statsforecast.utils import _quantiles

    speedups.install()
    speedups.install()  # idempotent
    patched = distributions.frozen_error_distribution
    assert getattr(patched, speedups.MARK)
    assert patched(1.0, "normal") is patched(1.0, "normal")
    assert patched(1.0, "t", {"df": 5}).ppf(0.9) == pytest.approx(stats.t(df=5).ppf(0.9))
    assert np.allclose(_quantiles(np.array([80, 95])), stats.norm.ppf([0.9, 0.975]))


@pytest.mark.parametrize("seasons", [[7], [24, 168]])
def test_mstl_forward_without_pandas_gives_the_library_s_numbers(seasons: list[int]) -> None:
    from statsforecast.models import MSTL, AutoETS

    rng = np.random.default_rng(3)
    n = 4 * max(seasons) + 40
    t = np.arange(n)
    y = 50 + 0.02 * t + sum(5 * np.sin(2 * np.pi * t / s) for s in seasons) + rng.normal(0, 2, n)
    model = MSTL(season_length=seasons, trend_forecaster=AutoETS(model="AZN"))
    model.fit(y=y[: n - 30])
    for cutoff in (n - 30, n - 11, n):
        expected = model.forward(y=y[:cutoff], h=14, level=LEVELS)
        found = speedups.mstl_forward(model, y[:cutoff], 14, LEVELS)
        assert found.keys() == expected.keys()
        for key, values in expected.items():
            np.testing.assert_allclose(found[key], values, rtol=1e-12, atol=1e-12)
