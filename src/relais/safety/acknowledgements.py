"""A physician acknowledges an alert with a reason; the acknowledgement is stored, never edited.

The audit trail of a later issue will record the access itself; this table keeps who, when
and why, so that an acknowledged alert is shown as such and not raised again.
"""

from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select

from relais.errors import InvalidInput, NotFound
from relais.safety.model import SafetyReport
from relais.store.safety_tables import safety_acknowledgements


def acknowledge(
    conn: Connection,
    report: SafetyReport,
    *,
    patient_id: str,
    finding: str,
    reason: str,
    by: str,
) -> str:
    """Store the acknowledgement of one alert of ``report`` (full key or short reference)."""
    if not reason.strip() or not by.strip():
        raise InvalidInput("An acknowledgement needs a reason and the physician's name.")
    alerts = {a.key: a for a in report.alerts} | {a.ref: a for a in report.alerts}
    if finding not in alerts:
        raise NotFound(
            f"No current alert {finding!r} for this patient: "
            f"list them with `relais interactions {patient_id}`."
        )
    alert = alerts[finding]
    kind = "allergy_conflict" if alert.key.startswith("allergy|") else "interaction"
    conn.execute(
        insert(safety_acknowledgements),
        {
            "patient_id": patient_id,
            "finding_key": alert.key,
            "kind": kind,
            "reason": reason.strip(),
            "acknowledged_by": by.strip(),
            "acknowledged_at": datetime.now(UTC),
        },
    )
    return alert.key


def acknowledged(conn: Connection, patient_id: str) -> dict[str, str]:
    """Finding key → latest reason, for a patient."""
    a = safety_acknowledgements.c
    rows = conn.execute(
        select(a.finding_key, a.reason, a.acknowledged_by, a.acknowledged_at)
        .where(a.patient_id == patient_id)
        .order_by(a.acknowledged_at)
    )
    return {r.finding_key: f"{r.reason} ({r.acknowledged_by})" for r in rows}
