"""Midnight census: the inpatients present at 00:00 at the start of each day.

A stay counts on day D when it started before D's midnight and had not ended by then
(``start < D 00:00 ≤ end``); a stay without an end is present until the last day. The first
days of the data miss the patients admitted before the data starts: a warm-up of the 99th
percentile of the length of stay (1 to 60 days) is dropped when the service already had
patients at the start of the data.
"""

import math
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from relais.forecast.series import Values

MAX_WARM_UP = 60


@dataclass(frozen=True, slots=True)
class Census:
    first: date  # the first day counted
    values: Values
    warm_up: int  # days dropped at the start
    open_stays: int  # stays without an end, counted present until the last day


def warm_up_days(stays: pd.DataFrame) -> int:
    ended = stays.dropna(subset=["end"])
    if ended.empty:
        return 1
    los = (ended["end"] - ended["start"]).dt.total_seconds() / 86400
    return int(min(MAX_WARM_UP, max(1, math.ceil(float(np.percentile(los, 99))))))


def census(stays: pd.DataFrame, *, data_first: date, last: date) -> Census | None:
    """Daily census of ``stays`` from the day after their first admission to ``last``."""
    stays = stays[~(stays["end"] < stays["start"])]  # an end before the start is an error
    if stays.empty:
        return None
    first_admission = stays["start"].min().date()
    warm_up = warm_up_days(stays)
    first = first_admission + timedelta(days=1)
    dropped = 0
    if first_admission < data_first + timedelta(days=warm_up):
        dropped = max(0, (data_first + timedelta(days=warm_up) - first).days)
        first += timedelta(days=dropped)
    days = (last - first).days + 1
    if days <= 0:
        return None
    origin = pd.Timestamp(first)
    enter = ((stays["start"].dt.floor("D") - origin).dt.days + 1).to_numpy()
    leave = ((stays["end"].dt.floor("D") - origin).dt.days + 1).fillna(days).to_numpy()
    enter = np.clip(enter, 0, days)
    leave = np.clip(leave.astype(int), 0, days)
    change = np.zeros(days + 1)
    np.add.at(change, enter, 1)
    np.add.at(change, leave, -1)
    values = np.cumsum(change)[:days].astype(float)
    return Census(first, values, dropped, int(stays["end"].isna().sum()))
