"""`relais pseudonymize`: a file, standard input, or a patient's stored documents."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relais.cli import app
from relais.privacy.audit import search
from relais.store.engine import make_engine
from tests.ingest.french_record import PATIENT, french_stay_bundle

runner = CliRunner()
NOTE = "Vu par le Dr Martin le 12/03/2024. Maladie de Parkinson. Tél. 06 12 34 56 78.\n"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Text commands: no database is opened."""
    return {
        "RELAIS_DATABASE_URL": f"sqlite:///{tmp_path / 'unused.db'}",
        "RELAIS_DATA_DIR": str(tmp_path / "data"),
        "RELAIS_PSEUDONYMISATION_KEY": "cle-de-test-0123456789",
    }


@pytest.fixture
def db_env(env: dict[str, str], database_url: str) -> dict[str, str]:
    return {**env, "RELAIS_DATABASE_URL": database_url}


def test_a_file_as_text(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    result = runner.invoke(app, ["pseudonymize", str(path)], env=env)
    assert result.exit_code == 0, result.output
    assert "Martin" not in result.stdout and "12/03/2024" not in result.stdout
    assert "Maladie de Parkinson" in result.stdout


def test_stdin_as_json_has_no_originals(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["pseudonymize", "-", "--json"], input=NOTE, env=env)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [s["type"] for s in out["spans"]] == ["CLINICIAN_NAME", "DATE", "PHONE"]
    assert all(set(s) == {"type", "start", "end", "surrogate"} for s in out["spans"])
    assert "Martin" not in result.stdout


def test_the_key_file_is_created_when_no_key_is_set(env: dict[str, str], tmp_path: Path) -> None:
    without: dict[str, str | None] = {**env, "RELAIS_PSEUDONYMISATION_KEY": None}
    first = runner.invoke(app, ["pseudonymize", "-"], input=NOTE, env=without)
    assert first.exit_code == 0, first.output
    assert (tmp_path / "data" / "pseudonymisation.key").exists()
    again = runner.invoke(app, ["pseudonymize", "-"], input=NOTE, env=without)
    assert again.stdout == first.stdout


def test_the_same_key_gives_the_same_output(env: dict[str, str]) -> None:
    first = runner.invoke(app, ["pseudonymize", "-"], input=NOTE, env=env).stdout
    assert runner.invoke(app, ["pseudonymize", "-"], input=NOTE, env=env).stdout == first
    other = {**env, "RELAIS_PSEUDONYMISATION_KEY": "une-autre-cle"}
    assert runner.invoke(app, ["pseudonymize", "-"], input=NOTE, env=other).stdout != first


def test_a_patients_documents(db_env: dict[str, str], tmp_path: Path) -> None:
    env = db_env
    bundle = tmp_path / "stay.json"
    bundle.write_text(json.dumps(french_stay_bundle()), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(bundle)], env=env).exit_code == 0
    result = runner.invoke(app, ["pseudonymize", "--patient", "004512378", "--json"], env=env)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert PATIENT not in result.stdout
    (doc,) = out["documents"]
    assert "Lefèvre" not in doc["text"] and "Kardégic 75 mg" in doc["text"]
    text = runner.invoke(app, ["pseudonymize", "--patient", PATIENT], env=env)
    assert text.exit_code == 0 and "===" in text.stdout and "Lefèvre" not in text.stdout
    engine = make_engine(env["RELAIS_DATABASE_URL"])
    try:
        with engine.connect() as conn:
            reads = search(conn, patient_id=PATIENT)
    finally:
        engine.dispose()
    assert [(e.action, e.outcome, e.role, e.purpose) for e in reads] == [
        ("read_notes", "success", "physician", "pseudonymisation")
    ] * 2


def test_a_file_with_the_patients_context_is_audited(
    db_env: dict[str, str], tmp_path: Path
) -> None:
    bundle = tmp_path / "stay.json"
    bundle.write_text(json.dumps(french_stay_bundle()), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(bundle)], env=db_env).exit_code == 0
    note = tmp_path / "note.txt"
    note.write_text("Appel de Mme Lefèvre ce jour, domicile 12 rue des Lilas.", encoding="utf-8")
    result = runner.invoke(app, ["pseudonymize", str(note), "--patient", PATIENT], env=db_env)
    assert result.exit_code == 0, result.output
    assert "Lefèvre" not in result.stdout and "Lilas" not in result.stdout
    engine = make_engine(db_env["RELAIS_DATABASE_URL"])
    try:
        with engine.connect() as conn:
            assert [e.action for e in search(conn, patient_id=PATIENT)] == ["read"]
    finally:
        engine.dispose()


def test_a_role_that_may_not_read_notes_is_refused(db_env: dict[str, str], tmp_path: Path) -> None:
    bundle = tmp_path / "stay.json"
    bundle.write_text(json.dumps(french_stay_bundle()), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(bundle)], env=db_env).exit_code == 0
    arguments = ["pseudonymize", "--patient", PATIENT, "--as-role", "secretary"]
    result = runner.invoke(app, arguments, env=db_env)
    assert result.exit_code == 4
    assert "secretary" in result.output and "Lefèvre" not in result.stdout


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["pseudonymize"], 2, "--patient"),
        (["pseudonymize", "/nonexistent/note.txt"], 2, "no such file"),
        (["pseudonymize", "--patient", "nobody"], 3, "nobody"),
    ],
)
def test_errors_say_what_to_do(
    db_env: dict[str, str], arguments: list[str], code: int, message: str
) -> None:
    result = runner.invoke(app, arguments, env=db_env)
    assert result.exit_code == code
    assert message in result.output
