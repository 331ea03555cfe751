"""The facade: series in, backtested forecasts with 80 % and 95 % intervals out.

For each series: ``prepare`` (gaps, outliers, length) → ``make_job`` (plan, regressors,
backtest size) → every candidate model fitted once and rolled forward over the backtest's
origins then to the end of the history (``fitting``) → the lowest MASE at seven days (one day
for hours: 24 steps) → that model's forecast, made like its backtested ones.
"""

import time
import warnings
from collections.abc import Sequence

import pandas as pd

from relais.errors import InvalidInput
from relais.forecast.backtest import add_ensemble, clip, failed_models, restore
from relais.forecast.calendar import check_zone
from relais.forecast.choose import choose, choosing_lead
from relais.forecast.fitting import Run, run_all
from relais.forecast.jobs import Job, make_job
from relais.forecast.models import ENSEMBLE, NAIVE
from relais.forecast.peaks import peaks, threshold
from relais.forecast.prepare import prepare
from relais.forecast.result import Backtest, ForecastReport, Point, SeriesForecast
from relais.forecast.series import Notice, Series, Step

MAX_HORIZON_DAYS = {Step.DAY: 90, Step.HOUR: 14}


def forecast_series(
    series: Sequence[Series],
    *,
    horizon_days: int = 14,
    weeks: int = 8,
    school_zone: str | None = None,
    n_jobs: int = 1,
) -> ForecastReport:
    """Backtest, choose and forecast every series (see the module docstring).

    A series that cannot be forecast (too short) is an error when it is the only one, and is
    listed in ``skipped`` when others are forecast with it.
    """
    began = time.perf_counter()
    if not series:
        raise InvalidInput("aucune série à prévoir.")
    _check(series, horizon_days, weeks)
    jobs, skipped = _jobs(series, horizon_days, weeks, check_zone(school_zone))
    ready = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runs = run_all(jobs, n_jobs=n_jobs)
    fitted = time.perf_counter()
    backtests = {job.key: bt for job in jobs if (bt := runs[job.key].scores) is not None}
    chosen = {job.key: _choice(job, backtests.get(job.key)) for job in jobs}
    forecasts = {job.key: _final(job, runs[job.key], chosen[job.key][0]) for job in jobs}
    done = time.perf_counter()
    phases = {"prepare": ready - began, "models": fitted - ready, "choice": done - fitted}
    results = tuple(
        _result(job, backtests.get(job.key), *chosen[job.key], *forecasts[job.key]) for job in jobs
    )
    return ForecastReport(horizon_days, weeks, results, skipped, phases)


def _jobs(
    series: Sequence[Series], horizon_days: int, weeks: int, zone: str | None
) -> tuple[list[Job], tuple[Notice, ...]]:
    jobs: list[Job] = []
    skipped: list[Notice] = []
    for one in series:
        try:
            prepared = prepare(one, period=7 if one.step is Step.DAY else 24)
        except InvalidInput as exc:
            if len(series) == 1:
                raise
            skipped.append(Notice("skipped", str(exc)))
            continue
        jobs.append(make_job(prepared, horizon_days=horizon_days, weeks=weeks, school_zone=zone))
    return jobs, tuple(skipped)


def _check(series: Sequence[Series], horizon_days: int, weeks: int) -> None:
    for step in {s.step for s in series}:
        longest = MAX_HORIZON_DAYS[step]
        if not 1 <= horizon_days <= longest:
            unit = "par jour" if step is Step.DAY else "par heure"
            raise InvalidInput(
                f"horizon de {horizon_days} jours : choisissez entre 1 et {longest} jours "
                f"pour une prévision {unit}."
            )
    if not 1 <= weeks <= 52:
        raise InvalidInput(f"--semaines {weeks} : choisissez entre 1 et 52 semaines de validation.")


def _choice(job: Job, backtest: Backtest | None) -> tuple[str, float | None, int | None]:
    if backtest is None:
        return NAIVE, None, job.plan.choose_at
    lead = choosing_lead(backtest, job.plan.choose_at)
    model, gain = choose(backtest, lead)
    return model, gain, lead


def _needed(job: Job, model: str, failed: tuple[str, ...]) -> tuple[str, ...]:
    if model == ENSEMBLE:
        return tuple(m for m in job.plan.fitted if m not in failed)
    return () if model == NAIVE else (model,)


def _final(job: Job, run: Run, model: str) -> tuple[str, tuple[Point, ...], tuple[Notice, ...]]:
    """The chosen model's forecast (the ensemble's members averaged), calendar restored."""
    needed = _needed(job, model, ())
    rows = run.forecast.copy()
    restore(rows, job, [NAIVE, *needed], job.multipliers(job.adjustment))
    return _points(rows, model, needed)


def _points(
    rows: pd.DataFrame, model: str, needed: tuple[str, ...]
) -> tuple[str, tuple[Point, ...], tuple[Notice, ...]]:
    failed = failed_models(rows, needed)
    notices: tuple[Notice, ...] = ()
    if failed:
        notices = (
            Notice(
                "model_failed",
                f"{', '.join(failed)} n'a pas pu être estimé sur tout l'historique : "
                "prévision par la méthode saisonnière naïve.",
            ),
        )
        model = NAIVE
    if model == ENSEMBLE:
        add_ensemble(rows, needed)
    clip(rows, [model])
    points = tuple(
        Point(
            at=pd.Timestamp(r["ds"]).to_pydatetime(),
            mean=float(r[model]),
            low_80=float(r[f"{model}-lo-80"]),
            high_80=float(r[f"{model}-hi-80"]),
            low_95=float(r[f"{model}-lo-95"]),
            high_95=float(r[f"{model}-hi-95"]),
        )
        for _, r in rows.iterrows()
    )
    return model, points, notices


def _result(
    job: Job,
    backtest: Backtest | None,
    chosen: str,
    gain: float | None,
    lead: int | None,
    model: str,
    points: tuple[Point, ...],
    final_notices: tuple[Notice, ...],
) -> SeriesForecast:
    notices = list(job.notices) + list(final_notices)
    if backtest is not None and backtest.failed:
        notices.append(
            Notice(
                "model_failed",
                f"{', '.join(backtest.failed)} n'a pas pu être estimé pendant la validation "
                "(remplacé par la méthode saisonnière naïve, exclu du choix).",
            )
        )
    if backtest is not None and backtest.origins < 7:
        notices.append(
            Notice(
                "short_backtest",
                f"validation sur {backtest.origins} origine(s) seulement : le choix du modèle "
                "est fragile.",
            )
        )
    limit = threshold(job.prepared.values, per_day=job.step.per_day)
    return SeriesForecast(
        series=job.prepared.series,
        chosen=model,
        gain=gain if model == chosen else None,
        choose_at=lead,
        backtest=backtest,
        forecast=points,
        peaks=peaks(points, limit=limit),
        threshold=limit,
        calendar=dict(job.adjustment.factors),
        regressors=job.regressors,
        outliers=job.prepared.outliers,
        notices=tuple(notices),
    )
