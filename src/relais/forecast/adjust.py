"""Calendar adjustment: public holidays, the day after, school holidays, for every model.

statsforecast's AutoETS and MSTL take no regressors, and AutoARIMA with regressors costs three
to five times its plain fit; a multiplicative adjustment serves all models at no cost:

1. each effect's factor is the median, over the days it applies to, of the day's value divided
   by the median of the same weekday in the seven weeks before and after (school holidays:
   the days when every zone considered is on holiday, outside public holidays; a share s of
   the zones on holiday gets ``factor ** s``);
2. the models are fitted on the series divided by the day's factors, and their forecasts and
   bounds are multiplied by the factors of the forecast days.

An effect seen on fewer than ``MIN_DAYS`` days, smaller than ``MIN_EFFECT``, or within two
standard errors of 1 (the spread of the ordinary days' ratios, 1.253 σ / √n for a median) is
left out: noise is not a calendar effect.
The factors of a backtest come from the history before its first origin only.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from relais.forecast.calendar import AFTER_PUBLIC, PUBLIC, SCHOOL
from relais.forecast.prepare import local_medians
from relais.forecast.series import Values

MIN_DAYS = 3
MIN_EFFECT = 0.03
BOUNDS = (0.3, 3.0)


@dataclass(frozen=True, slots=True)
class Adjustment:
    factors: dict[str, float] = field(default_factory=dict)

    def multipliers(self, calendar: pd.DataFrame) -> Values:
        """The factor of each row of ``calendar`` (1 where nothing applies)."""
        result = np.ones(len(calendar))
        for name, factor in self.factors.items():
            result *= np.power(factor, calendar[name].to_numpy(dtype=float))
        return result


def estimate(values: Values, calendar: pd.DataFrame) -> Adjustment:
    """Factors from ``values`` and the calendar rows aligned with them (see the module)."""
    local = local_medians(values, 7)
    usable = ~np.isnan(local) & (local > 0)
    public = calendar[PUBLIC].to_numpy() > 0 if PUBLIC in calendar else np.zeros(len(values), bool)
    after = (
        calendar[AFTER_PUBLIC].to_numpy() > 0
        if AFTER_PUBLIC in calendar
        else np.zeros(len(values), bool)
    )
    masks = {PUBLIC: public, AFTER_PUBLIC: after & ~public}
    if SCHOOL in calendar:
        masks[SCHOOL] = (calendar[SCHOOL].to_numpy() > 0.99) & ~public & ~after
    ratios = np.full(len(values), np.nan)
    ratios[usable] = values[usable] / local[usable]
    ordinary = usable & ~np.logical_or.reduce([m[: len(values)] for m in masks.values()])
    spread = 1.4826 * float(np.median(np.abs(ratios[ordinary] - 1))) if ordinary.any() else 0.0
    factors: dict[str, float] = {}
    for name, mask in masks.items():
        days = mask[: len(values)] & usable
        if days.sum() < MIN_DAYS:
            continue
        factor = float(np.median(ratios[days]))
        factor = min(max(factor, BOUNDS[0]), BOUNDS[1])
        noise = 2 * 1.253 * spread / np.sqrt(days.sum())
        if abs(factor - 1) >= max(MIN_EFFECT, noise):
            factors[name] = factor
    return Adjustment(factors)
