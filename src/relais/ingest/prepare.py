"""Everything about a resource's rows that needs no database: hash, normalised rows, references.

Computed in the worker processes (``processing``) so that the process holding the database
connection only inserts.
"""

from typing import Any

from relais.ingest.model import Candidate, content_hash
from relais.ingest.normalise import normalise
from relais.ingest.references import iter_references, split_key
from relais.store.tables import NORMALISED_TABLES, resource_references

COLUMNS = {
    name: [c.name for c in table.columns if c.name not in ("pk", "resource_pk")]
    for name, table in NORMALISED_TABLES.items()
}


def prepare(candidate: Candidate) -> Candidate:
    """Fill ``digest`` and ``rows`` (table name, complete row without its resource_pk)."""
    rows: list[tuple[str, dict[str, Any]]] = []
    for table, row in normalise(candidate.raw, candidate.references):
        rows.append((table.name, {c: row.get(c) for c in COLUMNS[table.name]}))
    for path, reference in iter_references(candidate.raw):
        if reference.startswith("#"):
            continue  # a contained resource: resolved inside the resource itself
        target = candidate.references.get(reference)
        target_type, target_id = split_key(target) if target else (None, None)
        row = {
            "path": path[:255],
            "target_type": target_type,
            "target_id": target_id,
            "reference": reference,
        }
        rows.append((resource_references.name, row))
    candidate.digest = content_hash(candidate.raw)
    candidate.rows = rows
    return candidate
