"""The command line: JSON summary and exit codes of `relais ingest`, and the read commands."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relais.cli import app
from tests.ingest.french_record import PATIENT, STAY, french_stay_bundle

runner = CliRunner()


@pytest.fixture
def env(database_url: str) -> dict[str, str]:
    return {"RELAIS_DATABASE_URL": database_url}


@pytest.fixture
def stay_file(tmp_path: Path) -> Path:
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(french_stay_bundle()))
    return path


def test_ingest_prints_the_summary_and_exits_0(env: dict[str, str], stay_file: Path) -> None:
    result = runner.invoke(app, ["ingest", str(stay_file)], env=env)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert {"files", "resources", "created", "updated", "unchanged", "rejected"} <= summary.keys()
    assert (summary["files"], summary["resources"], summary["created"], summary["rejected"]) == (
        1,
        12,
        12,
        [],
    )
    again = json.loads(runner.invoke(app, ["ingest", str(stay_file)], env=env).stdout)
    assert (again["created"], again["unchanged"]) == (0, 12)


def test_ingest_exits_1_when_something_is_rejected(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.ndjson"
    good = '{"resourceType": "Patient", "id": "a"}'
    wrong_date = '{"resourceType": "Patient", "id": "b", "birthDate": "03/02/1941"}'
    bad.write_text(f"{good}\n{wrong_date}\n")
    result = runner.invoke(app, ["ingest", str(bad)], env=env)
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["created"] == 1
    rejected = summary["rejected"][0]
    assert (rejected["file"], rejected["position"], rejected["resource"]) == (
        str(bad),
        "line 2",
        "Patient/b",
    )
    assert "birthDate" in rejected["reason"]


@pytest.mark.parametrize(
    "arguments",
    [["ingest"], ["ingest", "/nonexistent/file.json"], ["ingest", "--batch-size", "0", "x"]],
)
def test_usage_errors_exit_2(env: dict[str, str], arguments: list[str]) -> None:
    assert runner.invoke(app, arguments, env=env).exit_code == 2


def test_ingest_reads_stdin_as_json_or_ndjson(env: dict[str, str]) -> None:
    pretty = json.dumps(french_stay_bundle(), indent=2)
    result = runner.invoke(app, ["ingest", "-"], input=pretty, env=env)
    assert result.exit_code == 0 and json.loads(result.stdout)["created"] == 12
    lines = '{"resourceType":"Patient","id":"x1"}\n{"resourceType":"Patient","id":"x2"}\n'
    result = runner.invoke(app, ["ingest", "-"], input=lines, env=env)
    assert json.loads(result.stdout)["created"] == 2


def test_ingest_a_folder(env: dict[str, str], stay_file: Path, tmp_path: Path) -> None:
    (tmp_path / "more.ndjson").write_text('{"resourceType":"Patient","id":"x1"}\n')
    (tmp_path / "notes.txt").write_text("ignored")
    summary = json.loads(runner.invoke(app, ["ingest", str(tmp_path)], env=env).stdout)
    assert (summary["files"], summary["created"]) == (2, 13)


def test_patients_and_patient(env: dict[str, str], stay_file: Path) -> None:
    runner.invoke(app, ["ingest", str(stay_file)], env=env)
    listing = json.loads(runner.invoke(app, ["patients", "--json"], env=env).stdout)
    assert [(p["id"], p["family"], p["ipp"], p["stays"]) for p in listing] == [
        (PATIENT, "Lefèvre", "004512378", 1)
    ]
    assert "LEFÈVRE Jeanne Marie" in runner.invoke(app, ["patients"], env=env).stdout
    assert json.loads(
        runner.invoke(app, ["patients", "--json", "--search", "03/02/1941"], env=env).stdout
    )
    assert (
        json.loads(runner.invoke(app, ["patients", "--json", "--search", "durand"], env=env).stdout)
        == []
    )

    record = json.loads(runner.invoke(app, ["patient", "004512378", "--json"], env=env).stdout)
    assert record["id"] == PATIENT
    assert [s["id"] for s in record["stays"]] == [STAY]
    assert record["stays"][0]["admit_source"] == "Urgences"
    assert [m["label"] for m in record["medications"]] == [
        "Lasilix"
    ]  # the stopped ramipril is not current
    assert record["allergies"][0]["label"] == "Pénicillines"
    assert record["results"][0]["value"] == "5,8"
    sheet = runner.invoke(app, ["patient", PATIENT], env=env).stdout
    for expected in (
        "LEFÈVRE Jeanne Marie (née GARNIER)",
        "Dr Luc Moreau (RPPS 10002345678)",
        "Cardiologie",
        "Insuffisance cardiaque congestive",
        "Kaliémie : 5,8 mmol/L",
        "Observation d'entrée",
    ):
        assert expected in sheet


def test_unknown_patient_exits_3_with_a_hint(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["patient", "nobody"], env=env)
    assert result.exit_code == 3
    assert "relais patients" in result.stderr


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    env = {"RELAIS_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}
    result = runner.invoke(app, ["patients"], env=env)
    assert result.exit_code == 5
    assert "RELAIS_DATABASE_URL" in result.stderr
