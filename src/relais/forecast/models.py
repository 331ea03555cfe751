"""Which statsforecast models a series gets, and how it is backtested (its ``Plan``).

Days: seasonal naive (same weekday last week, the baseline), AutoETS (weekly season),
AutoARIMA (weekly season, small orders), MSTL (weekly season over the last year, ETS trend),
and the ensemble, mean of the three fitted models; all of them fitted on the
calendar-adjusted series (``adjust``). The searches are cut where the backtest lost nothing
and the CPU time halved (the constants below; figures in docs/forecasting.md, "Time").
When the backtest's first training window holds two years, the yearly season enters as
Fourier terms, regressors of AutoARIMA (``yearly``), rather than as a second MSTL
season: MSTL's yearly decomposition costs about a second per refit here, forty seconds per
series over a backtest. Hours: seasonal naive on last week's same hour, AutoETS (daily season),
MSTL (daily and weekly seasons, ETS trend); no ARIMA (minutes per series) and no calendar
adjustment; the history is cut to its last ``HOURLY_WEEKS`` weeks plus the backtest, and the
model is chosen on its MASE over the whole backtest horizon (a week of hours: one lead alone
has one value per origin, too few to choose on).
"""

from dataclasses import dataclass
from typing import Any

from relais.forecast.series import Step

NAIVE = "SeasonalNaive"
ETS = "AutoETS"
ARIMA = "AutoARIMA"
MSTL = "MSTL"
ENSEMBLE = "Ensemble"
HOURLY_WEEKS = 8
YEAR = 365
# The search spaces, cut where the backtest showed no loss (docs/forecasting.md, "Time"):
ETS_SPACE = "AZZ"  # additive errors; trend and season chosen (multiplicative errors never won)
MSTL_TREND = "AZN"  # MSTL's trend: ETS with additive errors, no season
ARIMA_MODELS = 8  # models tried by AutoARIMA's stepwise search (library default 94)
STL_JUMPS = (("seasonal_jump", 2), ("trend_jump", 2), ("low_pass_jump", 1))  # R's stl defaults
MSTL_DAYS = 52 * 7  # MSTL's window: a year of weekly cycles (a quarter less CPU, same MASE)


@dataclass(frozen=True, slots=True)
class Plan:
    step: Step
    season: int  # of the seasonal naive baseline, and of the MASE scale
    ets_season: int
    mstl_seasons: tuple[int, ...]
    yearly: bool  # yearly Fourier terms among the regressors
    arima: bool
    leads: tuple[int, ...]  # steps ahead reported by the backtest
    choose_at: int | None  # the lead whose MASE chooses the model; None: all leads
    origin_step: int  # steps between two forecast origins of the backtest
    full: bool  # False: seasonal naive only (short history)
    mstl_window: int | None = None  # MSTL decomposes the last steps only (None: all)

    @property
    def fitted(self) -> tuple[str, ...]:
        """The models averaged by the ensemble."""
        if not self.full:
            return ()
        return (ETS, ARIMA, MSTL) if self.arima else (ETS, MSTL)

    @property
    def candidates(self) -> tuple[str, ...]:
        return (NAIVE, *self.fitted, ENSEMBLE) if self.full else (NAIVE,)

    @property
    def signature(self) -> tuple[object, ...]:
        return (self.step, self.season, self.mstl_seasons, self.yearly, self.arima, self.full)


def plan_for(step: Step, *, full: bool, first_train: int) -> Plan:
    """``first_train``: steps of history before the first backtest origin."""
    if step is Step.DAY:
        yearly = first_train >= 2 * YEAR
        return Plan(step, 7, 7, (7,), yearly, True, (1, 7, 14), 7, 1, full, MSTL_DAYS)
    return Plan(step, 168, 24, (24, 168), False, False, (1, 24, 168), None, 24, full)


def make_models(plan: Plan, names: tuple[str, ...] | None = None) -> list[Any]:
    """statsforecast model objects for ``plan`` (all, or only ``names``)."""
    from statsforecast import models as sf

    wanted = set(plan.candidates if names is None else names) - {ENSEMBLE}
    models: list[Any] = [sf.SeasonalNaive(season_length=plan.season)]
    if ETS in wanted:
        models.append(sf.AutoETS(season_length=plan.ets_season, model=ETS_SPACE))
    if ARIMA in wanted:
        models.append(_arima(plan.season))
    if MSTL in wanted:
        trend = sf.AutoETS(model=MSTL_TREND)
        models.append(
            sf.MSTL(
                season_length=list(plan.mstl_seasons),
                trend_forecaster=trend,
                stl_kwargs=dict(STL_JUMPS),
            )
        )
    return models


def model_name(model: Any) -> str:
    """The name statsforecast gives a model object (``AutoETS``…): its ``repr``."""
    return repr(model)


def fallback(plan: Plan) -> Any:
    from statsforecast.models import SeasonalNaive

    return SeasonalNaive(season_length=plan.season)


def _arima(season: int) -> Any:
    from statsforecast.models import AutoARIMA

    return AutoARIMA(
        season_length=season,
        max_p=2,
        max_q=2,
        max_P=1,
        max_Q=1,
        approximation=True,
        nmodels=ARIMA_MODELS,
    )
