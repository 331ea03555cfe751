"""Entry points for the command line, and later the web page and the API.

with engine.connect() as conn:
    report = forecast_activity(conn, kind=Kind.ARRIVALS, horizon_days=14)
report.to_dict()  # JSON-ready
"""

from datetime import date
from pathlib import Path

from sqlalchemy import Connection

from relais.forecast.build import Activity, activity_series
from relais.forecast.csv_series import read_csv_series
from relais.forecast.encounters import load_encounters
from relais.forecast.engine import forecast_series
from relais.forecast.result import ForecastReport
from relais.forecast.series import Kind, Step


def forecast_activity(
    conn: Connection,
    *,
    kind: Kind,
    service: str | None = None,
    hourly: bool = False,
    horizon_days: int = 14,
    weeks: int = 8,
    until: date | None = None,
    school_zone: str | None = None,
    n_jobs: int = 1,
) -> ForecastReport:
    """Forecast a series of the stored encounters (``service="tous"``: total and each one)."""
    activity = Activity.of(load_encounters(conn, until=until), until=until)
    return forecast_loaded(
        activity,
        kind=kind,
        service=service,
        hourly=hourly,
        horizon_days=horizon_days,
        weeks=weeks,
        school_zone=school_zone,
        n_jobs=n_jobs,
    )


def forecast_loaded(
    activity: Activity,
    *,
    kind: Kind,
    service: str | None = None,
    hourly: bool = False,
    horizon_days: int = 14,
    weeks: int = 8,
    school_zone: str | None = None,
    n_jobs: int = 1,
) -> ForecastReport:
    """``forecast_activity`` on encounters already loaded (no database needed)."""
    series = activity_series(
        activity, kind=kind, service=service, step=Step.HOUR if hourly else Step.DAY
    )
    return forecast_series(
        series, horizon_days=horizon_days, weeks=weeks, school_zone=school_zone, n_jobs=n_jobs
    )


def forecast_csv(
    path: Path,
    *,
    kind: Kind,
    label: str | None = None,
    horizon_days: int = 14,
    weeks: int = 8,
    school_zone: str | None = None,
) -> ForecastReport:
    """Forecast a manager's ``date,value`` CSV (one value per day)."""
    series = read_csv_series(path, kind=kind, label=label)
    return forecast_series(
        [series], horizon_days=horizon_days, weeks=weeks, school_zone=school_zone
    )
