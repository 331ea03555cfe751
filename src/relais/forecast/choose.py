"""The model of a series: the lowest backtest MASE at the choosing lead (seven days; for
hours, over all leads)."""

from relais.forecast.models import NAIVE
from relais.forecast.result import Backtest


def choosing_lead(backtest: Backtest, wanted: int | None) -> int | None:
    """``wanted``, or the longest lead the backtest reached when it is shorter."""
    if wanted is None:
        return None
    leads = sorted({s.lead for s in backtest.scores if s.lead is not None})
    shorter = [lead for lead in leads if lead <= wanted]
    return shorter[-1] if shorter else leads[0]


def choose(backtest: Backtest, lead: int | None) -> tuple[str, float | None]:
    """The best model at ``lead`` and its gain over the seasonal naive (1 − MASE ratio).

    Ties go to the first in the plan's order, so the baseline wins a tie.
    """
    scores = [s for s in backtest.scores if s.lead == lead and s.mase is not None]
    if not scores:
        return NAIVE, None
    best = min(scores, key=lambda s: s.mase if s.mase is not None else float("inf"))
    naive = backtest.score(NAIVE, lead)
    if naive is None or naive.mase is None or best.mase is None or naive.mase == 0:
        return best.model, None
    return best.model, 1 - best.mase / naive.mase
