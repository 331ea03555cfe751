"""Medication lines whose drug is a Medication resource stored apart: its code copied in.

A MedicationRequest, Statement, Administration or Dispense may name its drug only through
``medicationReference`` to a Medication sent in the same Bundle, in another file of a bulk
export (``Medication.ndjson``) or in an earlier import, before or after the line. After each
written batch, inside its transaction: the batch's lines still without a drug take the code of
their Medication when it is stored, and the batch's Medications name the stored lines that wait
for them. A line that names its drug itself is never changed.
"""

from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, select, update

from relais.ingest.model import Record
from relais.ingest.normalise.fhir import coded
from relais.ingest.normalise.medication import KINDS, medication_concept
from relais.ingest.prepare import COLUMNS
from relais.store.tables import fhir_resources, medication_lines

CHUNK = 500
LINES = medication_lines.name
NAME_POSITIONS = tuple(COLUMNS[LINES].index(c) for c in ("medication_id", "code", "text"))
NAME_COLUMNS = ("code_system", "code", "display", "text", "codings")


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _waiting(conn: Connection, column: Any, values: Sequence[Any]) -> list[tuple[int, str]]:
    """(pk, medication id) of the lines without a drug name among ``column IN values``."""
    m = medication_lines.c
    found: list[tuple[int, str]] = []
    for chunk in _chunks(values):
        query = select(m.pk, m.medication_id).where(
            column.in_(chunk), m.medication_id.is_not(None), m.code.is_(None), m.text.is_(None)
        )
        found.extend((row.pk, row.medication_id) for row in conn.execute(query))
    return found


def _medications(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Name columns of the stored Medications with these ids."""
    r = fhir_resources.c
    names: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        query = select(r.fhir_id, r.content).where(
            r.resource_type == "Medication", r.fhir_id.in_(chunk)
        )
        for row in conn.execute(query):
            content = row.content if isinstance(row.content, dict) else orjson.loads(row.content)
            columns = coded(medication_concept(content))
            if columns["code"] or columns["text"]:
                names[row.fhir_id] = columns
    return names


def _waits(record: Record) -> bool:
    """Whether the record is a medication line naming its drug only by a reference (read from
    its prepared row: no query for the lines that name their drug, nearly all of them)."""
    if record.resource_type not in KINDS:
        return False
    reference, code, text = NAME_POSITIONS
    return any(
        table == LINES and row[reference] is not None and row[code] is None and row[text] is None
        for table, row in record.rows
    )


def name_lines(conn: Connection, written: Sequence[tuple[int, Record]]) -> None:
    """Copy the drug of stored Medications into the lines of ``written`` that lack one, and
    into the stored lines waiting for the Medications of ``written``."""
    line_pks = [pk for pk, record in written if _waits(record)]
    medication_ids = sorted({r.fhir_id for _, r in written if r.resource_type == "Medication"})
    if not line_pks and not medication_ids:
        return
    m = medication_lines.c
    waiting = set(_waiting(conn, m.resource_pk, line_pks)) if line_pks else set()
    if medication_ids:
        waiting |= set(_waiting(conn, m.medication_id, medication_ids))
    if not waiting:
        return
    names = _medications(conn, sorted({medication_id for _, medication_id in waiting}))
    updates = [
        {"b_pk": pk, **{f"b_{c}": names[medication_id][c] for c in NAME_COLUMNS}}
        for pk, medication_id in sorted(waiting)
        if medication_id in names
    ]
    if updates:
        statement = (
            update(medication_lines)
            .where(m.pk == bindparam("b_pk"))
            .values({c: bindparam(f"b_{c}") for c in NAME_COLUMNS})
        )
        conn.execute(statement, updates)
