"""Bulk writes store what Core inserts store; key lookups stay indexed as the tables grow."""

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, func, insert, select, text

from relais.ingest.bulk import allocate_keys, insert_rows
from relais.ingest.importer import Importer
from relais.ingest.writer import among
from relais.store.tables import fhir_resources, observations, patients
from tests.ingest.test_importer import patient

LABS = [  # (code, label, value, unit, interpretation)
    ("2160-0", "Créatinine", 88.0, "umol/L", None),
    ("2823-3", "Potassium", 5.9, "mmol/L", "H"),
    ("718-7", "Hémoglobine", None, None, None),  # valeur absente : texte seul
]


def _raw_resource(engine: Engine, fhir_id: str) -> int:
    with engine.begin() as conn:
        row = {
            "resource_type": "Observation",
            "fhir_id": fhir_id,
            "content_hash": fhir_id,
            "content": {"resourceType": "Observation", "id": fhir_id},
            "ingested_at": datetime(2024, 3, 12, 14, 30, tzinfo=UTC),
        }
        statement = insert(fhir_resources).returning(fhir_resources.c.pk)
        return int(conn.execute(statement, row).scalar_one())


def _lab_rows(count: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(count):
        code, label, value, unit, flag = LABS[i % len(LABS)]
        rows.append(
            {
                "fhir_id": f"bio-{i}",
                "patient_id": "pat-1",
                "status": "final",
                "code_system": "http://loinc.org",
                "code": code,
                "display": label,
                "text": label if value is not None else f"{label} : non dosé",
                "codings": [{"system": "http://loinc.org", "code": code}] if i % 2 else None,
                "value_num": value,
                "value_unit": unit,
                "interpretation": flag,
                "effective": datetime(2024, 3, 12, 7, i % 60, 30),
                "component": i % 2,
            }
        )
    return rows


def _stored(engine: Engine, resource_pk: int) -> list[tuple[Any, ...]]:
    columns = [c for c in observations.c if c.name not in ("pk", "resource_pk")]
    query = select(*columns).where(observations.c.resource_pk == resource_pk)
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(query.order_by(observations.c.fhir_id)))


def test_bulk_rows_read_back_like_core_inserts(engine: Engine) -> None:
    rows = _lab_rows(1203)  # SQLite: two full 500-row statements and a remainder
    by_core, by_bulk = _raw_resource(engine, "core"), _raw_resource(engine, "bulk")
    with engine.begin() as conn:
        conn.execute(insert(observations), [{**r, "resource_pk": by_core} for r in rows])
    columns = ("resource_pk", *rows[0])
    bulk_rows = [
        (by_bulk, *(orjson.dumps(v).decode() if k == "codings" else v for k, v in r.items()))
        for r in rows
    ]
    with engine.begin() as conn:
        insert_rows(conn, observations, columns, bulk_rows)
    assert _stored(engine, by_bulk) == _stored(engine, by_core)
    if engine.dialect.name == "sqlite":  # and the same text in the file, dates and JSON null
        query = "SELECT effective, codings FROM observations WHERE resource_pk = :pk ORDER BY pk"
        with engine.connect() as conn:
            core, bulk = (conn.execute(text(query), {"pk": pk}).all() for pk in (by_core, by_bulk))
        assert core == bulk


def test_keys_come_from_the_sequence_on_postgresql(engine: Engine) -> None:
    with engine.begin() as conn:
        keys = allocate_keys(conn, fhir_resources, 3)
    if engine.dialect.name == "sqlite":
        assert keys is None  # SQLite: keys are read back after the insert
        return
    assert keys is not None and len(set(keys)) == 3 and keys == sorted(keys)


def test_key_lookups_use_the_unique_index_after_a_large_import(
    engine: Engine, tmp_path: Path
) -> None:
    """PostgreSQL plans on statistics: without the importer's ANALYZE, a table filled by the
    import looks empty and the lookup scans every Patient, filtering ids afterwards."""
    bulk = tmp_path / "Patient.ndjson"
    people = [patient(f"pat-{i}", family=f"Bernard{i}") for i in range(2500)]
    bulk.write_text("\n".join(json.dumps(p) for p in people) + "\n")
    assert Importer(engine).run([str(bulk)]).created == 2500
    ids = [f"pat-{i}" for i in range(0, 2500, 125)]  # a batch's worth of one type, among many
    with engine.connect() as conn:
        query = select(fhir_resources.c.pk).where(
            fhir_resources.c.resource_type == "Patient", among(conn, fhir_resources.c.fhir_id, ids)
        )
        assert len(conn.execute(query).all()) == len(ids)
        compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
        explain = "EXPLAIN QUERY PLAN" if engine.dialect.name == "sqlite" else "EXPLAIN"
        plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql(f"{explain} {compiled}"))
    if engine.dialect.name == "sqlite":
        assert "(resource_type=? AND fhir_id=?)" in plan, plan
    else:
        assert "uq_fhir_resources_resource_type_fhir_id" in plan, plan
        assert "fhir_id)::text = ANY" in plan.split("Index Cond:")[-1], plan
        assert "Filter" not in plan, plan


def test_concurrent_imports_give_each_row_its_own_resource(engine: Engine, tmp_path: Path) -> None:
    """Two imports writing at once (two services, two files): keys never mix, on either
    database (SQLite: keys taken under the write lock; PostgreSQL: from the sequence)."""
    files = []
    for unit in ("cardio", "pneumo"):
        path = tmp_path / f"{unit}.ndjson"
        lines = []
        for i in range(150):
            lines.append(patient(f"{unit}-{i}", family=f"Lefebvre-{unit}-{i}"))
            lines.append(
                {
                    "resourceType": "Observation",
                    "id": f"{unit}-spo2-{i}",
                    "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "59408-5"}]},
                    "subject": {"reference": f"Patient/{unit}-{i}"},
                    "valueQuantity": {"value": 94 + i % 5, "unit": "%"},
                }
            )
        path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
        files.append(str(path))
    with ThreadPoolExecutor(2) as pool:
        summaries = list(pool.map(lambda f: Importer(engine, batch_size=20).run([f]), files))
    assert [s.created for s in summaries] == [300, 300]
    stored = fhir_resources.c
    with engine.connect() as conn:
        for table in (patients, observations):
            joined = select(func.count()).select_from(
                table.join(fhir_resources, table.c.resource_pk == stored.pk)
            )
            same = joined.where(table.c.fhir_id == stored.fhir_id)
            assert conn.execute(joined).scalar_one() == conn.execute(same).scalar_one() == 300
