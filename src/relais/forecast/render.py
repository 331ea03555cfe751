"""The forecast as French text for managers (``relais forecast`` without ``--json``)."""

from relais.forecast.labels import (
    day,
    lead_label,
    model_label,
    number,
    percent,
    regressor_label,
)
from relais.forecast.models import NAIVE
from relais.forecast.result import Backtest, ForecastReport, SeriesForecast

HOURLY_ROWS = 48


def report_text(report: ForecastReport) -> str:
    parts = [series_text(s) for s in report.series]
    if report.skipped:
        parts.append(
            "\n".join(["Séries non prévues :"] + [f"  - {n.message}" for n in report.skipped])
        )
    return "\n\n".join(parts)


def series_text(result: SeriesForecast) -> str:
    s, hourly = result.series, result.hourly
    unit = "heures" if hourly else "jours"
    lines = [
        f"{s.label} — historique du {day(s.start, hourly)} au {day(s.end, hourly)} "
        f"({len(s)} {unit}{'' if s.source == 'base' else ', fichier ' + s.source})",
        _chosen_line(result),
    ]
    if result.calendar:
        effects = " ; ".join(
            f"{regressor_label(name)} × {number(factor, 2)}"
            for name, factor in result.calendar.items()
        )
        lines.append(f"Effets du calendrier appliqués à tous les modèles : {effects}.")
    if result.regressors:
        lines.append("Saison annuelle : termes de Fourier dans ARIMA.")
    if result.backtest is not None:
        lines += ["", *_backtest_lines(result, result.backtest)]
    lines += ["", *_forecast_lines(result)]
    if result.notices:
        lines += ["", "Avertissements :"] + [f"  - {n.message}" for n in result.notices]
    return "\n".join(lines)


def _chosen_line(result: SeriesForecast) -> str:
    text = f"Modèle retenu : {model_label(result.chosen)}"
    lead = lead_label(result.choose_at, result.hourly)
    where = f"sur {lead}" if result.choose_at is None else f"à {lead}"
    if result.gain is not None and result.chosen != NAIVE:
        better = "inférieure" if result.gain >= 0 else "supérieure"
        text += (
            f" — erreur {where} {better} de {percent(abs(result.gain))} à celle de la méthode "
            "saisonnière naïve"
        )
    elif result.backtest is not None:
        text += f" — aucun modèle ne fait mieux {where} que la méthode saisonnière naïve"
    return text + "."


def _backtest_lines(result: SeriesForecast, backtest: Backtest) -> list[str]:
    hourly = result.hourly
    leads = sorted({x.lead for x in backtest.scores if x.lead is not None})
    models = list(dict.fromkeys(x.model for x in backtest.scores))
    head = "".join(f"{'MASE ' + _short(lead, hourly):>12}" for lead in [*leads, None])
    choose = _short(result.choose_at, hourly)
    lines = [
        f"Validation glissante : {backtest.origins} prévisions de {backtest.horizon} pas, "
        f"origines du {day(backtest.first_origin, hourly)} au "
        f"{day(backtest.last_origin, hourly)}.",
        f"  {'Modèle':<28}{head}{'MAPE ' + choose:>12}{'Couv. 80 %':>12}{'Couv. 95 %':>12}",
    ]
    for model in models:
        cells = "".join(f"{number(_mase(backtest, model, lead), 2):>11}" for lead in [*leads, None])
        chosen = backtest.score(model, result.choose_at)
        overall = backtest.score(model, None)
        mape = None if chosen is None or chosen.mape is None else chosen.mape / 100
        mark = "*" if model == result.chosen else " "
        lines.append(
            f"{mark} {model_label(model):<28}{cells}{percent(mape):>12}"
            f"{percent(overall.coverage_80 if overall else None):>12}"
            f"{percent(overall.coverage_95 if overall else None):>12}"
        )
    same = "même heure" if hourly else "même jour"
    lines.append(
        f"  MASE < 1 : meilleur que « {same} la semaine précédente » sur l'historique ; moy. : "
        "toutes échéances ; couverture : part des valeurs observées dans l'intervalle ; "
        "* modèle retenu."
    )
    return lines


def _short(lead: int | None, hourly: bool) -> str:
    return "moy." if lead is None else lead_label(lead, hourly)


def _mase(backtest: Backtest, model: str, lead: int | None) -> float | None:
    found = backtest.score(model, lead)
    return None if found is None else found.mase


def _forecast_lines(result: SeriesForecast) -> list[str]:
    hourly = result.hourly
    points = result.forecast[:HOURLY_ROWS] if hourly else result.forecast
    span = f"{len(result.forecast)} heures" if hourly else f"{len(result.forecast)} jours"
    lines = [
        f"Prévision ({span}) :",
        f"  {'Date':<20}{'Prévu':>8}{'IC 80 %':>16}{'IC 95 %':>16}",
    ]
    for p in points:
        lines.append(
            f"  {day(p.at, hourly):<20}{number(p.mean):>8}"
            f"{_interval(p.low_80, p.high_80):>16}{_interval(p.low_95, p.high_95):>16}"
        )
    if len(points) < len(result.forecast):
        lines.append(f"  … {len(result.forecast) - len(points)} heures de plus avec --json.")
    lines.append(_peaks_line(result))
    return lines


def _interval(low: float, high: float) -> str:
    return f"[{number(low)} – {number(high)}]"


def _peaks_line(result: SeriesForecast) -> str:
    threshold = number(result.threshold)
    cells = [
        f"{day(p.point.at, result.hourly)} ({number(p.point.mean)}"
        f"{', au-dessus du seuil' if p.alert else ''})"
        for p in result.peaks
    ]
    alerts = sum(p.alert for p in result.peaks)
    note = (
        f"{alerts} au-dessus du 9e décile de la dernière année ({threshold})"
        if alerts
        else f"aucun au-dessus du 9e décile de la dernière année ({threshold})"
    )
    return f"Pics attendus : {' ; '.join(cells)} — {note}."
