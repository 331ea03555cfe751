"""Forecasts for the « Pilotage » page and ``/api/forecast``: computed once per question and
per state of the data, kept in memory.

A forecast takes seconds (backtest of every model); the page and its chart ask for the same
one, and managers look at the same few series all day. The key is the question (kind, unit,
horizon, weeks) and the data's fingerprint (number of encounters, their highest row key,
the last ingestion of one): an import changes it, and the next request computes afresh.
Concurrent requests for the same key wait for the one computing it.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from relais.errors import InvalidInput
from relais.forecast.build import Activity, inpatient_services, up_to
from relais.forecast.encounters import load_encounters
from relais.forecast.result import ForecastReport
from relais.forecast.series import Kind
from relais.forecast.service import forecast_loaded
from relais.store.tables import encounters, fhir_resources

KIND_LABELS = {
    Kind.ARRIVALS: "Arrivées aux urgences",
    Kind.ADMISSIONS: "Admissions",
    Kind.OCCUPANCY: "Lits occupés à minuit",
}
MAX_HORIZON = 90
MAX_WEEKS = 52
MAX_ENTRIES = 32
Fingerprint = tuple[int, int | None, Any]


@dataclass(frozen=True, slots=True)
class ForecastQuery:
    """What is asked: a kind of series, a unit (None: the hospital; "tous": every unit)."""

    kind: Kind
    service: str | None
    horizon: int
    weeks: int
    until: date | None = None  # last day of history (default: the last complete day)

    @classmethod
    def parse(
        cls,
        kind: str,
        *,
        service: str | None,
        horizon: int,
        weeks: int,
        until: str | None = None,
    ) -> "ForecastQuery":
        try:
            found = Kind(kind)
        except ValueError:
            known = ", ".join(k.value for k in Kind)
            raise InvalidInput(f"série « {kind} » inconnue : choisissez parmi {known}.") from None
        if not 1 <= horizon <= MAX_HORIZON:
            raise InvalidInput(f"horizon de {horizon} jours : choisissez entre 1 et {MAX_HORIZON}.")
        if not 1 <= weeks <= MAX_WEEKS:
            raise InvalidInput(
                f"{weeks} semaines de validation : choisissez entre 1 et {MAX_WEEKS}."
            )
        return cls(found, (service or "").strip() or None, horizon, weeks, _day(until))


def _day(text: str | None) -> date | None:
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"dernier jour « {text} » illisible : écrivez la date AAAA-MM-JJ (2025-12-30)."
        ) from None


def fingerprint(conn: Connection) -> Fingerprint:
    """Changes when encounters are added, removed or re-imported (rows are re-inserted)."""
    query = select(
        func.count(encounters.c.pk),
        func.max(encounters.c.pk),
        func.max(fhir_resources.c.ingested_at),
    ).select_from(encounters.join(fhir_resources, fhir_resources.c.pk == encounters.c.resource_pk))
    count, top, ingested = conn.execute(query).one()
    return int(count), None if top is None else int(top), ingested


@dataclass(slots=True)
class Entry:
    report: ForecastReport
    png: bytes | None = None


class ForecastCache:
    """The last ``size`` forecasts, and the encounters of the last fingerprint seen."""

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[ForecastQuery, Fingerprint], Entry] = OrderedDict()
        self._busy: dict[object, threading.Lock] = {}
        self._lock = threading.Lock()
        self._activity: tuple[Fingerprint, Activity] | None = None
        self.computed = 0  # forecasts computed (the others were answered from memory)

    def report(self, engine: Engine, query: ForecastQuery) -> ForecastReport:
        return self._entry(engine, query).report

    def png(self, engine: Engine, query: ForecastQuery) -> bytes:
        from relais.forecast.chart import png_bytes

        entry = self._entry(engine, query)
        if entry.png is None:  # two threads may both draw it: same bytes, no harm
            entry.png = png_bytes(entry.report)
        return entry.png

    def services(self, engine: Engine) -> tuple[str, ...]:
        """The inpatient units present in the data (for the page's choice)."""
        with engine.connect() as conn:
            return inpatient_services(self._load(conn, fingerprint(conn)))

    def _entry(self, engine: Engine, query: ForecastQuery) -> Entry:
        with engine.connect() as conn:
            key = (query, fingerprint(conn))
            found = self._get(key)
            if found is not None:
                return found
            with self._lock:
                busy = self._busy.setdefault(key, threading.Lock())
            try:
                with busy:
                    found = self._get(key)
                    if found is None:
                        activity = self._load(conn, key[1])
                        conn.close()  # the forecast itself needs no database
                        found = Entry(_compute(activity, query))
                        self._put(key, found)
            finally:
                with self._lock:
                    self._busy.pop(key, None)
            return found

    def _load(self, conn: Connection, print_: Fingerprint) -> Activity:
        with self._lock:
            if self._activity is not None and self._activity[0] == print_:
                return self._activity[1]
        activity = Activity.of(load_encounters(conn))
        with self._lock:
            self._activity = (print_, activity)
        return activity

    def _get(self, key: tuple[ForecastQuery, Fingerprint]) -> Entry | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def _put(self, key: tuple[ForecastQuery, Fingerprint], entry: Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            self.computed += 1
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


def _compute(activity: Activity, query: ForecastQuery) -> ForecastReport:
    if query.until is not None:
        activity = up_to(activity, query.until)
    return forecast_loaded(
        activity,
        kind=query.kind,
        service=query.service,
        horizon_days=query.horizon,
        weeks=query.weeks,
    )


_CREATING = threading.Lock()


def forecast_cache(state: Any) -> ForecastCache:
    """The application's cache (``app.state``), made on first use."""
    with _CREATING:
        found = getattr(state, "forecasts", None)
        if found is None:
            found = ForecastCache()
            state.forecasts = found
    assert isinstance(found, ForecastCache)
    return found
