"""The backtest of a series as table rows (the « Pilotage » page): one row per model."""

from dataclasses import dataclass

from relais.forecast.labels import model_label
from relais.forecast.models import NAIVE
from relais.forecast.result import SeriesForecast


@dataclass(frozen=True, slots=True)
class BacktestRow:
    model: str
    label: str
    chosen: bool
    mase: tuple[float | None, ...]  # at each of ``leads`` then over all leads
    ratio: float | None  # MASE ÷ the seasonal naive's, at the choosing lead
    mape: float | None  # percent, at the choosing lead
    coverage_80: float | None  # over all leads
    coverage_95: float | None


def backtest_leads(result: SeriesForecast) -> tuple[int, ...]:
    if result.backtest is None:
        return ()
    return tuple(sorted({s.lead for s in result.backtest.scores if s.lead is not None}))


def backtest_rows(result: SeriesForecast) -> list[BacktestRow]:
    backtest = result.backtest
    if backtest is None:
        return []
    leads = [*backtest_leads(result), None]
    naive = backtest.score(NAIVE, result.choose_at)
    rows = []
    for model in dict.fromkeys(s.model for s in backtest.scores):
        scores = [backtest.score(model, lead) for lead in leads]
        at_choice = backtest.score(model, result.choose_at)
        overall = backtest.score(model, None)
        ratio = None
        if at_choice and at_choice.mase is not None and naive and naive.mase:
            ratio = at_choice.mase / naive.mase
        rows.append(
            BacktestRow(
                model=model,
                label=model_label(model),
                chosen=model == result.chosen,
                mase=tuple(None if s is None else s.mase for s in scores),
                ratio=ratio,
                mape=at_choice.mape if at_choice else None,
                coverage_80=overall.coverage_80 if overall else None,
                coverage_95=overall.coverage_95 if overall else None,
            )
        )
    return rows
