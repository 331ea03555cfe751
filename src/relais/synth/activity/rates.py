"""Hourly ED arrival intensities: hour, weekday, season, public holidays and winter waves."""

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import holidays

from relais.synth.data.activity import (
    AFTER_HOLIDAY_FACTOR,
    HOLIDAY_FACTOR,
    HOUR_PROFILE,
    WAVES,
    WEEKDAY_PROFILE,
    YEARLY_AMPLITUDE,
)


@dataclass(frozen=True, slots=True)
class HourRates:
    start: datetime
    base: list[float]  # expected ordinary arrivals per hour
    waves: dict[str, list[float]]  # expected extra arrivals per hour, per winter wave


def _wave_factor(day: date, peak_doy: int, spread: float) -> float:
    doy = day.timetuple().tm_yday
    distance = min(abs(doy - peak_doy), 365 - abs(doy - peak_doy))
    return math.exp(-0.5 * (distance / spread) ** 2)


def hourly_rates(*, start: date, days: int, per_day: float, rng: random.Random) -> HourRates:
    """Expected arrivals for each hour of ``days`` days from ``start`` (local time)."""
    years = range(start.year, (start + timedelta(days=days)).year + 1)
    public = holidays.country_holidays("FR", years=list(years))
    hour_mean = sum(HOUR_PROFILE) / 24
    week_mean = sum(WEEKDAY_PROFILE) / 7
    amplitude = {key: {y: rng.uniform(0.7, 1.3) for y in years} for key in WAVES}
    base: list[float] = []
    waves: dict[str, list[float]] = {key: [] for key in WAVES}
    for offset in range(days):
        day = start + timedelta(days=offset)
        factor = WEEKDAY_PROFILE[day.weekday()] / week_mean
        if day in public:
            factor = HOLIDAY_FACTOR * WEEKDAY_PROFILE[6] / week_mean
        elif day - timedelta(days=1) in public:
            factor *= AFTER_HOLIDAY_FACTOR
        doy = day.timetuple().tm_yday
        factor *= 1 + YEARLY_AMPLITUDE * math.cos(2 * math.pi * (doy - 15) / 365.25)
        daily = per_day * factor
        wave_daily = {}
        for key, (peak, spread, share, *_rest) in WAVES.items():
            season = day.year if day.month >= 7 else day.year - 1
            scale = amplitude[key].get(season, amplitude[key][day.year])
            wave_daily[key] = per_day * share * scale * _wave_factor(day, peak, spread)
        for hour in range(24):
            shape = HOUR_PROFILE[hour] / hour_mean / 24
            base.append(daily * shape)
            for key, value in wave_daily.items():
                waves[key].append(value * shape)
    return HourRates(datetime(start.year, start.month, start.day), base, waves)
