"""Write validated resources: raw row + normalised rows + references, idempotently.

Inside one database transaction: look up what is stored, decide per resource (create, update,
unchanged), insert or replace the raw JSON, and replace the normalised rows of what changed.
The same content twice is unchanged; a different content replaces the stored one unless it is
an older version (``meta.versionId``, else ``meta.lastUpdated``).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from relais.ingest.model import Candidate, Issue, as_object, content_hash
from relais.ingest.prepare import prepare
from relais.store.tables import NORMALISED_TABLES, fhir_resources

LOOKUP_CHUNK = 500


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
    warnings: list[tuple[Candidate, Issue]] = field(default_factory=list)


def _version(raw: dict[str, Any]) -> tuple[str | None, str | None]:
    meta = as_object(raw.get("meta"))
    version, updated = meta.get("versionId"), meta.get("lastUpdated")
    return (str(version) if version is not None else None), (str(updated) if updated else None)


def is_older(incoming: tuple[str | None, str | None], stored: Stored) -> bool:
    """True when the incoming version is known to be older than the stored one."""
    version, last_updated = incoming
    if version and stored.version_id and version.isdigit() and stored.version_id.isdigit():
        return int(version) < int(stored.version_id)
    if last_updated and stored.last_updated:
        return last_updated < stored.last_updated  # ISO instants with the same offset style
    return False


def _stored(conn: Connection, candidates: list[Candidate]) -> dict[str, Stored]:
    """What is already stored for these keys (one indexed query per type and chunk of ids)."""
    by_type: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        by_type[candidate.resource_type].add(candidate.fhir_id)
    found: dict[str, Stored] = {}
    table = fhir_resources.c
    for resource_type, id_set in by_type.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), LOOKUP_CHUNK):
            query = select(
                table.pk, table.fhir_id, table.content_hash, table.version_id, table.last_updated
            ).where(
                table.resource_type == resource_type,
                table.fhir_id.in_(ids[start : start + LOOKUP_CHUNK]),
            )
            for row in conn.execute(query):
                stored = Stored(row.pk, row.content_hash, row.version_id, row.last_updated)
                found[f"{resource_type}/{row.fhir_id}"] = stored
    return found


def write(conn: Connection, candidates: list[Candidate], *, now: datetime) -> WriteResult:
    """Store a batch inside the caller's transaction."""
    result = WriteResult()
    known = _stored(conn, candidates)
    to_create: dict[str, tuple[Candidate, str]] = {}
    to_update: dict[str, tuple[Candidate, str, int]] = {}
    for candidate in candidates:
        digest = candidate.digest or content_hash(candidate.raw)
        version = _version(candidate.raw)
        previous = known.get(candidate.key)
        if previous is None:
            to_create[candidate.key] = (candidate, digest)
            result.created += 1
        elif previous.content_hash == digest:
            result.unchanged += 1
            continue
        elif is_older(version, previous):
            result.unchanged += 1
            stored = previous.version_id or previous.last_updated
            message = f"older version ignored (stored version {stored})"
            result.warnings.append((candidate, Issue("warning", "meta", message)))
            continue
        elif previous.pk is None:  # created earlier in this batch: keep the newest content
            to_create[candidate.key] = (candidate, digest)
            result.updated += 1
        else:
            to_update[candidate.key] = (candidate, digest, previous.pk)
            result.updated += 1
        known[candidate.key] = Stored(previous.pk if previous else None, digest, *version)
    pks = _insert_raw(conn, list(to_create.values()), now)
    pks.extend(_update_raw(conn, list(to_update.values()), now))
    _write_normalised(conn, pks)
    return result


def _raw_row(candidate: Candidate, digest: str, now: datetime) -> dict[str, Any]:
    version, last_updated = _version(candidate.raw)
    return {
        "resource_type": candidate.resource_type,
        "fhir_id": candidate.fhir_id,
        "version_id": version,
        "last_updated": last_updated,
        "content_hash": digest,
        "content": candidate.raw,
        "source": str(candidate.where),
        "ingested_at": now,
    }


def _insert_raw(
    conn: Connection, items: list[tuple[Candidate, str]], now: datetime
) -> list[tuple[int, Candidate]]:
    if not items:
        return []
    conn.execute(insert(fhir_resources), [_raw_row(c, digest, now) for c, digest in items])
    # Read the new keys back (one indexed query per type) rather than RETURNING row by row.
    created = _stored(conn, [candidate for candidate, _ in items])
    return [(_pk(created, candidate), candidate) for candidate, _ in items]


def _pk(stored: dict[str, Stored], candidate: Candidate) -> int:
    pk = stored[candidate.key].pk
    assert pk is not None
    return pk


def _update_raw(
    conn: Connection, items: list[tuple[Candidate, str, int]], now: datetime
) -> list[tuple[int, Candidate]]:
    if not items:
        return []
    pks = [pk for _, _, pk in items]
    for table in NORMALISED_TABLES.values():
        conn.execute(delete(table).where(table.c.resource_pk.in_(pks)))
    statement = (
        update(fhir_resources)
        .where(fhir_resources.c.pk == bindparam("b_pk"))
        .values(
            version_id=bindparam("version_id"),
            last_updated=bindparam("last_updated"),
            content_hash=bindparam("content_hash"),
            content=bindparam("content"),
            source=bindparam("source"),
            ingested_at=bindparam("ingested_at"),
        )
    )
    rows = []
    for candidate, digest, pk in items:
        row = _raw_row(candidate, digest, now)
        rows.append(
            {"b_pk": pk, **{k: v for k, v in row.items() if k not in ("resource_type", "fhir_id")}}
        )
    conn.execute(statement, rows)
    return [(pk, candidate) for candidate, _, pk in items]


def _write_normalised(conn: Connection, written: Iterable[tuple[int, Candidate]]) -> None:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pk, candidate in written:
        rows = candidate.rows if candidate.rows is not None else prepare(candidate).rows
        for table_name, row in rows or []:
            grouped[table_name].append({**row, "resource_pk": pk})
    for table_name, table_rows in grouped.items():
        conn.execute(insert(NORMALISED_TABLES[table_name]), table_rows)
