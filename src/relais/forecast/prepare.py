"""Before modelling: trim, fill gaps, set aside outliers, check the length.

- Gaps (NaN): a count series gets 0 (no event recorded), a level series (census, a manager's
  level) is interpolated between its neighbours. Both are listed in a notice.
- Outliers: a step further than ``OUTLIER_K`` robust deviations from the median of the same
  phase (same weekday, or same hour) in the seven cycles before and after is replaced by that
  median for modelling (the history shown keeps the raw value); the dates are listed. Slow
  changes (epidemic waves, a service growing) move the median with them and are kept.
- Length: under ``MIN_DAYS`` days is an error; under ``FULL_DAYS`` days only the seasonal
  naive model is used, without backtest, and a notice says so.
"""

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from relais.errors import InvalidInput
from relais.forecast.series import Notice, Series, Values

MIN_DAYS = 8
FULL_DAYS = 21
OUTLIER_K = 6.0
NEIGHBOUR_CYCLES = 7
LISTED = 8  # dates listed in a notice


@dataclass(frozen=True, slots=True, eq=False)
class Prepared:
    series: Series
    values: Values  # what the models see
    outliers: tuple[datetime, ...]
    notices: tuple[Notice, ...]

    @property
    def days(self) -> float:
        return len(self.values) / self.series.step.per_day

    @property
    def full(self) -> bool:
        return self.days >= FULL_DAYS


def _dates(series: Series, indices: list[int]) -> str:
    shown = [series.moment(i) for i in indices[:LISTED]]
    fmt = "%Y-%m-%d" if series.step.per_day == 1 else "%Y-%m-%d %Hh"
    text = ", ".join(d.strftime(fmt) for d in shown)
    return text + (f" … (+{len(indices) - LISTED})" if len(indices) > LISTED else "")


def _trim(series: Series) -> Series:
    known = np.flatnonzero(~np.isnan(series.values))
    if known.size == 0:
        raise InvalidInput(f"{series.label} : aucune valeur connue.")
    first, last = int(known[0]), int(known[-1])
    return Series(
        key=series.key,
        label=series.label,
        kind=series.kind,
        step=series.step,
        start=series.moment(first),
        values=series.values[first : last + 1],
        counts=series.counts,
        source=series.source,
        notices=series.notices,
    )


def _fill(series: Series, notices: list[Notice]) -> Values:
    values = series.values.copy()
    missing = np.flatnonzero(np.isnan(values))
    if missing.size == 0:
        return values
    if series.counts:
        values[missing] = 0.0
        how = "comptés 0"
    else:
        known = np.flatnonzero(~np.isnan(values))
        values[missing] = np.interp(missing, known, values[known])
        how = "interpolés entre leurs voisins"
    notices.append(
        Notice(
            "gaps",
            f"{series.label} : {missing.size} pas sans valeur, {how} : "
            f"{_dates(series, missing.tolist())}.",
        )
    )
    return values


def local_medians(values: Values, period: int) -> Values:
    """Median of the same phase in the ``NEIGHBOUR_CYCLES`` cycles before and after each step
    (NaN where fewer than ``NEIGHBOUR_CYCLES`` of them exist)."""
    n = values.shape[0]
    around = np.full((len(_offsets(period)), n), np.nan)
    for row, offset in enumerate(_offsets(period)):
        if offset > 0:
            around[row, : max(0, n - offset)] = values[offset:]
        else:
            around[row, -offset:] = values[: max(0, n + offset)]
    enough = (~np.isnan(around)).sum(axis=0) >= NEIGHBOUR_CYCLES
    local = np.full(n, np.nan)
    if enough.any():
        local[enough] = np.nanmedian(around[:, enough], axis=0)
    return local


def outlier_indices(values: Values, *, period: int, counts: bool) -> list[int]:
    """Steps far from the median of the same phase in the surrounding cycles."""
    local = local_medians(values, period)
    residual = values - local
    usable = ~np.isnan(residual)
    if usable.sum() < 2 * NEIGHBOUR_CYCLES:
        return []
    centred = residual[usable] - np.median(residual[usable])
    scale = 1.4826 * float(np.median(np.abs(centred)))
    if not counts and scale == 0:
        return []
    floor = np.sqrt(np.maximum(np.nan_to_num(local, nan=1.0), 1.0)) if counts else 0.0
    threshold = OUTLIER_K * np.maximum(scale, floor)
    flagged = usable & (np.abs(np.nan_to_num(residual)) > threshold)
    return [int(i) for i in np.flatnonzero(flagged)]


def prepare(series: Series, *, period: int) -> Prepared:
    """``period``: steps in a cycle of the main seasonality (7 for days, 24 for hours)."""
    series = _trim(series)
    notices = list(series.notices)
    values = _fill(series, notices)
    days = len(values) / series.step.per_day
    if days < MIN_DAYS:
        raise InvalidInput(
            f"{series.label} : {days:g} jour(s) d'historique, il en faut au moins {MIN_DAYS} "
            "pour une prévision (une semaine complète et un jour). Fournissez un historique "
            "plus long."
        )
    flagged = outlier_indices(values, period=period, counts=series.counts)
    moments: tuple[datetime, ...] = ()
    if flagged:
        local = local_medians(values, period)
        values = values.copy()
        values[flagged] = local[flagged]
        moments = tuple(series.moment(i) for i in flagged)
        notices.append(
            Notice(
                "outliers",
                f"{series.label} : {len(flagged)} valeur(s) aberrante(s) remplacée(s) par la "
                f"médiane des mêmes jours voisins pour l'estimation : {_dates(series, flagged)}.",
            )
        )
    if days < FULL_DAYS:
        notices.append(
            Notice(
                "short_history",
                f"{series.label} : {days:g} jours d'historique (moins de {FULL_DAYS}) — prévision "
                "par la méthode saisonnière naïve seule (même jour de la semaine précédente), "
                "sans validation sur le passé.",
            )
        )
    return Prepared(series, values, moments, tuple(notices))


def _offsets(period: int) -> list[int]:
    return [k * period for k in range(-NEIGHBOUR_CYCLES, NEIGHBOUR_CYCLES + 1) if k]
