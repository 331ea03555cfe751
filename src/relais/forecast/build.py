"""Activity series from the stored encounters: ED arrivals, admissions, midnight census.

Every series runs to the last day of the data (or ``until``) and starts at its own first
event: a service that opened during the period starts on its first day. A day without any
event counts 0 (the stored encounters are the whole activity, not a sample). The last days
of an extract are often incomplete (taken in the morning; a transfer dated after the
extract): without ``until``, trailing days with less than a fifth of the usual number of
encounters (median of the four weeks before) are left out, at most a week, with a notice.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from relais.errors import InvalidInput, NotFound
from relais.forecast.census import census
from relais.forecast.series import Kind, Notice, Series, Step
from relais.forecast.services import match_service, slug, wants_all

LATE_START_DAYS = 7
INCOMPLETE_SHARE = 0.2
INCOMPLETE_MAX_DAYS = 7
USUAL_DAYS = 28
MIN_TIMED_SHARE = 0.5  # below this share of non-midnight times, arrival hours are unknown
LABELS = {
    Kind.ARRIVALS: "Arrivées aux urgences",
    Kind.ADMISSIONS: "Admissions",
    Kind.OCCUPANCY: "Lits occupés à minuit",
}
ALL_SERVICES = "tous services"


@dataclass(frozen=True, slots=True)
class Activity:
    """The encounters (``encounters.load_encounters``) and the days they cover."""

    frame: pd.DataFrame
    first: date
    last: date
    notices: tuple[Notice, ...] = ()

    @classmethod
    def of(cls, frame: pd.DataFrame, *, until: date | None = None) -> "Activity":
        if frame.empty:
            raise NotFound(
                "aucun passage aux urgences ni séjour hospitalier dans la base : importez les "
                "séjours (Encounter) avec « relais ingest » avant de prévoir."
            )
        first = frame["start"].min().date()
        if until is not None:
            if until < first:
                raise InvalidInput(f"--until {until} précède la première donnée ({first}).")
            return cls(frame, first, until)
        last, dropped = _complete_end(frame)
        notices: tuple[Notice, ...] = ()
        if dropped:
            notices = (
                Notice(
                    "incomplete_end",
                    f"{len(dropped)} dernier(s) jour(s) écarté(s), incomplets (moins d'un "
                    f"cinquième de l'activité habituelle) : {', '.join(dropped)}. Choisissez "
                    "le dernier jour d'historique (--until ; « Dernier jour » dans la page "
                    "Pilotage).",
                ),
            )
        return cls(frame, first, last, notices)


def _complete_end(frame: pd.DataFrame) -> tuple[date, list[str]]:
    per_day = frame["start"].dt.floor("D").value_counts().sort_index()
    days = per_day.reindex(pd.date_range(per_day.index.min(), per_day.index.max()), fill_value=0)
    counts = days.to_numpy()
    end = len(counts)
    while len(counts) - end < INCOMPLETE_MAX_DAYS and end > USUAL_DAYS:
        usual = float(np.median(counts[end - 1 - USUAL_DAYS : end - 1]))
        if counts[end - 1] >= INCOMPLETE_SHARE * usual:
            break
        end -= 1
    dropped = [d.date().isoformat() for d in days.index[end:]]
    return days.index[end - 1].date(), dropped


def activity_series(
    activity: Activity, *, kind: Kind, service: str | None = None, step: Step = Step.DAY
) -> list[Series]:
    """The series of ``kind``: hospital-wide, one service, or (``service="tous"``) all."""
    if step is Step.HOUR and kind is not Kind.ARRIVALS:
        raise InvalidInput("la prévision par heure n'existe que pour les arrivées aux urgences.")
    rows = activity.frame[activity.frame["emergency"] == (kind is Kind.ARRIVALS)]
    what = "passage aux urgences (classe EMER)" if kind is Kind.ARRIVALS else "séjour hospitalier"
    if rows.empty:
        raise NotFound(f"aucun {what} dans la base : importez les séjours avec « relais ingest ».")
    names = sorted(rows["service"].unique())
    if service is None or wants_all(service):
        selected: list[tuple[str | None, pd.DataFrame]] = [(None, rows)]
        if service is not None:
            selected += [(name, rows[rows["service"] == name]) for name in names]
    else:
        name = match_service(service, names)
        selected = [(name, rows[rows["service"] == name])]
    found = [_one(activity, kind, step, name, part) for name, part in selected]
    return [s for s in found if s is not None]


def up_to(activity: Activity, until: date) -> Activity:
    """The same encounters as if loaded with ``until`` (those starting by that day)."""
    if until < activity.first:
        raise InvalidInput(
            f"dernier jour {until:%d/%m/%Y} : il précède la première donnée "
            f"({activity.first:%d/%m/%Y})."
        )
    frame = activity.frame
    return Activity.of(frame[frame["start"] < pd.Timestamp(until + timedelta(days=1))], until=until)


def inpatient_services(activity: Activity) -> tuple[str, ...]:
    """The units of the inpatient stays, sorted (what ``--service`` can name)."""
    frame = activity.frame
    return tuple(sorted(frame.loc[~frame["emergency"], "service"].unique()))


def _in_period(rows: pd.DataFrame, last: date) -> pd.DataFrame:
    return rows[rows["start"] < pd.Timestamp(last + timedelta(days=1))]


def _label(kind: Kind, service: str | None) -> str:
    if service is None:
        return LABELS[kind] if kind is Kind.ARRIVALS else f"{LABELS[kind]} — {ALL_SERVICES}"
    return f"{LABELS[kind]} — {service}"


def _key(kind: Kind, step: Step, service: str | None) -> str:
    base = f"{kind.value}:{slug(service) if service else 'total'}"
    return f"{base}:heure" if step is Step.HOUR else base


def _one(
    activity: Activity, kind: Kind, step: Step, service: str | None, rows: pd.DataFrame
) -> Series | None:
    label = _label(kind, service)
    notices: list[Notice] = list(activity.notices)
    rows = _in_period(rows, activity.last)
    if rows.empty:
        return None
    if kind is Kind.OCCUPANCY:
        found = census(rows, data_first=activity.first, last=activity.last)
        if found is None:
            return None
        start, values = found.first, found.values
        if found.warm_up:
            notices.append(_warm_up_notice(label, found.warm_up, activity.first))
        if found.open_stays:
            notices.append(
                Notice(
                    "open_stays",
                    f"{label} : {found.open_stays} séjour(s) sans date de sortie comptés "
                    f"présents jusqu'au {activity.last.isoformat()}.",
                )
            )
    else:
        if step is Step.HOUR:
            _check_times(rows)
        start, values = _counts(rows, step, activity.last)
    opened = rows["start"].min().date()
    if service is not None and opened > activity.first + timedelta(days=LATE_START_DAYS):
        notices.append(
            Notice(
                "late_start",
                f"{label} : premier séjour le {opened.isoformat()}, la série commence ce "
                "jour-là (service ouvert en cours de période ?).",
            )
        )
    return Series(
        key=_key(kind, step, service),
        label=label,
        kind=kind,
        step=step,
        start=datetime.combine(start, datetime.min.time()),
        values=values,
        counts=kind is not Kind.OCCUPANCY,
        notices=tuple(notices),
    )


def _counts(rows: pd.DataFrame, step: Step, last: date) -> tuple[date, np.ndarray]:
    moments = rows["start"].dt.floor(step.freq)
    first = moments.min().date()
    index = pd.date_range(
        pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1), freq=step.freq
    )[:-1]
    counts = moments.value_counts().reindex(index, fill_value=0)
    return first, counts.to_numpy(dtype=float)


def _check_times(rows: pd.DataFrame) -> None:
    timed = float((rows["start"] != rows["start"].dt.floor("D")).mean())
    if timed < MIN_TIMED_SHARE:
        raise InvalidInput(
            f"les heures d'arrivée ne sont pas renseignées ({timed:.0%} des passages ont une "
            "heure) : prévoyez par jour (sans --par-heure)."
        )


def _warm_up_notice(label: str, days: int, first: date) -> Notice:
    return Notice(
        "census_warm_up",
        f"{label} : les {days} premiers jours sont écartés — les patients déjà hospitalisés le "
        f"{first.isoformat()}, début des données, n'y sont pas comptés ({days} jours = 99e "
        "centile de la durée de séjour).",
    )
