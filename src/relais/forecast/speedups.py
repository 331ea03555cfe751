"""One measured hot spot of statsforecast 2.1, memoised.

Every forecast with intervals asks statsforecast for normal quantiles, and statsforecast
gets them by freezing a new scipy distribution (``frozen_error_distribution(1.0,
"normal")``); scipy rebuilds the distribution's docstring and argument parser at each freeze
(about a millisecond). The backtest makes four thousand such forecasts: a sixth of its CPU
time went there. A frozen distribution depends only on its arguments and is only read
(``ppf``), so the same object is returned for the same arguments: the quantiles are the same
numbers (tested). Installed by ``fitting`` before the models run; idempotent.
"""

from collections.abc import Callable
from functools import lru_cache
from typing import Any

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
