"""`relais opposition|export|projects`: one patient's opposition, then withdrawal, two extracts."""

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from typer.testing import CliRunner

from relais.cli import app
from tests.privacy.research.small import IPP, PATIENT, import_small_record

runner = CliRunner()
DECLARE = [
    "--requester",
    "Dr Baptiste, DIM",
    "--purpose",
    "Insuffisance cardiaque : réhospitalisations",
    "--legal-basis",
    "MR-004",
]


def _run(env: dict[str, str], *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == code, result.output
    return json.loads(result.stdout) if result.stdout.lstrip().startswith(("{", "[")) else result


def test_opposition_export_and_register_from_the_command_line(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    import_small_record(engine, tmp_path)
    env = {
        "RELAIS_DATABASE_URL": database_url,
        "RELAIS_PSEUDONYMISATION_KEY": "cle-de-test",
        "RELAIS_DATA_DIR": str(tmp_path),
    }
    added = _run(env, "opposition", "add", IPP, "--channel", "courrier", "--note", "LR/AR 12")
    assert (added["patient_id"], added["change"], added["channel"]) == (
        PATIENT,
        "opposition",
        "courrier",
    )
    listed = _run(env, "opposition", "list", "--json")
    assert [o["patient_id"] for o in listed] == [PATIENT]
    _run(env, "opposition", "add", IPP, "--channel", "fax", code=2)

    first = _run(env, "export", "--project", "IC", "--out", str(tmp_path / "un"), *DECLARE)
    assert (first["patients"], first["excluded_opposed"]) == (0, 1)
    _run(env, "opposition", "remove", PATIENT, "--reason", "courrier du 2 avril")
    second = _run(env, "export", "--project", "IC", "--out", str(tmp_path / "deux"))
    assert (second["patients"], second["excluded_opposed"]) == (1, 0)
    assert second["counts"]["stays"] == 1
    assert sorted(p.name for p in (tmp_path / "deux").iterdir()) == [
        "conditions.parquet",
        "documents.parquet",
        "manifest.json",
        "medications.parquet",
        "observations.parquet",
        "patients.parquet",
        "stays.parquet",
    ]

    (project,) = _run(env, "projects", "--json")
    assert [(e["patients"], e["excluded_opposed"]) for e in project["exports"]] == [(0, 1), (1, 0)]
    (mine,) = _run(env, "projects", "--patient", IPP, "--json")
    assert [e["id"] for e in mine["exports"]] == [second["export_id"]]
    text = _run(env, "projects").stdout
    assert "IC — Insuffisance cardiaque" in text and "(1 exclus pour opposition)" in text

    history = _run(env, "opposition", "list", "--history", "--json")
    assert [h["change"] for h in history] == ["opposition", "withdrawal"]
    trail = _run(env, "audit", "search", "--json")
    assert [e["action"] for e in reversed(trail)] == [
        "patient_rights",  # add
        "patient_rights",  # list
        "export",
        "patient_rights",  # remove
        "export",
        "patient_rights",  # projects --patient
        "patient_rights",  # list --history
        "audit",
    ]
    assert _run(env, "audit", "verify").exit_code == 0
