"""Write prepared records: raw row + normalised rows + references, idempotently.

Inside one database transaction: look up what is stored (one indexed query per type), decide
per resource (create, update, unchanged), insert or replace the raw JSON, and replace the
normalised rows of what changed. The same content twice is unchanged; a different content
replaces the stored one unless it is an older version (``meta.versionId``, else
``meta.lastUpdated``). Lines naming their drug by a Medication stored apart get its code
(``medication_names``). Everything but the decision was computed before (``prepare``); new rows
go in through ``bulk`` (COPY on PostgreSQL, executemany on SQLite).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, String, any_, bindparam, delete, func, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY

from relais.ingest.bulk import allocate_keys, insert_rows
from relais.ingest.medication_names import name_lines
from relais.ingest.model import Issue, Record
from relais.ingest.prepare import COLUMNS
from relais.store.tables import NORMALISED_TABLES, fhir_resources

LOOKUP_CHUNK = 500
RAW_COLUMNS = (
    "resource_type",
    "fhir_id",
    "version_id",
    "last_updated",
    "content_hash",
    "content",
    "source",
    "ingested_at",
)


@dataclass(slots=True)
class Stored:
    pk: int | None
    content_hash: str
    version_id: str | None
    last_updated: str | None


@dataclass(slots=True)
class WriteResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[tuple[Record, Issue]] = field(default_factory=list)


def is_older(incoming: tuple[str | None, str | None], stored: Stored) -> bool:
    """True when the incoming version is known to be older than the stored one."""
    version, last_updated = incoming
    if version and stored.version_id and version.isdigit() and stored.version_id.isdigit():
        return int(version) < int(stored.version_id)
    if last_updated and stored.last_updated:
        return last_updated < stored.last_updated  # ISO instants with the same offset style
    return False


def _stored(conn: Connection, records: Iterable[Record]) -> dict[str, Stored]:
    """What is already stored for these keys (one indexed query per type and chunk of ids)."""
    by_type: dict[str, set[str]] = defaultdict(set)
    for record in records:
        by_type[record.resource_type].add(record.fhir_id)
    found: dict[str, Stored] = {}
    table = fhir_resources.c
    for resource_type, id_set in by_type.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), LOOKUP_CHUNK):
            chunk = ids[start : start + LOOKUP_CHUNK]
            query = select(
                table.pk, table.fhir_id, table.content_hash, table.version_id, table.last_updated
            ).where(table.resource_type == resource_type, among(conn, table.fhir_id, chunk))
            for row in conn.execute(query):
                stored = Stored(row.pk, row.content_hash, row.version_id, row.last_updated)
                found[f"{resource_type}/{row.fhir_id}"] = stored
    return found


def among(conn: Connection, column: Any, values: list[str]) -> Any:
    """``column IN values``; on PostgreSQL ``= ANY(array)``, one parameter that plans faster."""
    if conn.dialect.name == "postgresql":
        return column == any_(literal(values, ARRAY(String)))
    return column.in_(values)


def write(conn: Connection, records: list[Record], *, now: datetime) -> WriteResult:
    """Store a batch inside the caller's transaction."""
    result = WriteResult()
    known = _stored(conn, records)
    to_create: dict[str, Record] = {}
    to_update: dict[str, tuple[Record, int]] = {}
    for record in records:
        key = record.key
        version = (record.version_id, record.last_updated)
        previous = known.get(key)
        if previous is None:
            to_create[key] = record
            result.created += 1
        elif previous.content_hash == record.digest:
            result.unchanged += 1
            continue
        elif is_older(version, previous):
            result.unchanged += 1
            stored = previous.version_id or previous.last_updated
            message = f"older version ignored (stored version {stored})"
            result.warnings.append((record, Issue("warning", "meta", message)))
            continue
        elif previous.pk is None:  # created earlier in this batch: keep the newest content
            to_create[key] = record
            result.updated += 1
        else:
            to_update[key] = (record, previous.pk)
            result.updated += 1
        known[key] = Stored(previous.pk if previous else None, record.digest, *version)
    written = _insert_raw(conn, list(to_create.values()), now)
    written.extend(_update_raw(conn, list(to_update.values()), now))
    _insert_normalised(conn, written)
    name_lines(conn, written)
    return result


def _raw_values(record: Record, now: datetime) -> tuple[Any, ...]:
    return (
        record.resource_type,
        record.fhir_id,
        record.version_id,
        record.last_updated,
        record.digest,
        record.content,
        str(record.where),
        now,
    )


def _insert_raw(conn: Connection, records: list[Record], now: datetime) -> list[tuple[int, Record]]:
    if not records:
        return []
    keys = allocate_keys(conn, fhir_resources, len(records))
    if keys is not None:  # keys known beforehand: copy them with the rows
        rows = ((pk, *_raw_values(record, now)) for pk, record in zip(keys, records, strict=True))
        insert_rows(conn, fhir_resources, ("pk", *RAW_COLUMNS), rows)
        return list(zip(keys, records, strict=True))
    # SQLite: the first row's INSERT takes the database's write lock, held until commit, so no
    # other connection adds rows meanwhile: the other rows get the keys above the largest.
    # (Reading keys back would cost a fetch, and a release of the GIL, per row.)
    insert_rows(conn, fhir_resources, RAW_COLUMNS, [_raw_values(records[0], now)])
    last = select(func.last_insert_rowid(), func.max(fhir_resources.c.pk))
    first, top = conn.execute(last).one()
    keys = [int(first), *range(int(top) + 1, int(top) + len(records))]
    rows = ((pk, *_raw_values(r, now)) for pk, r in zip(keys[1:], records[1:], strict=True))
    insert_rows(conn, fhir_resources, ("pk", *RAW_COLUMNS), rows)
    return list(zip(keys, records, strict=True))


def _update_raw(
    conn: Connection, items: list[tuple[Record, int]], now: datetime
) -> list[tuple[int, Record]]:
    if not items:
        return []
    pks = [pk for _, pk in items]
    for table in NORMALISED_TABLES.values():
        conn.execute(delete(table).where(table.c.resource_pk.in_(pks)))
    values: dict[str, Any] = {name: bindparam(name) for name in RAW_COLUMNS[2:]}
    statement = (
        update(fhir_resources).where(fhir_resources.c.pk == bindparam("b_pk")).values(**values)
    )
    rows = []
    for record, pk in items:
        row = dict(zip(RAW_COLUMNS[2:], _raw_values(record, now)[2:], strict=True))
        row["content"] = orjson.loads(record.content)  # the JSON type encodes it again (rare path)
        rows.append({"b_pk": pk, **row})
    conn.execute(statement, rows)
    return [(pk, record) for record, pk in items]


def _insert_normalised(conn: Connection, written: Iterable[tuple[int, Record]]) -> None:
    grouped: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for pk, record in written:
        for table_name, row in record.rows:
            grouped[table_name].append((pk, *row))
    for table_name, rows in grouped.items():
        columns = ("resource_pk", *COLUMNS[table_name])
        insert_rows(conn, NORMALISED_TABLES[table_name], columns, rows)
