"""Write the Parquet tables of an extract for a list of patients, a batch of patients at a time.

Rows are read per batch of patients from the store, turned into extract rows (``rows``) and
appended to one Parquet file per table, so memory stays bounded by the batch, not the hospital.
"""

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
from sqlalchemy import Connection, Table, select

from relais.privacy.pseudo import Pseudonymizer, patient_context, pseudonymous_id
from relais.privacy.research import rows
from relais.privacy.research.columns import SCHEMAS, TABLES
from relais.privacy.research.scope import PatientScope
from relais.store.tables import (
    conditions,
    documents,
    encounters,
    medication_lines,
    observations,
    patients,
)

RowMaker = Callable[[Any, PatientScope], dict[str, Any]]
SOURCES: dict[str, tuple[Table, RowMaker, tuple[str, ...]]] = {
    "stays": (encounters, rows.stay, ("start", "fhir_id")),
    "conditions": (conditions, rows.condition, ("recorded", "fhir_id")),
    "medications": (medication_lines, rows.medication, ("start", "kind", "fhir_id")),
    "observations": (observations, rows.observation, ("effective", "fhir_id", "component")),
    "documents": (documents, rows.document, ("date", "fhir_id", "part")),
}


def write_tables(
    conn: Connection,
    patient_ids: Sequence[str],
    folder: Path,
    *,
    key: bytes,
    today: date,
    batch_size: int = 200,
) -> dict[str, int]:
    """Write ``<table>.parquet`` for every table into ``folder``; returns rows per table.

    Patients are taken in the order of their pseudonymous ids, so row order reveals nothing of
    the hospital's own ids.
    """
    pseudonymizer = Pseudonymizer(key=key)
    ordered = sorted(patient_ids, key=lambda p: pseudonymous_id(p, kind="patient", key=key))
    writers = {
        name: pq.ParquetWriter(folder / f"{name}.parquet", SCHEMAS[name], compression="zstd")
        for name in TABLES
    }
    counts = dict.fromkeys(TABLES, 0)
    try:
        for start in range(0, len(ordered), batch_size):
            batch = ordered[start : start + batch_size]
            for name, table_rows in _batch(conn, batch, key, pseudonymizer, today).items():
                if table_rows:
                    writers[name].write_table(pa.Table.from_pylist(table_rows, SCHEMAS[name]))
                    counts[name] += len(table_rows)
    finally:
        for writer in writers.values():
            writer.close()
    return counts


def _batch(
    conn: Connection, batch: Sequence[str], key: bytes, pseudonymizer: Pseudonymizer, today: date
) -> dict[str, list[dict[str, Any]]]:
    scopes = {
        patient_id: PatientScope(
            patient_id=patient_id,
            key=key,
            pseudonymizer=pseudonymizer,
            context=patient_context(conn, patient_id),
        )
        for patient_id in batch
    }
    query = select(patients).where(patients.c.fhir_id.in_(batch))
    found = {row.fhir_id: row for row in conn.execute(query)}
    out: dict[str, list[dict[str, Any]]] = {
        "patients": [rows.patient(found[p], scopes[p], today=today) for p in batch if p in found]
    }
    for name, (table, make, order) in SOURCES.items():
        query = (
            select(table)
            .where(table.c.patient_id.in_(batch))
            .order_by(*(table.c[column].nulls_first() for column in order))
        )
        by_patient: dict[str, list[dict[str, Any]]] = {p: [] for p in batch}
        for row in conn.execute(query):
            by_patient[row.patient_id].append(make(row, scopes[row.patient_id]))
        out[name] = [r for p in batch for r in by_patient[p]]
    return out
