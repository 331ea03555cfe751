"""French calendar regressors: public holidays, the day after, school holidays by zone."""

import pandas as pd
import pytest

from relais.errors import InvalidInput
from relais.forecast.calendar import calendar_frame, check_zone


def test_public_holidays_and_the_day_after() -> None:
    frame, notices = calendar_frame(pd.date_range("2025-05-07", "2025-05-10"))
    assert notices == []
    assert frame["jour_ferie"].tolist() == [0, 1, 0, 0]  # 8 mai
    assert frame["lendemain_ferie"].tolist() == [0, 0, 1, 0]


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("A", [0, 0, 1, 1]),
        ("B", [1, 1, 1, 0]),
        ("zone C", [1, 1, 1, 1]),
        (None, [2 / 3, 2 / 3, 1, 2 / 3]),
    ],
)
def test_winter_school_holidays_by_zone(zone: str | None, expected: list[float]) -> None:
    # February 2025 breaks: zone B 8-23, zone C 15 February-2 March, zone A 22 February-9 March.
    frame, _ = calendar_frame(
        pd.date_range("2025-02-18", "2025-02-24", freq="2D"), school_zone=check_zone(zone)
    )
    assert frame["vacances_scolaires"].tolist() == pytest.approx(expected)


def test_hours_take_their_day() -> None:
    frame, _ = calendar_frame(pd.date_range("2025-12-24 22:00", periods=4, freq="h"))
    assert frame["jour_ferie"].tolist() == [0, 0, 1, 1]


def test_years_before_the_school_calendar_leave_it_out() -> None:
    frame, notices = calendar_frame(pd.date_range("2016-12-20", "2017-01-05"), school_zone="B")
    assert "vacances_scolaires" not in frame.columns and "jour_ferie" in frame.columns
    assert [n.code for n in notices] == ["school_holidays_unavailable"]


def test_unknown_zone() -> None:
    with pytest.raises(InvalidInput, match="zone scolaire « D » inconnue : choisissez A, B ou C"):
        check_zone("D")
