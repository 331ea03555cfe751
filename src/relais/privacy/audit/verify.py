"""Walk the audit chain and report the first row that was altered, inserted, deleted or moved.

Each row's hash is recomputed from its content and its stored predecessor hash; then its link is
checked against the row before it. When the link is broken, where it points says what happened:
to an earlier row (the rows in between were inserted), to a later row (rows were reordered), or
nowhere (a row before it was deleted, or its link was rewritten). Sequence numbers must run
1, 2, 3… without gaps, and the chain head must name the last row.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from relais.privacy.audit.chain import CONTENT_FIELDS, GENESIS, row_hash
from relais.store.privacy_tables import audit_chain_head, audit_events

HEAD_ID = 1


@dataclass(frozen=True, slots=True)
class ChainReport:
    """``ok`` with the number of rows and the newest hash; else the first broken row and why."""

    ok: bool
    rows: int
    head_seq: int
    head_hash: str
    broken_seq: int | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "broken_seq": self.broken_seq,
            "reason": self.reason,
        }


def verify(conn: Connection, *, anchors: Mapping[int, str] | None = None) -> ChainReport:
    """Check the whole trail (reads every row once; returns no patient data).

    ``anchors`` maps sequence numbers to hashes noted earlier outside the database (``head_seq``
    and ``head_hash`` of a past report): the chain alone cannot reveal a database owner who
    recomputed every hash after a change, an anchor kept elsewhere can.
    """
    anchors = anchors or {}
    head = conn.execute(
        select(audit_chain_head.c.seq, audit_chain_head.c.row_hash).where(
            audit_chain_head.c.id == HEAD_ID
        )
    ).first()
    head_seq, head_hash = (int(head.seq), str(head.row_hash)) if head else (0, GENESIS)
    expected_seq, expected_prev, rows = 1, GENESIS, 0
    for row in _rows(conn):
        seq = int(row["seq"])
        problem = _check(conn, row, seq, expected_seq, expected_prev)
        if problem is None and seq in anchors and anchors[seq] != row["row_hash"]:
            problem = seq, "its hash differs from the anchor noted earlier: the chain was rewritten"
        if problem is not None:
            broken, reason = problem
            return ChainReport(False, rows, head_seq, head_hash, broken, reason)
        rows += 1
        expected_seq, expected_prev = seq + 1, str(row["row_hash"])
    beyond = sorted(seq for seq in anchors if seq > rows)
    if beyond:
        return ChainReport(
            False, rows, head_seq, head_hash, beyond[0], "an anchored row no longer exists"
        )
    if head_seq != rows or head_hash != expected_prev:
        reason = (
            f"the chain head names row {head_seq} ({head_hash[:12]}…) but the last row is "
            f"{rows}: the newest rows were deleted"
            if head_seq > rows
            else "the chain head does not match the last row: the head or the tail was rewritten"
        )
        return ChainReport(False, rows, head_seq, head_hash, rows + 1, reason)
    return ChainReport(True, rows, head_seq, head_hash)


def _rows(conn: Connection) -> Iterator[dict[str, Any]]:
    columns = [audit_events.c[name] for name in ("seq", "prev_hash", "row_hash", *CONTENT_FIELDS)]
    query = select(*columns).order_by(audit_events.c.seq).execution_options(yield_per=2000)
    for row in conn.execute(query):
        yield dict(row._mapping)


def _check(
    conn: Connection, row: dict[str, Any], seq: int, expected_seq: int, expected_prev: str
) -> tuple[int, str] | None:
    if row_hash(str(row["prev_hash"]), row) != row["row_hash"]:
        return seq, "its content no longer matches its hash: the row was altered"
    if seq != expected_seq:
        if seq > expected_seq:
            missing = f"{expected_seq}" if seq == expected_seq + 1 else f"{expected_seq}–{seq - 1}"
            return expected_seq, f"row {missing} is missing: deleted"
        return seq, f"sequence number {seq} repeats or goes backwards"
    if row["prev_hash"] == expected_prev:
        return None
    target = conn.execute(
        select(audit_events.c.seq).where(audit_events.c.row_hash == row["prev_hash"]).limit(1)
    ).scalar_one_or_none()
    if target is not None and target < seq - 1:
        inserted = f"{target + 1}" if target + 2 == seq else f"{target + 1}–{seq - 1}"
        return target + 1, f"row {inserted} was inserted after row {target}"
    if target is not None and target >= seq:
        return seq, f"row {seq} was moved: it follows row {target} in the chain"
    return seq, f"the row before {seq} was deleted, or this row's link was rewritten"
