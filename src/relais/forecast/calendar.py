"""French calendar regressors: public holidays, the day after, school holidays.

Public holidays are the mainland ones of ``holidays.country_holidays("FR")``. School holidays
come from the same package (mainland zones A, B and C, from the 2017-2018 school year on):
for one zone the regressor is 0/1; without a zone it is the share of the three zones on
holiday (0, ⅓, ⅔, 1), which suits a hospital whose patients come from anywhere. When the
package does not cover every year of the history and horizon, school holidays are left out
(with a notice) rather than marked as school days.
"""

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays
import numpy as np
import pandas as pd

from relais.errors import InvalidInput
from relais.forecast.series import Notice

ZONES = ("A", "B", "C")
PUBLIC = "jour_ferie"
AFTER_PUBLIC = "lendemain_ferie"
SCHOOL = "vacances_scolaires"
MIN_BREAKS_PER_YEAR = 3  # a year with fewer named breaks is not (fully) covered


def check_zone(zone: str | None) -> str | None:
    if zone is None:
        return None
    found = zone.strip().upper().removeprefix("ZONE").strip()
    if found not in ZONES:
        raise InvalidInput(f"zone scolaire « {zone} » inconnue : choisissez A, B ou C.")
    return found


@lru_cache(maxsize=32)  # the same years for every series of a forecast
def _public(years: tuple[int, ...]) -> frozenset[date]:
    return frozenset(holidays.country_holidays("FR", years=list(years)))


@lru_cache(maxsize=32)
def _school(years: tuple[int, ...], zone: str) -> Mapping[date, str] | None:
    found = holidays.country_holidays(
        "FR", subdiv=f"Zone {zone}", categories=("school",), years=list(years), language="fr"
    )
    breaks: dict[int, set[str]] = {year: set() for year in years}
    for day, name in found.items():
        breaks.setdefault(day.year, set()).add(name)
    if any(len(breaks[year]) < MIN_BREAKS_PER_YEAR for year in years):
        return None
    return MappingProxyType(dict(found.items()))


def calendar_frame(
    days: pd.DatetimeIndex, *, school_zone: str | None = None
) -> tuple[pd.DataFrame, list[Notice]]:
    """One row per step of ``days`` (days or hours): the three regressors, and notices."""
    dates = [ts.date() for ts in days]
    years = tuple(sorted({d.year for d in dates} | {(d - timedelta(days=1)).year for d in dates}))
    public = _public(years)
    frame = pd.DataFrame(index=days)
    frame[PUBLIC] = np.array([d in public for d in dates], dtype=float)
    frame[AFTER_PUBLIC] = np.array([d - timedelta(days=1) in public for d in dates], dtype=float)
    zones = (school_zone,) if school_zone else ZONES
    calendars = [_school(years, zone) for zone in zones]
    if any(c is None for c in calendars):
        first, last = years[0], years[-1]
        return frame, [
            Notice(
                "school_holidays_unavailable",
                f"Vacances scolaires non prises en compte : le calendrier connu ne couvre pas "
                f"toutes les années {first}–{last} (il commence à l'année scolaire 2017-2018).",
            )
        ]
    share = np.zeros(len(dates))
    for calendar in calendars:
        assert calendar is not None
        share += np.array([d in calendar for d in dates], dtype=float)
    frame[SCHOOL] = share / len(zones)
    return frame, []
