"""A manager's CSV: the formats accepted, and errors that name the line and the fix."""

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from relais.errors import InvalidInput
from relais.forecast.csv_series import parse_csv_series, read_csv_series
from relais.forecast.series import Kind

ACCEPTED = [
    ("header, commas", "date,value\n2024-03-01,132\n2024-03-02,118\n", [132, 118]),
    ("no header", "2024-03-01,132\n2024-03-02,118\n", [132, 118]),
    ("French header", "jour;passages\n2024-03-01;132\n2024-03-02;118\n", [132, 118]),
    ("semicolons, decimal comma", "date;valeur\n01/03/2024;131,5\n02/03/2024;118\n", [131.5, 118]),
    ("tabs", "date\tvaleur\n2024-03-01\t132\n2024-03-02\t1 118\n", [132, 1118]),
    ("blank lines, comments", "# export SAU\n\n2024-03-01,132\n\n2024-03-02,118\n", [132, 118]),
    ("unsorted", "2024-03-02,118\n2024-03-01,132\n", [132, 118]),
    ("trailing delimiter", "2024-03-01;132;\n2024-03-02;118;\n", [132, 118]),
]


@pytest.mark.parametrize(("case", "text", "expected"), ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_accepted_formats(case: str, text: str, expected: list[float]) -> None:
    series = parse_csv_series(text, source="passages.csv", kind=Kind.ARRIVALS)
    assert series.start == datetime(2024, 3, 1)
    assert series.values.tolist() == expected
    assert (series.key, series.label, series.source) == ("csv:passages", "passages", "passages.csv")


def test_gaps_and_empty_values_are_missing_days() -> None:
    text = "date,value\n2024-03-01,10\n2024-03-02,\n2024-03-05,12\n"
    series = parse_csv_series(text, source="lits.csv", kind=Kind.OCCUPANCY)
    assert len(series) == 5
    assert np.isnan(series.values[[1, 2, 3]]).all()
    assert series.values[[0, 4]].tolist() == [10, 12]
    assert not series.counts


ERRORS = [
    (
        "bad date",
        "date,value\n2024-03-01,10\n2024-13-01,12\n",
        "ligne 3 : date illisible « 2024-13-01 »",
    ),
    ("bad value", "date,value\n2024-03-01,dix\n", "ligne 2 : valeur illisible « dix »"),
    ("decimal comma with commas", "2024-03-01,10,5\n", "ligne 1 : 3 colonne(s) au lieu de 2"),
    ("one column", "date,value\n2024-03-01\n", "ligne 2 : 1 colonne(s) au lieu de 2"),
    (
        "duplicate",
        "2024-03-01,10\n2024-03-02,11\n2024-03-01,12\n",
        "ligne 3 : le 2024-03-01 figure déjà ligne 1",
    ),
    ("negative", "2024-03-01,-4\n", "ligne 1 : valeur négative (-4)"),
    (
        "time of day",
        "date,value\n2024-03-01T08:00,4\n",
        "ligne 2 : « 2024-03-01T08:00 » contient une heure",
    ),
    ("infinite", "2024-03-01,inf\n", "ligne 1 : valeur illisible « inf »"),
]


@pytest.mark.parametrize(("case", "text", "message"), ERRORS, ids=[c[0] for c in ERRORS])
def test_errors_name_the_line(case: str, text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_csv_series(text, source="export.csv", kind=Kind.ARRIVALS)
    assert message in str(caught.value)
    assert str(caught.value).startswith("export.csv : ")


def test_several_bad_lines_are_reported_together() -> None:
    text = "date,value\n" + "".join(f"2024-03-{d:02d},x{d}\n" for d in range(1, 10))
    with pytest.raises(InvalidInput) as caught:
        parse_csv_series(text, source="export.csv", kind=Kind.ADMISSIONS)
    message = str(caught.value)
    assert "5 ligne(s) illisible(s)" in message
    assert "ligne 2 :" in message and "ligne 6 :" in message and "ligne 7 :" not in message


@pytest.mark.parametrize("text", ["", "date,value\n", "# rien\n\n"])
def test_no_data_is_an_error(text: str) -> None:
    with pytest.raises(InvalidInput, match="aucune ligne de données"):
        parse_csv_series(text, source="vide.csv", kind=Kind.ARRIVALS)


def test_windows_1252_and_bom(tmp_path: Path) -> None:
    latin = tmp_path / "entrées.csv"
    latin.write_bytes("date;entrées\n01/03/2024;12\n".encode("cp1252"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffdate,value\n2024-03-01,12\n".encode())
    for path in (latin, bom):
        assert read_csv_series(path, kind=Kind.ADMISSIONS).values.tolist() == [12]


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="impossible de lire"):
        read_csv_series(tmp_path / "absent.csv", kind=Kind.ARRIVALS)
