"""`relais forecast`: ED arrivals, admissions and bed occupancy, backtested, with intervals."""

import os
from pathlib import Path
from typing import Annotated

import typer

from relais.cli.app import JsonFlag, app, database, emit_json, parse_day, run_action
from relais.config import load_settings
from relais.errors import InvalidInput

forecast_app = typer.Typer(
    help="Forecast hospital activity with backtests (statsforecast; 80 % and 95 % intervals).",
    no_args_is_help=True,
)
app.add_typer(forecast_app, name="forecast")

ServiceOption = Annotated[
    str | None,
    typer.Option(
        help="Care unit as stored (accents and case optional); 'tous' = total and every unit."
    ),
]
SeriesOption = Annotated[
    Path | None,
    typer.Option(
        "--series", help="CSV 'date,value' (one line per day) to forecast instead of the database."
    ),
]
HorizonOption = Annotated[int, typer.Option(help="Days to forecast.")]
WeeksOption = Annotated[int, typer.Option(help="Weeks of rolling-origin backtest.")]
UntilOption = Annotated[
    str | None, typer.Option(help="Last day of history YYYY-MM-DD (default: last day of data).")
]
ZoneOption = Annotated[
    str | None,
    typer.Option(help="School holiday zone A, B or C (default: share of the three zones)."),
]
LabelOption = Annotated[str | None, typer.Option(help="Name of a CSV series in the output.")]
PngOption = Annotated[Path | None, typer.Option("--png", help="Also write a chart (PNG).")]


def _run(
    kind_name: str,
    *,
    service: str | None,
    series: Path | None,
    horizon: int,
    weeks: int,
    until: str | None,
    school_zone: str | None,
    label: str | None,
    png: Path | None,
    as_json: bool,
    hourly: bool = False,
) -> None:
    def action() -> None:
        from relais.forecast.chart import write_png
        from relais.forecast.render import report_text
        from relais.forecast.series import Kind
        from relais.forecast.service import forecast_activity, forecast_csv

        kind = Kind(kind_name)
        last_day = parse_day(until, "--until")
        if series is not None:
            if service is not None or hourly or last_day is not None:
                raise InvalidInput(
                    "--series (fichier CSV) ne se combine pas avec --service, --hourly ni --until."
                )
            report = forecast_csv(
                series,
                kind=kind,
                label=label,
                horizon_days=horizon,
                weeks=weeks,
                school_zone=school_zone,
            )
        else:
            with database(load_settings()) as engine, engine.connect() as conn:
                report = forecast_activity(
                    conn,
                    kind=kind,
                    service=service,
                    hourly=hourly,
                    horizon_days=horizon,
                    weeks=weeks,
                    until=last_day,
                    school_zone=school_zone,
                    n_jobs=os.cpu_count() or 1,
                )
        if png is not None:
            write_png(report, png)
        if as_json:
            emit_json(report.to_dict())
        else:
            typer.echo(report_text(report))
            if png is not None:
                typer.echo(f"\nGraphique : {png}")

    run_action(action)


@forecast_app.command()
def arrivals(
    service: ServiceOption = None,
    series: SeriesOption = None,
    horizon: HorizonOption = 14,
    weeks: WeeksOption = 8,
    hourly: Annotated[bool, typer.Option("--hourly", help="Per hour instead of per day.")] = False,
    until: UntilOption = None,
    school_zone: ZoneOption = None,
    label: LabelOption = None,
    png: PngOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Emergency department arrivals (EMER encounters) per day, or per hour."""
    _run(
        "arrivals",
        service=service,
        series=series,
        horizon=horizon,
        weeks=weeks,
        until=until,
        school_zone=school_zone,
        label=label,
        png=png,
        as_json=as_json,
        hourly=hourly,
    )


@forecast_app.command()
def admissions(
    service: ServiceOption = None,
    series: SeriesOption = None,
    horizon: HorizonOption = 14,
    weeks: WeeksOption = 8,
    until: UntilOption = None,
    school_zone: ZoneOption = None,
    label: LabelOption = None,
    png: PngOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Inpatient admissions per day (IMP encounters starting that day), total or per unit."""
    _run(
        "admissions",
        service=service,
        series=series,
        horizon=horizon,
        weeks=weeks,
        until=until,
        school_zone=school_zone,
        label=label,
        png=png,
        as_json=as_json,
    )


@forecast_app.command()
def occupancy(
    service: ServiceOption = None,
    series: SeriesOption = None,
    horizon: HorizonOption = 14,
    weeks: WeeksOption = 8,
    until: UntilOption = None,
    school_zone: ZoneOption = None,
    label: LabelOption = None,
    png: PngOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Beds occupied at midnight (inpatients present at 00:00), total or per unit."""
    _run(
        "occupancy",
        service=service,
        series=series,
        horizon=horizon,
        weeks=weeks,
        until=until,
        school_zone=school_zone,
        label=label,
        png=png,
        as_json=as_json,
    )
