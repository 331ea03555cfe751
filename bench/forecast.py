"""Forecasting on the synthetic hospital's two-year series: accuracy, interval coverage, time.

    .venv/bin/python bench/forecast.py [--patients 200 --days 730] [--weeks 8] [--jobs 2]
        [--no-held-out] [--hourly] [--png docs/img/forecast-arrivals.png]

The hospital (``relais synth --patients 200 --days 730``, seed 1) and its SQLite database are
cached under ``bench/.cache/`` (ingestion takes several minutes). Every daily series is
forecast: ED arrivals, admissions and midnight census in total and per unit.

Printed per series and on average: the backtest MASE of the chosen model and of the seasonal
naive at 1, 7 and 14 days (targets: chosen ≥ 15 % better at 7 days), the empirical coverage of
the 80 % and 95 % intervals (target: within 5 points), and the time to backtest, fit and
forecast everything (target: < 10 s on 2 cores). The model is chosen on the same backtest it is
scored on, which flatters it a little; ``held-out`` removes that: models chosen with data up to
four weeks before the end, scored on a backtest over those last four weeks.
"""

import argparse
import os
import resource
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from relais.forecast.build import Activity, activity_series
from relais.forecast.chart import write_png
from relais.forecast.encounters import load_encounters
from relais.forecast.engine import forecast_series
from relais.forecast.models import NAIVE
from relais.forecast.result import ForecastReport, SeriesForecast
from relais.forecast.series import Kind, Series, Step
from relais.store.engine import make_engine
from relais.store.migrate import upgrade

CACHE = Path(__file__).parent / ".cache"
LEADS = (1, 7, 14)


def database(patients: int, days: int, workers: int) -> str:
    folder = CACHE / f"synth-{patients}p-{days}d"
    path = CACHE / f"forecast-{patients}p-{days}d.db"
    done = CACHE / f"forecast-{patients}p-{days}d.ingested"
    url = f"sqlite:///{path}"
    if done.exists():
        return url
    from relais.ingest.importer import Importer
    from relais.synth.generate import generate

    print(f"generating the synthetic hospital into {folder} …", flush=True)
    generate(patients=patients, seed=1, out=folder, start=date(2024, 1, 1), days=days)
    path.unlink(missing_ok=True)
    engine = make_engine(url)
    upgrade(engine)
    inputs = sorted((folder / "bundles").glob("*.json")) + sorted(
        (folder / "activity").glob("*.ndjson")
    )
    print(f"ingesting {len(inputs)} files into {path} (minutes) …", flush=True)
    began = time.perf_counter()
    summary = Importer(engine, workers=workers).run([str(p) for p in inputs])
    engine.dispose()
    if not summary.ok:
        raise SystemExit(f"ingestion rejected resources: {summary.rejected[:3]}")
    print(f"  ingested in {time.perf_counter() - began:.0f} s", flush=True)
    done.touch()
    return url


def load_series(url: str, until: date | None = None, hourly: bool = False) -> list[Series]:
    engine = make_engine(url)
    with engine.connect() as conn:
        activity = Activity.of(load_encounters(conn, until=until), until=until)
    engine.dispose()
    if hourly:
        return activity_series(activity, kind=Kind.ARRIVALS, step=Step.HOUR)
    found = activity_series(activity, kind=Kind.ARRIVALS)
    for kind in (Kind.ADMISSIONS, Kind.OCCUPANCY):
        found += activity_series(activity, kind=kind, service="tous")
    return found


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_forecast(
    series: list[Series], *, horizon_days: int = 14, weeks: int, n_jobs: int
) -> tuple[ForecastReport, float, float]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    report = forecast_series(series, horizon_days=horizon_days, weeks=weeks, n_jobs=n_jobs)
    return report, time.perf_counter() - wall, cpu_seconds() - cpu


def mase(result: SeriesForecast, model: str, lead: int) -> float | None:
    found = result.backtest.score(model, lead) if result.backtest else None
    return found.mase if found else None


def ratio(result: SeriesForecast, model: str, lead: int) -> float | None:
    chosen, naive = mase(result, model, lead), mase(result, NAIVE, lead)
    return None if chosen is None or not naive else chosen / naive


def fmt(value: float | None, pattern: str = "{:.2f}") -> str:
    return "—" if value is None else pattern.format(value)


def print_table(report: ForecastReport, leads: tuple[int, ...] = LEADS) -> None:
    print(
        f"{'series':<42}{'n':>5}  {'chosen':<14}"
        + "".join(f"{'naive@' + str(lead):>10}{'best@' + str(lead):>10}" for lead in leads)
        + f"{'gain@' + str(leads[1]):>8}{'cov80':>7}{'cov95':>7}"
    )
    for r in report.series:
        overall = r.backtest.score(r.chosen, None) if r.backtest else None
        cells = "".join(
            f"{fmt(mase(r, NAIVE, lead)):>10}{fmt(mase(r, r.chosen, lead)):>10}" for lead in leads
        )
        gain = ratio(r, r.chosen, leads[1])
        print(
            f"{r.series.key:<42}{len(r.series):>5}  {r.chosen:<14}{cells}"
            f"{fmt(None if gain is None else 1 - gain, '{:.0%}'):>8}"
            f"{fmt(overall.coverage_80 if overall else None, '{:.0%}'):>7}"
            f"{fmt(overall.coverage_95 if overall else None, '{:.0%}'):>7}"
        )


def summary(report: ForecastReport, chosen: dict[str, str], leads: tuple[int, ...]) -> None:
    """Mean over series of MASE(model)/MASE(naive), share of series ≥ 15 % better, coverage."""
    rows = [r for r in report.series if r.backtest and r.series.key in chosen]
    for lead in leads:
        ratios = [x for r in rows if (x := ratio(r, chosen[r.series.key], lead)) is not None]
        better = sum(x <= 0.85 for x in ratios)
        print(
            f"  lead {lead:>3}: chosen / naive MASE mean {statistics.mean(ratios):.3f} "
            f"(median {statistics.median(ratios):.3f}) → {1 - statistics.mean(ratios):.1%} better"
            f"; {better}/{len(ratios)} series ≥ 15 % better"
        )
    for level in (80, 95):
        values = []
        for r in rows:
            score = r.backtest.score(chosen[r.series.key], None) if r.backtest else None
            value = getattr(score, f"coverage_{level}") if score else None
            if value is not None:
                values.append(value)
        print(
            f"  coverage {level} %: mean {statistics.mean(values):.1%}, "
            f"range {min(values):.0%}–{max(values):.0%} (nominal {level} %)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-held-out", action="store_true")
    parser.add_argument("--hourly", action="store_true", help="Also hourly ED arrivals.")
    parser.add_argument("--png", type=Path, help="Write the arrivals chart there.")
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    url = database(args.patients, args.days, args.jobs)
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    began = time.perf_counter()
    import statsforecast.models  # noqa: F401  (once per process: not the forecast's time)

    print(f"statsforecast imported in {time.perf_counter() - began:.1f} s")
    began = time.perf_counter()
    series = load_series(url)
    loading = time.perf_counter() - began
    print(f"{len(series)} daily series loaded from the database in {loading:.1f} s")
    report, wall, cpu = timed_forecast(series, weeks=args.weeks, n_jobs=args.jobs)
    print_table(report)
    phases = ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items())
    print(
        f"\ntime, {len(report.series)} series: {wall:.1f} s wall ({phases}), {cpu:.1f} s CPU, "
        f"n_jobs={args.jobs}; load average after: {os.getloadavg()[0]:.1f}"
    )
    print("\nchosen model, selected and scored on the same backtest:")
    summary(report, {r.series.key: r.chosen for r in report.series}, LEADS)
    print("\nseasonal naive's own coverage, for comparison:")
    summary(report, {r.series.key: NAIVE for r in report.series}, ())
    if not args.no_held_out:
        held_out(url, series, args)
    if args.png:
        arrivals = [r for r in report.series if r.series.key == "arrivals:total"]
        write_png(
            ForecastReport(report.horizon_days, report.weeks, tuple(arrivals), (), {}), args.png
        )
        print(f"\nchart: {args.png}")
    if args.hourly:
        hourly = load_series(url, hourly=True)
        hourly_report, wall, cpu = timed_forecast(
            hourly, horizon_days=2, weeks=args.weeks, n_jobs=1
        )
        print_table(hourly_report, (1, 24, 168))
        print(f"hourly ED arrivals: {wall:.1f} s wall, {cpu:.1f} s CPU")


def held_out(url: str, series: list[Series], args: argparse.Namespace) -> None:
    last = max(s.end for s in series).date()
    earlier = load_series(url, until=last - timedelta(days=28))
    choice, _, _ = timed_forecast(earlier, weeks=args.weeks, n_jobs=args.jobs)
    chosen = {r.series.key: r.chosen for r in choice.series}
    later, _, _ = timed_forecast(series, weeks=4, n_jobs=args.jobs)
    print(
        f"\nheld out: models chosen with data up to {last - timedelta(days=28)}, scored on the "
        f"last 4 weeks ({later.series[0].backtest.origins if later.series[0].backtest else 0} "
        "origins):"
    )
    summary(later, chosen, LEADS)


if __name__ == "__main__":
    main()
