"""One series made ready for statsforecast: plan, training values, calendar, backtest size.

The backtest makes ``windows`` forecasts of ``bt_horizon`` steps from origins one cycle step
apart (every day, or every midnight for hours) over the last ``weeks`` weeks (hours: the
last ``MAX_HOURLY_ORIGINS`` midnights at most). A series that cannot hold them all with two
weeks of training before the first origin gets fewer (and the horizon shrinks to what fits,
at least a week). Daily series get the calendar adjustment (``adjust``), estimated before the
first origin for the backtest and on the whole history for the forecast.
"""

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import numpy.typing as npt
import pandas as pd

from relais.forecast.adjust import Adjustment, estimate
from relais.forecast.calendar import calendar_frame
from relais.forecast.models import HOURLY_WEEKS, Plan, plan_for
from relais.forecast.prepare import Prepared
from relais.forecast.series import Notice, Step, Values

MIN_TRAIN_DAYS = 14
MAX_HOURLY_ORIGINS = 14  # MSTL re-decomposes 2 000+ hours at each origin (~1 s)
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
    calendar: pd.DataFrame  # one row per step of ``values`` then ``horizon`` further steps
    backtest_adjustment: Adjustment  # estimated before the first origin
    adjustment: Adjustment  # estimated on the whole history
    regressors: tuple[str, ...]  # AutoARIMA's: yearly Fourier terms, when ``plan.yearly``
    notices: tuple[Notice, ...]

    @property
    def key(self) -> str:
        return self.prepared.series.key

    @property
    def step(self) -> Step:
        return self.prepared.series.step

    @property
    def first_train(self) -> int:
        """Steps of history up to the first backtest origin (included)."""
        return len(self.values) - self.bt_horizon - (self.windows - 1) * self.plan.origin_step

    def multipliers(self, adjustment: Adjustment) -> Values:
        return adjustment.multipliers(self.calendar)

    def history_frame(self, adjustment: Adjustment) -> pd.DataFrame:
        """Long format, values divided by their calendar factors."""
        n = len(self.values)
        index = pd.date_range(self.start, periods=n, freq=self.step.freq)
        y = self.values / self.multipliers(adjustment)[:n]
        frame = pd.DataFrame({"unique_id": self.key, "ds": index, "y": y})
        for name in self.regressors:
            frame[name] = self.calendar[name].to_numpy()[:n]
        return frame

    def future_frame(self) -> pd.DataFrame:
        n = len(self.values)
        moments = pd.date_range(self.start, periods=n + self.horizon, freq=self.step.freq)
        frame = pd.DataFrame({"unique_id": self.key, "ds": moments[n:]})
        for name in self.regressors:
            frame[name] = self.calendar[name].to_numpy()[n:]
        return frame

    def moments(self) -> pd.DatetimeIndex:
        """The steps of ``values`` then of the forecast (the rows of ``calendar``)."""
        return pd.date_range(
            self.start, periods=len(self.values) + self.horizon, freq=self.step.freq
        )

    def history_values(self, adjustment: Adjustment) -> Values:
        """``values`` divided by their calendar factors (what the models are fitted on)."""
        return self.values / self.multipliers(adjustment)[: len(self.values)]

    def regressor_values(self) -> npt.NDArray[np.float64] | None:
        """AutoARIMA's regressors, one row per step of ``calendar``; None without any."""
        if not self.regressors:
            return None
        return self.calendar[list(self.regressors)].to_numpy(dtype=float)

    def cutoffs(self) -> list[int]:
        """Backtest origins: the number of steps of history each forecast sees."""
        if not self.bt_horizon:
            return []
        step = self.plan.origin_step
        return [self.first_train + i * step for i in range(self.windows)]

    def positions(self, moments: "pd.Series[pd.Timestamp]") -> npt.NDArray[np.int64]:
        """Row numbers in ``calendar`` of the given timestamps."""
        gap = pd.to_datetime(moments).to_numpy() - np.datetime64(self.start)
        return np.rint(gap / np.timedelta64(self.step.delta)).astype(int)


def make_job(prepared: Prepared, *, horizon_days: int, weeks: int, school_zone: str | None) -> Job:
    step = prepared.series.step
    values, start = prepared.values, prepared.series.start
    span = weeks * 7 * step.per_day
    keep = (HOURLY_WEEKS * 7 * 24 if step is Step.HOUR else MAX_DAILY_HISTORY) + span
    if len(values) > keep:
        start += (len(values) - keep) * step.delta
        values = values[-keep:]
    horizon = horizon_days * step.per_day
    bt_horizon, windows = _backtest_size(len(values), prepared.full, horizon, span, step)
    origin_step = 24 if step is Step.HOUR else 1
    first_train = len(values) - bt_horizon - (windows - 1) * origin_step
    plan = plan_for(step, full=prepared.full, first_train=first_train)
    moments = pd.date_range(start, periods=len(values) + horizon, freq=step.freq)
    notices = list(prepared.notices)
    calendar = pd.DataFrame(index=moments)
    backtest_adjustment = adjustment = Adjustment()
    if step is Step.DAY:
        calendar, calendar_notices = calendar_frame(moments, school_zone=school_zone)
        notices.extend(calendar_notices)
        backtest_adjustment = estimate(values[:first_train], calendar.iloc[:first_train])
        adjustment = estimate(values, calendar.iloc[: len(values)])
    regressors: tuple[str, ...] = ()
    if plan.yearly:
        regressors = _add_fourier(calendar, moments)
    return Job(
        prepared,
        plan,
        start,
        values,
        horizon,
        bt_horizon,
        windows,
        calendar,
        backtest_adjustment,
        adjustment,
        regressors,
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
    if step is Step.HOUR:
        windows = min(windows, MAX_HOURLY_ORIGINS)
    return bt_horizon, windows


def _add_fourier(calendar: pd.DataFrame, moments: pd.DatetimeIndex) -> tuple[str, ...]:
    days = (moments - pd.Timestamp("2000-01-01")).total_seconds().to_numpy() / 86400
    names = []
    for k in range(1, YEARLY_HARMONICS + 1):
        angle = 2 * math.pi * k * days / 365.25
        for name, values in ((f"annee_sin_{k}", np.sin(angle)), (f"annee_cos_{k}", np.cos(angle))):
            calendar[name] = values
            names.append(name)
    return tuple(names)
