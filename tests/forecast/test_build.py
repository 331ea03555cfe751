"""Series from encounters: census rules, a unit opening mid-period, incomplete last days."""

from datetime import date, datetime, timedelta

import pandas as pd
import pytest

from relais.errors import InvalidInput, NotFound
from relais.forecast.build import Activity, activity_series
from relais.forecast.series import Kind, Step
from relais.forecast.services import match_service

DAY0 = datetime(2024, 3, 1)


def frame(rows: list[tuple[bool, str, datetime, datetime | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "emergency": [r[0] for r in rows],
            "service": [r[1] for r in rows],
            "start": pd.to_datetime([r[2] for r in rows]),
            "end": pd.to_datetime([r[3] for r in rows]),
        }
    )


def ed_visits(
    days: int, per_day: int, first: datetime = DAY0
) -> list[tuple[bool, str, datetime, datetime | None]]:
    return [
        (True, "Urgences", first + timedelta(days=d, hours=8 + h % 12, minutes=7 * h), None)
        for d in range(days)
        for h in range(per_day)
    ]


def stay(
    service: str, start: datetime, end: datetime | None
) -> tuple[bool, str, datetime, datetime | None]:
    return (False, service, start, end)


def test_midnight_census_counts_who_is_there_at_00h00() -> None:
    rows = ed_visits(10, 3) + [
        stay(
            "Cardiologie", DAY0 + timedelta(hours=10), DAY0 + timedelta(days=2)
        ),  # → 3 March 00:00
        stay("Cardiologie", DAY0 + timedelta(days=1, hours=9), DAY0 + timedelta(days=1, hours=23)),
        stay("Cardiologie", DAY0 + timedelta(days=2, hours=15), None),  # still there
        stay("Cardiologie", DAY0 + timedelta(days=3), DAY0 + timedelta(days=1)),  # end < start
    ]
    activity = Activity.of(frame(rows), until=date(2024, 3, 8))
    (census,) = activity_series(activity, kind=Kind.OCCUPANCY, service="cardiologie")
    # Warm-up: the 99th percentile stay lasts 2 days; day 1 has no one yet.
    assert census.start == datetime(2024, 3, 3)
    assert census.values.tolist() == [
        1,
        1,
        1,
        1,
        1,
        1,
    ]  # 3 March: the first stay; then the open one
    assert [n.code for n in census.notices] == ["census_warm_up", "open_stays"]
    assert (
        "1 séjour(s) sans date de sortie comptés présents jusqu'au 2024-03-08"
        in census.notices[1].message
    )


def test_a_unit_opening_mid_period_starts_on_its_first_day() -> None:
    rows = ed_visits(60, 2)
    rows += [
        stay(
            "Médecine interne",
            DAY0 + timedelta(days=d, hours=14),
            DAY0 + timedelta(days=d + 3, hours=11),
        )
        for d in range(60)
    ]
    rows += [
        stay(
            "Unité post-urgences",
            DAY0 + timedelta(days=d, hours=20),
            DAY0 + timedelta(days=d + 2, hours=10),
        )
        for d in range(40, 60)
    ]
    activity = Activity.of(frame(rows))
    admissions = {s.key: s for s in activity_series(activity, kind=Kind.ADMISSIONS, service="tous")}
    unit = admissions["admissions:unite_post_urgences"]
    assert unit.start == DAY0 + timedelta(days=40) and unit.values.tolist() == [1.0] * 20
    assert any(n.code == "late_start" for n in unit.notices)
    assert admissions["admissions:total"].values[40:].tolist() == [2.0] * 20
    (census,) = activity_series(activity, kind=Kind.OCCUPANCY, service="post-urgences")
    assert census.start == DAY0 + timedelta(days=41)  # no warm-up: nobody was there before
    assert census.values.tolist() == [1.0] + [2.0] * 18
    assert not any(n.code == "census_warm_up" for n in census.notices)


def test_incomplete_last_days_are_left_out() -> None:
    rows = ed_visits(40, 20) + ed_visits(2, 1, DAY0 + timedelta(days=40))
    activity = Activity.of(frame(rows))
    assert activity.last == date(2024, 4, 9)
    assert activity.notices[0].code == "incomplete_end"
    assert "2024-04-10, 2024-04-11" in activity.notices[0].message
    (arrivals,) = activity_series(activity, kind=Kind.ARRIVALS)
    assert arrivals.values.tolist() == [20.0] * 40
    chosen = Activity.of(frame(rows), until=date(2024, 4, 11))  # --until is obeyed
    assert chosen.last == date(2024, 4, 11) and chosen.notices == ()


def test_hourly_arrivals() -> None:
    activity = Activity.of(frame(ed_visits(9, 3)))
    (hourly,) = activity_series(activity, kind=Kind.ARRIVALS, step=Step.HOUR)
    assert (hourly.key, hourly.start, len(hourly)) == ("arrivals:total:heure", DAY0, 9 * 24)
    assert hourly.values[8:11].tolist() == [1, 1, 1] and hourly.values.sum() == 27
    with pytest.raises(InvalidInput, match="que pour les arrivées"):
        activity_series(activity, kind=Kind.ADMISSIONS, step=Step.HOUR)
    dates_only = frame([(True, "Urgences", DAY0 + timedelta(days=d), None) for d in range(9)])
    with pytest.raises(InvalidInput, match="heures d'arrivée ne sont pas renseignées"):
        activity_series(Activity.of(dates_only), kind=Kind.ARRIVALS, step=Step.HOUR)


def test_missing_data_errors() -> None:
    with pytest.raises(NotFound, match="relais ingest"):
        Activity.of(frame([]))
    only_ed = Activity.of(frame(ed_visits(9, 3)))
    with pytest.raises(NotFound, match="aucun séjour hospitalier"):
        activity_series(only_ed, kind=Kind.OCCUPANCY)


SERVICES = [
    "Cardiologie",
    "Chirurgie orthopédique",
    "Chirurgie viscérale",
    "Gériatrie aiguë",
    "Neurologie",
    "Soins de suite (SSR)",
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Cardiologie", "Cardiologie"),
        ("cardio", "Cardiologie"),
        ("GERIATRIE AIGUE", "Gériatrie aiguë"),
        ("viscérale", "Chirurgie viscérale"),
        ("ssr", "Soins de suite (SSR)"),
    ],
)
def test_service_names_are_found_without_accents(query: str, expected: str) -> None:
    assert match_service(query, SERVICES) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("chirurgie", "désigne plusieurs services (Chirurgie orthopédique, Chirurgie viscérale)"),
        ("urologie", "introuvable. Services présents dans les séjours : Cardiologie, Chirurgie"),
        ("logie", "« logie » introuvable"),
    ],
)
def test_unknown_or_ambiguous_services(query: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        match_service(query, SERVICES)
    assert message in str(caught.value)
