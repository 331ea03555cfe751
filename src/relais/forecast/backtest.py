"""Scores of the rolling-origin backtest (``fitting`` makes its forecasts): MASE, MAPE and
interval coverage per model and lead, the ensemble, the calendar factors put back.

Each model's parameters are estimated once, on the history before the first origin, then the
model rolls forward with the data (its state updated, its parameters not): no forecast ever
sees a value after its origin.
"""

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from relais.forecast.jobs import Job
from relais.forecast.metrics import coverage, mape, mase, naive_scale
from relais.forecast.models import ENSEMBLE, NAIVE
from relais.forecast.result import LEVELS, Backtest, Score
from relais.forecast.series import Values


def model_columns(name: str) -> list[str]:
    return [name] + [f"{name}-{side}-{level}" for level in LEVELS for side in ("lo", "hi")]


def failed_models(frame: pd.DataFrame, fitted: Sequence[str]) -> tuple[str, ...]:
    """Fitted models whose forecasts are the baseline's: they failed and were replaced."""
    naive = frame[NAIVE].to_numpy()
    return tuple(m for m in fitted if np.allclose(frame[m].to_numpy(), naive))


def add_ensemble(frame: pd.DataFrame, members: Sequence[str]) -> None:
    for base, column in zip(
        model_columns(ENSEMBLE), zip(*map(model_columns, members), strict=True), strict=True
    ):
        frame[base] = np.mean([frame[name].to_numpy() for name in column], axis=0)


def clip(frame: pd.DataFrame, models: Sequence[str]) -> None:
    """Counts and beds cannot be negative: forecasts and bounds are cut at 0."""
    for model in models:
        for column in model_columns(model):
            frame[column] = np.maximum(frame[column].to_numpy(), 0.0)


def restore(frame: pd.DataFrame, job: Job, models: Sequence[str], multipliers: Values) -> None:
    """Undo the calendar adjustment: forecasts times their day's factor (in place)."""
    factor = multipliers[job.positions(frame["ds"])]
    for model in models:
        for column in model_columns(model):
            frame[column] = frame[column].to_numpy() * factor


def evaluate(cv: pd.DataFrame, job: Job) -> Backtest:
    plan = job.plan
    frame = cv.copy()
    restore(frame, job, [NAIVE, *plan.fitted], job.multipliers(job.backtest_adjustment))
    frame["y"] = job.values[job.positions(frame["ds"])]
    failed = failed_models(frame, plan.fitted)
    members = [m for m in plan.fitted if m not in failed]
    if members:
        add_ensemble(frame, members)
    models = [m for m in plan.candidates if m not in failed and (m != ENSEMBLE or members)]
    clip(frame, models)
    gap = pd.to_datetime(frame["ds"]).to_numpy() - pd.to_datetime(frame["cutoff"]).to_numpy()
    frame["lead"] = np.rint(gap / np.timedelta64(job.step.delta)).astype(int)
    scale = naive_scale(job.values[: job.first_train], season=plan.season)
    leads: list[int | None] = [lead for lead in plan.leads if lead <= job.bt_horizon]
    rows: dict[int | None, pd.DataFrame] = {lead: frame[frame["lead"] == lead] for lead in leads}
    rows[None] = frame
    scores = [_score(rows[lead], m, lead, scale) for m in models for lead in [*leads, None]]
    cutoffs = frame["cutoff"]
    return Backtest(
        origins=int(cutoffs.nunique()),
        first_origin=cutoffs.min().to_pydatetime(),
        last_origin=cutoffs.max().to_pydatetime(),
        horizon=job.bt_horizon,
        refit="parameters estimated once before the first origin, state updated at each origin",
        scores=tuple(scores),
        failed=failed,
    )


def _score(rows: pd.DataFrame, model: str, lead: int | None, scale: float | None) -> Score:
    """``rows``: the backtest's forecasts at ``lead`` (all of them for None)."""
    actual = rows["y"].to_numpy(dtype=float)

    def column(name: str) -> Any:
        return rows[name].to_numpy(dtype=float)

    predicted = column(model)
    return Score(
        model=model,
        lead=lead,
        mase=mase(actual, predicted, scale=scale),
        mape=mape(actual, predicted),
        coverage_80=coverage(actual, column(f"{model}-lo-80"), column(f"{model}-hi-80")),
        coverage_95=coverage(actual, column(f"{model}-lo-95"), column(f"{model}-hi-95")),
        count=int(actual.size),
    )
