"""One series made ready for statsforecast: its plan, training values, regressors, backtest size.

The backtest makes ``windows`` forecasts of ``bt_horizon`` steps from origins one cycle step
apart (every day, or every midnight for hours) over the last ``weeks`` weeks. A series that
cannot hold them all with two weeks of training before the first origin gets fewer (and the
horizon shrinks to what fits, at least a week).
"""

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from relais.forecast.calendar import calendar_frame
from relais.forecast.models import HOURLY_WEEKS, Plan, plan_for
from relais.forecast.prepare import Prepared
from relais.forecast.series import Notice, Step, Values

MIN_TRAIN_DAYS = 14
MAX_DAILY_HISTORY = 3 * 365  # the models see at most three years (plus the backtest span)
YEARLY_HARMONICS = 3


@dataclass(frozen=True, slots=True, eq=False)
class Job:
    prepared: Prepared
    plan: Plan
    start: datetime  # of ``values``
    values: Values  # what the models are fitted on (prepared, possibly cut)
    horizon: int  # steps to forecast
    bt_horizon: int  # steps forecast from each backtest origin (0: no backtest)
    windows: int
    regressors: tuple[str, ...]
    calendar: pd.DataFrame  # regressors for ``values`` then ``horizon`` further steps
    notices: tuple[Notice, ...]

    @property
    def key(self) -> str:
        return self.prepared.series.key

    @property
    def step(self) -> Step:
        return self.prepared.series.step

    @property
    def first_origin_index(self) -> int:
        """Index in ``values`` of the first backtest origin (the last step it is fitted on)."""
        return len(self.values) - self.bt_horizon - (self.windows - 1) * self.plan.origin_step - 1

    def index(self) -> pd.DatetimeIndex:
        return pd.date_range(self.start, periods=len(self.values), freq=self.step.freq)

    def history_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame({"unique_id": self.key, "ds": self.index(), "y": self.values})
        for name in self.regressors:
            frame[name] = self.calendar[name].to_numpy()[: len(self.values)]
        return frame

    def future_frame(self) -> pd.DataFrame:
        moments = pd.date_range(
            self.start, periods=len(self.values) + self.horizon, freq=self.step.freq
        )
        frame = pd.DataFrame({"unique_id": self.key, "ds": moments[len(self.values) :]})
        for name in self.regressors:
            frame[name] = self.calendar[name].to_numpy()[len(self.values) :]
        return frame


def make_job(prepared: Prepared, *, horizon_days: int, weeks: int, school_zone: str | None) -> Job:
    step = prepared.series.step
    per_day = step.per_day
    values = prepared.values
    start = prepared.series.start
    span = weeks * 7 * per_day
    keep = (HOURLY_WEEKS * 7 * 24 if step is Step.HOUR else MAX_DAILY_HISTORY) + span
    if len(values) > keep:
        start += (len(values) - keep) * step.delta
        values = values[-keep:]
    horizon = horizon_days * per_day
    bt_horizon, windows = _backtest_size(len(values), prepared.full, horizon, span, step)
    first_train = len(values) - bt_horizon - (windows - 1) * (24 if step is Step.HOUR else 1)
    plan = plan_for(step, full=prepared.full, first_train=first_train)
    moments = pd.date_range(start, periods=len(values) + horizon, freq=step.freq)
    notices: list[Notice] = list(prepared.notices)
    calendar = pd.DataFrame(index=moments)
    regressors: tuple[str, ...] = ()
    if plan.arima:
        calendar, calendar_notices = calendar_frame(moments, school_zone=school_zone)
        notices.extend(calendar_notices)
        if plan.yearly:
            _add_fourier(calendar, moments)
        regressors = _useful(calendar, first_train)
    return Job(
        prepared,
        plan,
        start,
        values,
        horizon,
        bt_horizon,
        windows,
        regressors,
        calendar,
        tuple(notices),
    )


def _backtest_size(length: int, full: bool, horizon: int, span: int, step: Step) -> tuple[int, int]:
    if not full:
        return 0, 0
    per_day = step.per_day
    origin_step = 24 if step is Step.HOUR else 1
    longest_lead = 168 if step is Step.HOUR else 14
    available = length - MIN_TRAIN_DAYS * per_day
    bt_horizon = min(max(horizon, longest_lead), available)
    windows = max(1, min(span - bt_horizon, available - bt_horizon) // origin_step + 1)
    return bt_horizon, windows


def _add_fourier(calendar: pd.DataFrame, moments: pd.DatetimeIndex) -> None:
    days = (moments - pd.Timestamp("2000-01-01")).total_seconds().to_numpy() / 86400
    for k in range(1, YEARLY_HARMONICS + 1):
        angle = 2 * math.pi * k * days / 365.25
        calendar[f"annee_sin_{k}"] = np.sin(angle)
        calendar[f"annee_cos_{k}"] = np.cos(angle)


def _useful(calendar: pd.DataFrame, first_train: int) -> tuple[str, ...]:
    """Regressors that vary in the first training window (at least two steps off the mode)."""
    kept = []
    for name in calendar.columns:
        seen = calendar[name].to_numpy()[:first_train]
        values, counts = np.unique(seen, return_counts=True)
        if values.size > 1 and seen.size - counts.max() >= 2:
            kept.append(str(name))
    return tuple(kept)
