"""A killed import leaves a consistent database, and re-running it completes the import."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from relais.ingest.importer import Importer
from relais.store.tables import fhir_resources, observations, patients

PATIENTS = 3000


def _write_bulk(path: Path) -> int:
    """Patients and two observations each, as a bulk-export NDJSON file."""
    with path.open("w") as out:
        for i in range(PATIENTS):
            out.write(
                json.dumps({"resourceType": "Patient", "id": f"p{i}", "gender": "female"}) + "\n"
            )
            for k, (code, value) in enumerate((("2160-0", 88.0), ("2823-3", 4.1))):
                observation = {
                    "resourceType": "Observation",
                    "id": f"o{i}-{k}",
                    "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                    "subject": {"reference": f"Patient/p{i}"},
                    "valueQuantity": {"value": value, "unit": "mmol/L"},
                }
                out.write(json.dumps(observation) + "\n")
    return PATIENTS * 3


def _count(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


@pytest.mark.slow
def test_killed_import_is_consistent_and_resumable(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    bulk = tmp_path / "bulk.ndjson"
    total = _write_bulk(bulk)
    env = {**os.environ, "RELAIS_DATABASE_URL": database_url}
    command = [sys.executable, "-m", "relais", "ingest", "--batch-size", "100", str(bulk)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180  # generous: CI machines may be loaded
    while _count(engine, fhir_resources) < 300 and time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"import ended before it could be killed: {process.stderr.read()!r}")  # type: ignore[union-attr]
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()

    stored = _count(engine, fhir_resources)
    assert 0 < stored < total, "the kill must land in the middle of the import"
    with engine.connect() as conn:
        obs_resources = conn.execute(
            select(func.count())
            .select_from(fhir_resources)
            .where(fhir_resources.c.resource_type == "Observation")
        ).scalar_one()
    assert _count(engine, observations) == obs_resources  # every stored resource has its rows
    assert _count(engine, patients) == stored - obs_resources

    summary = Importer(engine).run([str(bulk)])
    assert summary.ok
    assert summary.created + summary.unchanged == total
    assert summary.unchanged == stored
    assert _count(engine, fhir_resources) == total
    assert _count(engine, observations) == PATIENTS * 2


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid``, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
def test_a_killed_worker_process_stops_the_import_with_a_clear_error(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    bulk = tmp_path / "bulk.ndjson"
    total = _write_bulk(bulk)
    env = {**os.environ, "RELAIS_DATABASE_URL": database_url}
    command = [sys.executable, "-m", "relais", "ingest", "--workers", "2", "--batch-size", "100"]
    process = subprocess.Popen(
        [*command, str(bulk)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 180  # generous: CI machines may be loaded
    while _count(engine, fhir_resources) < 300 and time.monotonic() < deadline:
        assert process.poll() is None, f"import ended early: {process.stderr.read()!r}"  # type: ignore[union-attr]
        time.sleep(0.02)
    # The validation workers are the forkserver's children (grandchildren of the command).
    workers = [worker for child in _children(process.pid) for worker in _children(child)]
    assert workers, "no worker process found"
    os.kill(workers[-1], signal.SIGKILL)
    _, stderr = process.communicate(timeout=180)

    assert process.returncode == 1
    assert "Traceback" not in stderr
    assert "a validation worker process stopped during the import" in stderr
    assert "killed by signal 9" in stderr
    assert "run the same command again" in stderr
    stored = _count(engine, fhir_resources)
    assert f"{stored} resources were committed" in stderr
    summary = Importer(engine).run([str(bulk)])
    assert summary.ok and summary.created + summary.unchanged == total
