"""The database failing during an import, through the databases' own mechanisms (no mocks).

- It fails mid-import (SQLite: the file reaches its size limit, "database or disk is full";
  PostgreSQL: the server ends the importer's session in the middle of a COPY): the import stops
  with a StorageError that says what happened and what to do, the batches committed before stay
  whole, nothing is half-written, and running the same import again completes it.
- It refuses one row (a hospital's own trigger): only the resource or transaction Bundle
  holding that row is rejected, with the database's reason; the rest of the batch is stored.
"""

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select, text

from relais.errors import StorageError
from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.tables import fhir_resources, observations, patients
from tests.ingest.test_importer import encounter, patient, transaction

PATIENTS = 200
BATCH = 50
LABS = (("2160-0", "Créatinine", 88.0, "umol/L"), ("2823-3", "Potassium", 4.1, "mmol/L"))


def _bulk_export(path: Path) -> int:
    """A bulk-export NDJSON file: patients and two lab results each (creatinine, potassium)."""
    lines = []
    for i in range(PATIENTS):
        lines.append(patient(f"pat-{i}", family=f"Durand{i}"))
        for k, (code, label, value, unit) in enumerate(LABS):
            coding = {"system": "http://loinc.org", "code": code}
            lines.append(
                {
                    "resourceType": "Observation",
                    "id": f"bio-{i}-{k}",
                    "status": "final",
                    "code": {"coding": [coding], "text": label},
                    "subject": {"reference": f"Patient/pat-{i}"},
                    "valueQuantity": {"value": value, "unit": unit},
                }
            )
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n")
    return len(lines)


def _count(engine: Engine, table: Any, **where: str) -> int:
    query = select(func.count()).select_from(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _failing_engine(engine: Engine, database_url: str) -> Engine:
    """The same database, set up to fail once about 150 resources are stored."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
        limited = make_engine(database_url)

        @event.listens_for(limited, "connect")
        def _size_limit(dbapi_connection: Any, _record: Any) -> None:
            # The file may grow by 40 pages (160 kB) in this session, as on a full disk.
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 40}")

        return limited
    with engine.begin() as conn:  # the server ends the session of the importer, mid-COPY
        conn.execute(
            text(
                """
                CREATE FUNCTION end_session_when_full() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF (SELECT count(*) FROM fhir_resources) >= 150 THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                  END IF;
                  RETURN NULL;
                END $$;
                CREATE TRIGGER end_session_when_full BEFORE INSERT ON fhir_resources
                  FOR EACH STATEMENT EXECUTE FUNCTION end_session_when_full();
                """
            )
        )
    return make_engine(database_url)


def _repair(engine: Engine) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER end_session_when_full ON fhir_resources"))


def test_database_failing_mid_import_keeps_whole_batches_and_resumes(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    bulk = tmp_path / "export.ndjson"
    total = _bulk_export(bulk)
    failing = _failing_engine(engine, database_url)
    with pytest.raises(StorageError) as failure:
        Importer(failing, batch_size=BATCH).run([str(bulk)])
    failing.dispose()

    stored = _count(engine, fhir_resources)
    assert 0 < stored < total, "the failure must land in the middle of the import"
    assert stored % BATCH == 0, "only whole batches are committed"
    message = str(failure.value)
    expected = "database or disk is full" if engine.dialect.name == "sqlite" else "connection"
    assert message.startswith("the database failed during the import (")
    assert expected in message
    assert f"{stored} resources were committed" in message
    assert "run the same command again" in message
    # Nothing half-written: each stored resource has its normalised rows, and only those.
    stored_labs = _count(engine, fhir_resources, resource_type="Observation")
    assert _count(engine, observations) == stored_labs
    assert _count(engine, patients) == stored - stored_labs

    _repair(engine)
    summary = Importer(engine, batch_size=BATCH).run([str(bulk)])
    assert summary.ok
    assert (summary.created, summary.unchanged) == (total - stored, stored)
    assert _count(engine, fhir_resources) == total
    assert _count(engine, observations) == 2 * PATIENTS
    assert _count(engine, patients) == PATIENTS


REFUSAL = "identitovigilance : dossier en cours de fusion"


def _refuse_patients_named(engine: Engine, family: str) -> None:
    """The hospital's own rule, as a real trigger on the patients table."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(
                text(
                    f"CREATE TRIGGER refuse_merge BEFORE INSERT ON patients "
                    f"WHEN NEW.family = '{family}' BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
                )
            )
            return
        conn.execute(
            text(
                f"""
                CREATE FUNCTION refuse_merge() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.family = '{family}' THEN
                    RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'check_violation';
                  END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_merge BEFORE INSERT ON patients
                  FOR EACH ROW EXECUTE FUNCTION refuse_merge();
                """
            )
        )


def test_a_row_the_database_refuses_rejects_only_its_resource_or_transaction(
    engine: Engine, tmp_path: Path
) -> None:
    _refuse_patients_named(engine, "Fusionné")
    lines = [patient(f"pat-{i}", family=f"Martin{i}") for i in range(6)]
    lines.insert(3, patient("pat-x", family="Fusionné"))
    bulk = tmp_path / "Patient.ndjson"
    bulk.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    stay = transaction(patient("pat-y", family="Fusionné"), encounter("sej-1", "Patient/pat-y"))
    bundle = tmp_path / "sejour.json"
    bundle.write_text(json.dumps(stay))

    summary = Importer(engine).run([str(bulk), str(bundle)])

    assert (summary.created, summary.rejected_count) == (6, 2)
    refused = {r["resource"]: r for r in summary.rejected}
    assert set(refused) == {"Patient/pat-x", "Bundle"}
    assert refused["Patient/pat-x"]["position"] == "line 4"
    for rejection in refused.values():
        assert rejection["reason"].startswith("database refused it: ")
        assert REFUSAL in rejection["reason"]
    assert _count(engine, fhir_resources) == 6  # the stay's Encounter went with its Bundle
    assert _count(engine, patients) == 6
