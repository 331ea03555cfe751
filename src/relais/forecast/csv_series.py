"""A manager's daily series as CSV: ``date,value`` (the export of another system).

Accepted: a header line or none; ``,`` ``;`` or tab between the two cells; dates
``AAAA-MM-JJ`` or ``JJ/MM/AAAA``; decimal point, or decimal comma when cells are separated by
``;`` or tabs; UTF-8 (with or without BOM) or Windows-1252; blank lines and ``#`` comments.
An empty value is a missing day; a missing date is a gap: both are handled by ``prepare``.
Anything else stops with an error naming the line and how to fix it (up to five at once).
"""

import math
from datetime import date, datetime
from pathlib import Path

import numpy as np

from relais.errors import InvalidInput
from relais.forecast.series import Kind, Series, Step

MAX_ERRORS = 5
DATE_HELP = "écrivez AAAA-MM-JJ (2024-03-01) ou JJ/MM/AAAA (01/03/2024)"


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _delimiter(line: str) -> str:
    for candidate in (";", "\t", ","):
        if candidate in line:
            return candidate
    return ","


def _parse_date(cell: str) -> date | None:
    text = cell.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _parse_value(cell: str, delimiter: str) -> float:
    text = cell.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if delimiter != ",":
        text = text.replace(",", ".")
    value = float(text)  # ValueError for the caller
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def parse_csv_series(text: str, *, source: str, kind: Kind, label: str | None = None) -> Series:
    """The series of a CSV text; ``source`` names it in errors (usually the file name)."""
    rows: dict[date, tuple[int, float]] = {}
    errors: list[str] = []
    delimiter: str | None = None
    header_allowed = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        delimiter = delimiter or _delimiter(line)
        cells = [c.strip() for c in line.split(delimiter)]
        while len(cells) > 2 and not cells[-1]:
            cells.pop()
        first_line, header_allowed = header_allowed, False
        day = _parse_date(cells[0])
        if day is None and first_line:
            continue  # the header
        problem = _check_row(cells, day, rows, delimiter)
        if isinstance(problem, str):
            errors.append(f"ligne {number} : {problem}")
            if len(errors) == MAX_ERRORS:
                break
            continue
        assert day is not None
        rows[day] = (number, problem)
    if errors:
        raise InvalidInput(
            f"{source} : {len(errors)} ligne(s) illisible(s) (format attendu : date,valeur "
            f"— une ligne par jour).\n  " + "\n  ".join(errors)
        )
    if not rows:
        raise InvalidInput(
            f"{source} : aucune ligne de données. Le fichier doit contenir une ligne par jour "
            "« date,valeur », par exemple « 2024-03-01,132 »."
        )
    return _series(rows, source=source, kind=kind, label=label)


def _check_row(
    cells: list[str],
    day: date | None,
    rows: dict[date, tuple[int, float]],
    delimiter: str,
) -> str | float:
    """The value of a row, or what is wrong with it."""
    if len(cells) != 2:
        return f"{len(cells)} colonne(s) au lieu de 2 (date{delimiter}valeur)"
    if day is None:
        if "T" in cells[0] or ":" in cells[0]:
            return f"« {cells[0]} » contient une heure : une valeur par jour est attendue"
        return f"date illisible « {cells[0]} » : {DATE_HELP}"
    if day in rows:
        return f"le {day.isoformat()} figure déjà ligne {rows[day][0]} : gardez une seule ligne"
    if not cells[1]:
        return math.nan
    try:
        value = _parse_value(cells[1], delimiter)
    except ValueError:
        return f"valeur illisible « {cells[1]} » : écrivez un nombre (132 ou 132.5)"
    if value < 0:
        return f"valeur négative ({cells[1]}) : un nombre de patients ne peut pas être négatif"
    return value


def _series(
    rows: dict[date, tuple[int, float]], *, source: str, kind: Kind, label: str | None
) -> Series:
    first, last = min(rows), max(rows)
    values = np.full((last - first).days + 1, np.nan)
    for day, (_, value) in rows.items():
        values[(day - first).days] = value
    return Series(
        key=f"csv:{Path(source).stem}",
        label=label or Path(source).stem,
        kind=kind,
        step=Step.DAY,
        start=datetime.combine(first, datetime.min.time()),
        values=values,
        counts=kind is not Kind.OCCUPANCY,
        source=Path(source).name,
    )


def read_csv_series(path: Path, *, kind: Kind, label: str | None = None) -> Series:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            f"impossible de lire {path} ({exc.strerror}) : vérifiez le chemin du fichier."
        ) from exc
    return parse_csv_series(_decode(data), source=str(path), kind=kind, label=label)
