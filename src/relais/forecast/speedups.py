"""Two measured hot spots of statsforecast 2.1: normal quantiles, and MSTL's ``forward``.

Every forecast with intervals asks statsforecast for normal quantiles, and statsforecast
gets them by freezing a new scipy distribution (``frozen_error_distribution(1.0,
"normal")``); scipy rebuilds the distribution's docstring and argument parser at each freeze
(about a millisecond). The backtest makes four thousand such forecasts: a sixth of its CPU
time went there. A frozen distribution depends only on its arguments and is only read
(``ppf``), so the same object is returned for the same arguments: the quantiles are the same
numbers (tested). Installed by ``fitting`` before the models run; idempotent.

``MSTL.forward`` decomposes the series again at each backtest origin (statsforecast's
``mstl``, kept), then adds and slices the decomposition's columns with pandas (a row-wise
``DataFrame.sum`` and a regex column filter): twice the decomposition's own time.
``mstl_forward`` does the same arithmetic on the columns' arrays (the same numbers, tested).
"""

from collections.abc import Callable
from functools import lru_cache
from math import trunc
from typing import Any

import numpy as np

MARK = "_relais_memoised"


def install() -> None:
    from statsforecast import distributions

    original = distributions.frozen_error_distribution
    if getattr(original, MARK, False):
        return
    distributions.frozen_error_distribution = memoised(original)


def memoised(original: Callable[..., Any]) -> Callable[..., Any]:
    @lru_cache(maxsize=64)
    def cached(sigma: float, distribution: str, items: tuple[tuple[str, Any], ...]) -> Any:
        return original(sigma, distribution, dict(items) or None)

    def frozen_error_distribution(sigma: float, distribution: str, params: Any = None) -> Any:
        try:
            items = tuple(sorted((params or {}).items()))
            hash(items)
        except (AttributeError, TypeError):  # unexpected parameters: the original, uncached
            return original(sigma, distribution, params)
        return cached(float(sigma), distribution, items)

    setattr(frozen_error_distribution, MARK, True)
    return frozen_error_distribution


def mstl_forward(model: Any, y: np.ndarray, h: int, level: list[int]) -> dict[str, np.ndarray]:
    """``model.forward(y=y, h=h, level=level)`` of a fitted statsforecast ``MSTL`` whose trend
    model has no conformal intervals, without its pandas arithmetic."""
    from statsforecast.mstl import mstl

    if model.trend_forecaster.prediction_intervals is not None:  # conformal: the library's
        return model.forward(y=y, h=h, level=level)  # type: ignore[no-any-return]
    parts = mstl(
        x=np.asarray(y, dtype=np.float64), period=model.season_length, stl_kwargs=model.stl_kwargs
    )
    adjusted = parts["trend"].to_numpy() + parts["remainder"].to_numpy()
    found = model.trend_forecaster.forward(y=adjusted, h=h, level=level)
    seasons = [name for name in parts.columns if name.startswith("seasonal")]
    ahead = np.zeros(h)
    for name, period in zip(seasons, model.season_length, strict=True):
        last = parts[name].to_numpy()[-period:]
        ahead = ahead + np.tile(last, trunc(1 + (h - 1) / period))[:h]
    return {key: values + ahead for key, values in found.items()}
