"""Each model of a series fitted once, then rolled forward: backtest origins and the forecast.

A model's parameters are estimated once, on the history before the first backtest origin
(statsforecast ``fit``); ``forward`` then applies them to the history up to each origin (the
model's state follows the data, its parameters do not) and, last, to the whole history for
the forecast itself. The forecast is therefore made exactly as the backtest's forecasts were,
and no model is fitted twice: this is ``cross_validation(refit=False)`` of statsforecast,
with the fitted models kept for the forecast. A model that fails to fit or to forecast is
replaced by the seasonal naive (``fallback``) at every origin and for the forecast, which the
backtest then recognises as failed.

Series run in parallel in ``n_jobs`` processes (each series is independent).
"""

import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any

import numpy as np
import pandas as pd

from relais.forecast import speedups
from relais.forecast.backtest import evaluate
from relais.forecast.jobs import Job
from relais.forecast.models import ARIMA, MSTL, fallback, make_models, model_name
from relais.forecast.result import LEVELS, Backtest


@dataclass(frozen=True, slots=True)
class Run:
    """Forecasts of every candidate model of one series (calendar-adjusted, not cut at 0)."""

    key: str
    backtest: pd.DataFrame | None  # ``ds``, ``cutoff`` and each model's columns
    scores: Backtest | None  # the backtest scored (``backtest.evaluate``)
    forecast: pd.DataFrame  # ``ds`` and each model's columns
    cpu_seconds: dict[str, float]  # per model, fit and forwards


def run_all(jobs: Sequence[Job], *, n_jobs: int = 1) -> dict[str, Run]:
    """Every job's run, in ``n_jobs`` worker processes when there are several series."""
    workers = min(n_jobs, len(jobs))
    if workers <= 1:
        return {job.key: run_one(job) for job in jobs}
    speedups.install()  # imports statsforecast once, before the workers fork

    ordered = sorted(jobs, key=lambda j: -len(j.values))  # long series first: balanced ends
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        runs = list(pool.map(run_one, ordered))
    return {run.key: run for run in runs}


def run_one(job: Job) -> Run:
    speedups.install()
    models = make_models(job.plan)
    bt_y = job.history_values(job.backtest_adjustment)
    y = job.history_values(job.adjustment)
    exog = job.regressor_values()
    cutoffs = job.cutoffs()
    backtest: dict[str, Any] = {}
    forecast: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    for model in models:
        name = model_name(model)
        began = time.process_time()
        uses_x = exog is not None and name == ARIMA
        x = exog if uses_x else None
        first = cutoffs[0] if cutoffs else len(y)
        train_y = bt_y if cutoffs else y
        window = job.plan.mstl_window if name == MSTL else None
        begin = 0 if window is None else max(0, first - window)
        try:
            fitted = model.fit(y=train_y[begin:first], X=None if x is None else x[:first])
            parts, final = _roll(fitted, job, bt_y, y, x, cutoffs, window)
        except Exception:  # statsforecast's ``fallback_model`` rule, for the whole model
            fitted = fallback(job.plan).fit(y=train_y[begin:first])
            parts, final = _roll(fitted, job, bt_y, y, None, cutoffs, window)
        for part in parts:
            for column, values in part.items():
                backtest.setdefault(f"{name}{column}", []).append(values)
        for column, values in final.items():
            forecast[f"{name}{column}"] = values
        seconds[name] = time.process_time() - began
    frame = pd.DataFrame({"ds": job.moments()[len(y) : len(y) + job.horizon], **forecast})
    tested = _backtest_frame(job, cutoffs, backtest)
    scores = None if tested is None else evaluate(tested, job)
    return Run(job.key, tested, scores, frame, seconds)


def _roll(
    fitted: Any,
    job: Job,
    bt_y: np.ndarray,
    y: np.ndarray,
    x: np.ndarray | None,
    cutoffs: Sequence[int],
    window: int | None,
) -> tuple[list[dict[str, np.ndarray]], dict[str, np.ndarray]]:
    """The backtest's forecasts from each origin, then the forecast from the last day."""
    parts = [_forward(fitted, bt_y, job.bt_horizon, x, cutoff, window) for cutoff in cutoffs]
    return parts, _forward(fitted, y, job.horizon, x, len(y), window)


def _forward(
    fitted: Any, y: np.ndarray, h: int, x: np.ndarray | None, cutoff: int, window: int | None
) -> dict[str, np.ndarray]:
    """Forecasts from ``cutoff`` (``window``: the model sees the last steps only)."""
    seen = y[:cutoff] if window is None else y[max(0, cutoff - window) : cutoff]
    past = None if x is None else x[:cutoff]
    future = None if x is None else x[cutoff : cutoff + h]
    if model_name(fitted) == MSTL:
        found = speedups.mstl_forward(fitted, seen, h, list(LEVELS))
    else:
        found = fitted.forward(y=seen, h=h, X=past, X_future=future, level=list(LEVELS))
    return _columns(found)


def _columns(found: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """statsforecast's keys (``mean``, ``lo-80``…) as column suffixes (``""``, ``-lo-80``…)."""
    out = {"": np.asarray(found["mean"], dtype=float)}
    for level in LEVELS:
        for side in ("lo", "hi"):
            out[f"-{side}-{level}"] = np.asarray(found[f"{side}-{level}"], dtype=float)
    return out


def _backtest_frame(
    job: Job, cutoffs: Sequence[int], columns: dict[str, Any]
) -> pd.DataFrame | None:
    if not cutoffs:
        return None
    moments = job.moments()
    h = job.bt_horizon
    ds = np.concatenate([moments[c : c + h].to_numpy() for c in cutoffs])
    cutoff = np.repeat(moments[[c - 1 for c in cutoffs]].to_numpy(), h)
    data = {name: np.concatenate(parts) for name, parts in columns.items()}
    return pd.DataFrame({"unique_id": job.key, "ds": ds, "cutoff": cutoff, **data})
