"""Hospital activity: ED volume, weekly and yearly patterns, holidays, census."""

import statistics
from collections import defaultdict
from datetime import date, timedelta

import pytest

from relais.synth.activity.census import daily_table
from relais.synth.activity.model import Activity
from relais.synth.activity.visits import simulate
from relais.synth.hospital import make_hospital
from relais.synth.ids import IdMaker
from tests.synth.conftest import Output

START = date(2024, 1, 1)


@pytest.fixture(scope="module")
def year() -> Activity:
    hospital = make_hospital(IdMaker.for_seed(3), 3)
    return simulate(start=START, days=366, per_day=120.0, services=hospital.services, seed=3)


def _daily(activity: Activity) -> dict[date, int]:
    counts: dict[date, int] = defaultdict(int)
    for visit in activity.visits:
        counts[visit.arrival.date()] += 1
    return counts


def test_volume_in_configured_range(year: Activity) -> None:
    mean = statistics.mean(_daily(year).values())
    assert 110 <= mean <= 135


def test_monday_busier_than_sunday(year: Activity) -> None:
    by_day: dict[int, list[int]] = defaultdict(list)
    for day, count in _daily(year).items():
        by_day[day.weekday()].append(count)
    assert statistics.mean(by_day[0]) > statistics.mean(by_day[6]) * 1.1


def test_winter_busier_than_summer_with_waves(year: Activity) -> None:
    daily = _daily(year)
    winter = [c for d, c in daily.items() if d.month in (1, 2, 12)]
    summer = [c for d, c in daily.items() if d.month in (6, 7, 8)]
    assert statistics.mean(winter) > statistics.mean(summer) * 1.08
    bronchiolitis = [v for v in year.visits if v.wave == "bronchiolite"]
    assert bronchiolitis and all(v.arrival.month in (10, 11, 12, 1, 2) for v in bronchiolitis)


def test_public_holiday_quieter_than_ordinary_weekday(year: Activity) -> None:
    daily = _daily(year)
    holidays = [
        daily[date(2024, 5, 1)],
        daily[date(2024, 7, 14) + timedelta(days=0)],
        daily[date(2024, 8, 15)],
    ]
    weekdays = [c for d, c in daily.items() if d.weekday() == 2 and d.month in (5, 6, 7, 8, 9)]
    assert statistics.mean(holidays) < statistics.mean(weekdays)


def test_census_follows_admissions_and_stays(year: Activity) -> None:
    hospital = make_hospital(IdMaker.for_seed(3), 3)
    services = [k for k in hospital.services if k != "urgences"]
    rows = daily_table(year, services)[60:]
    for service in ("cardiologie", "geriatrie", "chirurgie_orthopedique"):
        census = statistics.mean(r.census[service] for r in rows)
        admissions = statistics.mean(r.admissions[service] for r in rows)
        assert (
            0.5 * hospital.services[service].beds < census < 1.5 * hospital.services[service].beds
        )
        assert census > admissions  # stays last several days
    for stay in year.stays:
        assert stay.start < stay.end


def test_truth_table_matches_files(small: Output) -> None:
    lines = (small.root / "truth" / "activity_daily.csv").read_text().splitlines()
    header, rows = lines[0].split(","), [line.split(",") for line in lines[1:]]
    assert len(rows) == 60 and header[:3] == ["date", "ed_arrivals", "ed_admitted"]
    total = sum(int(r[1]) for r in rows)
    assert total == small.summary.ed_arrivals
