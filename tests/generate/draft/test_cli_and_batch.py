"""`relais draft …` on a synthetic hospital: JSON, files, the day's discharges in a batch, and
one letter end to end with the embedded model shipped in a PyPI package (real inference)."""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from relais.cli import app
from relais.generate.draft import codes
from relais.generate.draft.batch import discharged_on
from tests.hospital import Hospital

RUNNER = CliRunner()


@pytest.fixture
def settings_env(sqlite_hospital: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RELAIS_DATABASE_URL", sqlite_hospital.url.render_as_string(False))
    monkeypatch.setenv("RELAIS_DATA_DIR", str(tmp_path))


def test_draft_letter_json_without_model(hospital: Hospital, settings_env: None) -> None:
    stay = hospital.stays[0]
    result = RUNNER.invoke(app, ["draft", "letter", stay["nda"], "--no-model", "--no-notes"])
    assert result.exit_code == 0, result.output
    letter = json.loads(result.stdout)
    assert letter["kind"] == "lettre_de_liaison" and letter["stay"]["nda"] == stay["nda"]
    assert [s["code"] for s in letter["sections"]] == list(codes.LETTER_SECTIONS)
    assert letter["version"] >= 1 and letter["id"]
    assert "à rédiger" in result.stderr


def test_draft_synthesis_html_file(hospital: Hospital, settings_env: None, tmp_path: Path) -> None:
    patient = hospital.patients[0]
    out = tmp_path / "synthese.html"
    args = ["draft", "synthesis", patient["ipp"], "--no-model", "--no-notes"]
    result = RUNNER.invoke(app, [*args, "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Synthèse médicale" in out.read_text()


def test_pdf_needs_a_file_and_unknown_stay_is_clear(settings_env: None) -> None:
    result = RUNNER.invoke(app, ["draft", "letter", "nope", "--no-model", "--format", "pdf"])
    assert result.exit_code == 3 and "nope" in result.stderr


def test_batch_of_a_day(
    hospital: Hospital, sqlite_hospital: Engine, settings_env: None, tmp_path: Path
) -> None:
    day = date.fromisoformat(hospital.stays[0]["discharge"][:10])
    with sqlite_hospital.connect() as conn:
        expected = discharged_on(conn, day)
    truth = {s["encounter_id"] for s in hospital.stays if s["discharge"].startswith(str(day))}
    assert truth <= set(expected)
    out = tmp_path / "letters"
    result = RUNNER.invoke(
        app,
        [
            "draft",
            "letters",
            "--discharged-on",
            str(day),
            "--concurrency",
            "3",
            "--no-model",
            "--no-notes",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["stays"] == len(expected) and report["failed"] == []
    assert len(list(out.glob("lettre-*.json"))) == len(expected)


def test_bad_day_is_a_clear_error(settings_env: None) -> None:
    result = RUNNER.invoke(app, ["draft", "letters", "--discharged-on", "19/03/2024"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


@pytest.mark.slow
def test_letter_end_to_end_with_the_embedded_model(
    hospital: Hospital, settings_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAIS_LLM_MAX_TOKENS", "300")
    stay = next(s for s in hospital.stays if s["discharge_medications"])
    result = RUNNER.invoke(app, ["draft", "letter", stay["encounter_id"], "--no-notes"])
    assert result.exit_code == 0, result.output
    letter = json.loads(result.stdout)
    model = letter["model"]
    assert model["backend"] == "embedded" and model["model"].endswith(".gguf")
    assert model["prompt_hash"] and model["duration_s"] > 0
    if model["outcome"] == "ok":  # the 135M model writes poor prose, but valid cited JSON
        motif = letter["sections"][0]
        assert motif["sentences"]
        for sentence in motif["sentences"]:
            assert set(sentence["citations"]) <= set(letter["facts"])
    else:  # a truncated answer is reported, never a crash
        assert model["outcome"] == "bad_output" and letter["warnings"]
