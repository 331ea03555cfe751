"""The stored encounters that make the activity series: ED visits and inpatient stays.

Classes (FHIR v3-ActCode): ``EMER`` is an ED visit; ``IMP``, ``ACUTE`` and ``NONAC`` are
inpatient stays (one encounter per stay in a service: a transfer between services makes a new
one, as in the PMSI). Cancelled, erroneous and planned encounters are left out.
"""

from datetime import date, datetime, time, timedelta

import pandas as pd
from sqlalchemy import Connection, or_, select

from relais.store.tables import encounters

EMERGENCY = ("EMER",)
INPATIENT = ("IMP", "ACUTE", "NONAC")
LEFT_OUT = ("cancelled", "entered-in-error", "planned")
NO_SERVICE = "Service non renseigné"


def load_encounters(conn: Connection, *, until: date | None = None) -> pd.DataFrame:
    """Columns ``emergency`` (bool), ``service``, ``start``, ``end`` (NaT when open)."""
    table = encounters
    query = select(table.c.class_code, table.c.service, table.c.start, table.c.end).where(
        table.c.class_code.in_(EMERGENCY + INPATIENT),
        table.c.start.is_not(None),
        or_(table.c.status.is_(None), table.c.status.not_in(LEFT_OUT)),
    )
    if until is not None:
        query = query.where(table.c.start < datetime.combine(until + timedelta(days=1), time()))
    rows = conn.execute(query).all()
    frame = pd.DataFrame(rows, columns=["class_code", "service", "start", "end"])
    return pd.DataFrame(
        {
            "emergency": frame["class_code"].isin(EMERGENCY),
            "service": frame["service"].fillna(NO_SERVICE).astype(str),
            "start": pd.to_datetime(frame["start"]),
            "end": pd.to_datetime(frame["end"]),
        }
    )
