"""What a forecast returns: typed, JSON-ready with ``to_dict()`` (CLI, web page, API)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from relais.forecast.series import Notice, Series

LEVELS = (80, 95)


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _when(moment: datetime, hourly: bool) -> str:
    return moment.isoformat(timespec="minutes") if hourly else moment.date().isoformat()


@dataclass(frozen=True, slots=True)
class Score:
    """Backtest accuracy of one model at one lead (steps ahead); ``lead`` None: all leads."""

    model: str
    lead: int | None
    mase: float | None
    mape: float | None  # percent
    coverage_80: float | None
    coverage_95: float | None
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "lead": self.lead,
            "mase": _round(self.mase),
            "mape": _round(self.mape, 2),
            "coverage_80": _round(self.coverage_80),
            "coverage_95": _round(self.coverage_95),
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class Backtest:
    """Rolling-origin evaluation: ``origins`` forecasts from ``first_origin`` to ``last_origin``."""

    origins: int
    first_origin: datetime
    last_origin: datetime
    horizon: int  # steps forecast from each origin
    refit: str
    scores: tuple[Score, ...]
    failed: tuple[str, ...]  # models that could not be fitted (replaced by the baseline)

    def score(self, model: str, lead: int | None) -> Score | None:
        return next((s for s in self.scores if s.model == model and s.lead == lead), None)

    def to_dict(self, hourly: bool) -> dict[str, Any]:
        return {
            "origins": self.origins,
            "first_origin": _when(self.first_origin, hourly),
            "last_origin": _when(self.last_origin, hourly),
            "horizon": self.horizon,
            "refit": self.refit,
            "scores": [s.to_dict() for s in self.scores],
            "failed": list(self.failed),
        }


@dataclass(frozen=True, slots=True)
class Point:
    at: datetime
    mean: float
    low_80: float
    high_80: float
    low_95: float
    high_95: float

    def to_dict(self, hourly: bool) -> dict[str, Any]:
        return {
            "at": _when(self.at, hourly),
            "mean": round(self.mean, 2),
            "low_80": round(self.low_80, 2),
            "high_80": round(self.high_80, 2),
            "low_95": round(self.low_95, 2),
            "high_95": round(self.high_95, 2),
        }


@dataclass(frozen=True, slots=True)
class Peak:
    """A step of the forecast among the busiest; ``alert``: above the history's ``threshold``."""

    point: Point
    alert: bool

    def to_dict(self, hourly: bool) -> dict[str, Any]:
        return {**self.point.to_dict(hourly), "alert": self.alert}


@dataclass(frozen=True, slots=True, eq=False)
class SeriesForecast:
    series: Series  # the raw history
    chosen: str
    gain: float | None  # 1 - MASE(chosen) / MASE(seasonal naive) at the choosing lead
    choose_at: int | None  # None: MASE over all leads
    backtest: Backtest | None
    forecast: tuple[Point, ...]
    peaks: tuple[Peak, ...]
    threshold: float  # 90th percentile of the last year of history
    calendar: dict[str, float]  # calendar effect → multiplicative factor applied
    regressors: tuple[str, ...]  # AutoARIMA's regressors (yearly Fourier terms)
    outliers: tuple[datetime, ...]
    notices: tuple[Notice, ...]

    @property
    def hourly(self) -> bool:
        return self.series.step.per_day > 1

    def to_dict(self) -> dict[str, Any]:
        s, hourly = self.series, self.hourly
        return {
            "series": {
                "key": s.key,
                "label": s.label,
                "kind": s.kind.value,
                "step": s.step.value,
                "source": s.source,
                "start": _when(s.start, hourly),
                "end": _when(s.end, hourly),
                "length": len(s),
            },
            "history": [
                {"at": _when(s.moment(i), hourly), "value": None if v != v else float(v)}
                for i, v in enumerate(s.values.tolist())
            ],
            "chosen_model": self.chosen,
            "chosen_at_lead": self.choose_at,
            "gain_vs_seasonal_naive": _round(self.gain),
            "backtest": self.backtest.to_dict(hourly) if self.backtest else None,
            "forecast": [p.to_dict(hourly) for p in self.forecast],
            "peak_threshold": round(self.threshold, 2),
            "peaks": [p.to_dict(hourly) for p in self.peaks],
            "calendar_factors": {k: round(v, 3) for k, v in self.calendar.items()},
            "regressors": list(self.regressors),
            "outliers": [_when(m, hourly) for m in self.outliers],
            "warnings": [n.to_dict() for n in self.notices],
        }


@dataclass(frozen=True, slots=True, eq=False)
class ForecastReport:
    horizon_days: int
    weeks: int
    series: tuple[SeriesForecast, ...]
    skipped: tuple[Notice, ...]  # series that could not be forecast, and why
    seconds: dict[str, float]  # wall time of each phase: prepare, backtest, forecast

    def to_dict(self) -> dict[str, Any]:
        return {
            "horizon_days": self.horizon_days,
            "levels": list(LEVELS),
            "backtest_weeks": self.weeks,
            "series": [s.to_dict() for s in self.series],
            "skipped": [n.to_dict() for n in self.skipped],
            "seconds": {phase: round(value, 2) for phase, value in self.seconds.items()},
        }
