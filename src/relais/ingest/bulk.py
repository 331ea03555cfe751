"""Insert many rows at once through the database's own fast path.

PostgreSQL: ``COPY … FROM STDIN`` (psycopg 3), one stream per table and batch: no statement,
parameter binding or round trip per row. SQLite: one prepared ``INSERT`` run by the driver's
``executemany`` (a C loop). Values go through the same SQLAlchemy type processors that
``insert()`` uses, so what is stored is what Core would store; JSON columns take JSON *text*
(serialised beforehand, in the worker processes). Both run inside the caller's transaction,
and driver errors are raised as SQLAlchemy's ``DBAPIError`` family like any statement's.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import chain
from sqlite3 import SQLITE_LIMIT_VARIABLE_NUMBER
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Table, text
from sqlalchemy.exc import DBAPIError

Processor = Callable[[Any], Any]
MAX_ROWS_PER_INSERT = 500


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    """Insert ``rows`` (values in ``columns`` order) into ``table``."""
    statement, processors = _plan(conn.dialect, table, tuple(columns))
    if processors:
        rows = (_processed(row, processors) for row in rows)
    if conn.dialect.name == "postgresql":
        _copy(conn, statement, rows)
    else:
        _insert_values(conn, statement, len(columns), list(rows))


def allocate_keys(conn: Connection, table: Table, count: int) -> list[int] | None:
    """``count`` new primary keys from the table's sequence (PostgreSQL), else None.

    Taking keys first lets the raw rows and their normalised rows be copied in one pass each.
    A rolled-back transaction leaves a gap in the sequence, nothing else.
    """
    if conn.dialect.name != "postgresql" or count == 0:
        return None
    query = text("SELECT nextval(pg_get_serial_sequence(:table, 'pk')) FROM generate_series(1, :n)")
    return [int(pk) for pk in conn.execute(query, {"table": table.name, "n": count}).scalars()]


def _processed(row: tuple[Any, ...], processors: list[tuple[int, Processor]]) -> tuple[Any, ...]:
    values = list(row)
    for index, process in processors:
        value = values[index]
        if value is not None:
            values[index] = process(value)
    return tuple(values)


@lru_cache(maxsize=128)
def _plan(
    dialect: Dialect, table: Table, columns: tuple[str, ...]
) -> tuple[str, list[tuple[int, Processor]]]:
    """The statement, and the type processors of the columns that have one (JSON: none)."""
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    processors: list[tuple[int, Processor]] = []
    for index, name in enumerate(columns):
        column_type = table.c[name].type
        if isinstance(column_type, JSON):
            continue  # JSON columns take JSON text, serialised beforehand
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((index, process))
    if dialect.name == "postgresql":
        return f"COPY {quote(table.name)} ({names}) FROM STDIN", processors
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ", processors


def _insert_values(
    conn: Connection, statement: str, width: int, rows: list[tuple[Any, ...]]
) -> None:
    """Many rows per INSERT (``VALUES (…), (…)``): one driver call, and one release of the GIL,
    per statement rather than per row, so validation threads are not held up."""
    if not rows:
        return
    limit = conn.connection.driver_connection.getlimit(SQLITE_LIMIT_VARIABLE_NUMBER)  # type: ignore[union-attr]
    per_statement = max(1, min(MAX_ROWS_PER_INSERT, limit // width))
    whole = len(rows) - len(rows) % per_statement
    if whole:
        chunks = [_flat(rows[i : i + per_statement]) for i in range(0, whole, per_statement)]
        conn.exec_driver_sql(_values(statement, width, per_statement), chunks)
    if whole < len(rows):
        rest = rows[whole:]
        conn.exec_driver_sql(_values(statement, width, len(rest)), _flat(rest))


def _flat(rows: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    return tuple(chain.from_iterable(rows))


@lru_cache(maxsize=256)
def _values(statement: str, width: int, count: int) -> str:
    row = "(" + ", ".join(["?"] * width) + ")"
    return statement + ", ".join([row] * count)


def _copy(conn: Connection, statement: str, rows: Iterable[tuple[Any, ...]]) -> None:
    driver = conn.connection.driver_connection
    dbapi = conn.dialect.loaded_dbapi
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise DBAPIError.instance(statement, None, exc, dbapi.Error, dialect=conn.dialect) from exc


def refresh_statistics(conn: Connection, columns: Mapping[Table, Sequence[str]]) -> None:
    """Let PostgreSQL's planner see how big the tables have grown (no-op on SQLite).

    A table filled by this import keeps the statistics of its empty self until autovacuum
    catches up; meanwhile the planner scans whole tables for the writer's key lookups
    (``resource_type = … AND fhir_id = ANY(…)``), which makes a long import quadratic. Only the
    columns the import's own queries filter on are sampled (not the JSON documents).
    """
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    targets = [
        f"{quote(table.name)} ({', '.join(quote(c) for c in names)})"
        for table, names in columns.items()
    ]
    conn.exec_driver_sql(f"ANALYZE {', '.join(targets)}")
