"""The forecast as a PNG: recent history, forecast, 80 % and 95 % bands, expected peaks.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no display, no global
state), so that a web server can draw charts in several threads.
"""

import io
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from relais.errors import InvalidInput
from relais.forecast.labels import model_label
from relais.forecast.result import ForecastReport, SeriesForecast
from relais.forecast.series import Kind

if TYPE_CHECKING:
    from matplotlib.axes import Axes

HISTORY_DAYS = {False: 84, True: 7}
Y_LABELS = {
    Kind.ARRIVALS: "Passages aux urgences par {per}",
    Kind.ADMISSIONS: "Admissions par {per}",
    Kind.OCCUPANCY: "Lits occupés à minuit",
}
MAX_PANELS = 12


def write_png(report: ForecastReport, path: Path, *, dpi: int = 110) -> Path:
    """One panel per series (at most ``MAX_PANELS``), written to ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes(report, dpi=dpi))
    except OSError as exc:
        raise InvalidInput(f"impossible d'écrire {path} ({exc.strerror}).") from exc
    return path


def png_bytes(report: ForecastReport, *, dpi: int = 110) -> bytes:
    """The chart as PNG bytes (the web page's image)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    shown = report.series[:MAX_PANELS]
    if not shown:
        raise InvalidInput("aucune série n'a pu être prévue : pas de graphique.")
    figure = Figure(figsize=(10, 3.8 * len(shown)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(shown), 1, squeeze=False)[:, 0]
    for ax, result in zip(axes, shown, strict=True):
        _panel(ax, result)
    buffer = io.BytesIO()
    figure.savefig(buffer, dpi=dpi, format="png")
    return buffer.getvalue()


def _x(moments: Sequence[datetime]) -> npt.NDArray[np.datetime64]:
    return np.array(moments, dtype="datetime64[m]")


def _y(values: Sequence[float]) -> npt.NDArray[np.float64]:
    return np.array(values, dtype=float)


def _panel(ax: "Axes", result: SeriesForecast) -> None:
    from matplotlib.ticker import FuncFormatter

    s, hourly = result.series, result.hourly
    first = s.end - timedelta(days=HISTORY_DAYS[hourly])
    shown = [(s.moment(i), v) for i, v in enumerate(s.values.tolist()) if s.moment(i) > first]
    ax.plot(
        _x([m for m, _ in shown]),
        _y([v for _, v in shown]),
        color="#444444",
        linewidth=1.1,
        label="Historique",
    )
    outliers = set(result.outliers)
    marked = [(m, v) for m, v in shown if m in outliers]
    if marked:
        ax.scatter(
            _x([m for m, _ in marked]),
            _y([v for _, v in marked]),
            color="#999999",
            marker="x",
            label="Valeur écartée",
        )
    points = result.forecast
    when = _x([p.at for p in points])
    ax.fill_between(
        when,
        _y([p.low_95 for p in points]),
        _y([p.high_95 for p in points]),
        color="#9ecae1",
        alpha=0.5,
        linewidth=0,
        label="Intervalle 95 %",
    )
    ax.fill_between(
        when,
        _y([p.low_80 for p in points]),
        _y([p.high_80 for p in points]),
        color="#4292c6",
        alpha=0.5,
        linewidth=0,
        label="Intervalle 80 %",
    )
    ax.plot(when, _y([p.mean for p in points]), color="#08519c", linewidth=1.8, label="Prévision")
    peaks = [p.point for p in result.peaks]
    ax.scatter(
        _x([p.at for p in peaks]),
        _y([p.mean for p in peaks]),
        color="#d94801",
        zorder=5,
        label="Pics attendus",
    )
    ax.axhline(
        result.threshold, color="#d94801", linestyle=":", linewidth=1, label="9e décile de l'année"
    )
    title = f"{s.label} — modèle retenu : {model_label(result.chosen)}"
    ax.set_title(title, fontsize=11, loc="left")
    ax.set_ylabel(Y_LABELS[s.kind].format(per="heure" if hourly else "jour"))
    ax.set_xlabel("Date")
    pattern = "%d/%m %Hh" if hourly else "%d/%m/%y"
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _date_text(x, pattern)))
    ax.grid(True, alpha=0.3)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8, ncols=4, frameon=False)


def _date_text(value: float, pattern: str) -> str:
    from matplotlib.dates import num2date

    moment: datetime = num2date(value)  # type: ignore[no-untyped-call]
    return moment.strftime(pattern)
