"""Everything about a resource's rows that needs no database: hash, JSON text, normalised rows.

Runs in the worker processes (``processing``), so the process holding the database connection
only compares hashes and writes. Rows are tuples in their table's column order; JSON columns
are already serialised (the writer copies them as text, ``None`` as JSON ``null`` like
SQLAlchemy's JSON type).
"""

from typing import Any

import orjson
from sqlalchemy import JSON

from relais.ingest.model import Candidate, JsonObject, Record, Row, as_object, content_hash
from relais.ingest.normalise import normalise
from relais.ingest.references import iter_references, split_key
from relais.store.tables import NORMALISED_TABLES, resource_references

COLUMNS = {
    name: tuple(c.name for c in table.columns if c.name not in ("pk", "resource_pk"))
    for name, table in NORMALISED_TABLES.items()
}
JSON_INDICES = {  # positions of the JSON columns in COLUMNS
    name: tuple(i for i, c in enumerate(COLUMNS[name]) if isinstance(table.c[c].type, JSON))
    for name, table in NORMALISED_TABLES.items()
}
REFERENCES = resource_references.name


def prepare(candidate: Candidate, references: list[tuple[str, str]] | None = None) -> Record:
    """The record to store for one validated resource (``references``: its ``iter_references``
    when the caller has them already)."""
    raw = candidate.raw
    rows: list[tuple[str, Row]] = [
        (table.name, _row(table.name, row)) for table, row in normalise(raw, candidate.references)
    ]
    for path, reference in iter_references(raw) if references is None else references:
        if reference.startswith("#"):
            continue  # a contained resource: resolved inside the resource itself
        target = candidate.references.get(reference)
        target_type, target_id = split_key(target) if target else (None, None)
        row = {"path": path[:255], "target_type": target_type, "target_id": target_id}
        rows.append((REFERENCES, _row(REFERENCES, {**row, "reference": reference})))
    version_id, last_updated = version_of(raw)
    return Record(
        resource_type=candidate.resource_type,
        fhir_id=candidate.fhir_id,
        version_id=version_id,
        last_updated=last_updated,
        digest=content_hash(raw),
        content=orjson.dumps(raw).decode(),
        where=candidate.where,
        rows=rows,
    )


def version_of(raw: JsonObject) -> tuple[str | None, str | None]:
    """``meta.versionId`` and ``meta.lastUpdated`` as strings (None when absent)."""
    meta = as_object(raw.get("meta"))
    version, updated = meta.get("versionId"), meta.get("lastUpdated")
    return (str(version) if version is not None else None), (str(updated) if updated else None)


def _row(table: str, row: dict[str, Any]) -> Row:
    values = [row.get(column) for column in COLUMNS[table]]
    for index in JSON_INDICES[table]:
        values[index] = orjson.dumps(values[index]).decode()
    return tuple(values)
