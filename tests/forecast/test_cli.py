"""`relais forecast`: text for managers, JSON, PNG, and errors as exit codes."""

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from relais.cli import app
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from tests.forecast.conftest import TinyHospital
from tests.forecast.helpers import weekly_with_noise

runner = CliRunner()


@pytest.fixture(scope="module")
def database(
    tiny_hospital: TinyHospital, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('forecast-cli') / 'relais.db'}"
    engine = make_engine(url)
    upgrade(engine)
    tiny_hospital.ingest(engine)
    engine.dispose()
    yield {"RELAIS_DATABASE_URL": url}


@pytest.fixture
def manager_csv(tmp_path: Path) -> Path:
    values = weekly_with_noise(70, seed=8)
    days = np.datetime64("2024-09-02") + np.arange(70)
    path = tmp_path / "passages_sau.csv"
    lines = ["date;passages"] + [f"{d};{int(v)}" for d, v in zip(days, values, strict=True)]
    del lines[20]  # a missing day
    path.write_text("\n".join(lines) + "\n")
    return path


def test_csv_series_as_json_with_a_chart(manager_csv: Path, tmp_path: Path) -> None:
    png = tmp_path / "img" / "prevision.png"
    result = runner.invoke(
        app,
        [
            "forecast",
            "arrivals",
            "--series",
            str(manager_csv),
            "--horizon",
            "7",
            "--weeks",
            "3",
            "--json",
            "--png",
            str(png),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (series,) = data["series"]
    assert series["series"]["key"] == "csv:passages_sau" and series["series"]["length"] == 70
    assert len(series["forecast"]) == 7 and series["forecast"][0]["at"] == "2024-11-11"
    assert series["backtest"]["origins"] == 8
    assert {s["model"] for s in series["backtest"]["scores"]} >= {
        "SeasonalNaive",
        series["chosen_model"],
    }
    assert [w["code"] for w in series["warnings"]][:1] == ["gaps"]
    assert "comptés 0 : 2024-09-21" in series["warnings"][0]["message"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_text_for_managers(database: dict[str, str]) -> None:
    result = runner.invoke(
        app,
        ["forecast", "occupancy", "--service", "medecine interne", "--horizon", "5"],
        env=database,
    )
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("Lits occupés à minuit — Médecine interne — historique du ")
    assert "Modèle retenu : " in text and "Prévision (5 jours) :" in text
    assert "IC 80 %" in text and "Pics attendus : " in text
    assert "Avertissements :" in text and "premiers jours sont écartés" in text


def test_all_units_in_json(database: dict[str, str]) -> None:
    result = runner.invoke(
        app,
        [
            "forecast",
            "admissions",
            "--service",
            "tous",
            "--until",
            "2024-01-18",
            "--horizon",
            "3",
            "--json",
        ],
        env=database,
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    series = data["series"]
    keys = [s["series"]["key"] for s in series]
    assert keys[0] == "admissions:total" and "admissions:cardiologie" in keys and len(keys) >= 8
    assert all(s["series"]["end"] == "2024-01-18" for s in series)
    assert all(s["chosen_model"] == "SeasonalNaive" and s["backtest"] is None for s in series)
    assert [s["code"] for s in data["skipped"]] == ["skipped"]  # réanimation: 3 days
    assert "Réanimation polyvalente : 3 jour(s) d'historique" in data["skipped"][0]["message"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["forecast", "admissions", "--service", "urologie"], "service « urologie » introuvable"),
        (["forecast", "admissions", "--hourly"], "No such option"),
        (["forecast", "arrivals", "--horizon", "120"], "choisissez entre 1 et 90 jours"),
        (["forecast", "arrivals", "--school-zone", "D"], "zone scolaire « D » inconnue"),
        (["forecast", "arrivals", "--until", "2024-13-01"], "--until must be a date"),
    ],
)
def test_errors(database: dict[str, str], args: list[str], message: str) -> None:
    result = runner.invoke(app, args, env=database)
    assert result.exit_code == 2
    assert message in result.output


def test_a_bad_csv_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lits.csv"
    path.write_text("date,value\n2024-03-01,120\n2024-03-02,cent\n")
    result = runner.invoke(app, ["forecast", "occupancy", "--series", str(path)])
    assert result.exit_code == 2
    assert "Erreur : " in result.output and "ligne 3 : valeur illisible « cent »" in result.output
