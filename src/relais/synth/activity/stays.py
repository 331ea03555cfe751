"""Admissions: which service, how long (log-normal LOS per service), how the stay ends."""

import random
from datetime import datetime, timedelta

from relais.synth.activity.model import Stay
from relais.synth.data.activity import DEFAULT_EXIT, EXIT_MODES
from relais.synth.data.services import AFTER_ICU
from relais.synth.hospital import Service
from relais.synth.rand import lognormal_days, pick


def discharge_time(rng: random.Random, start: datetime, service: Service) -> datetime:
    """Start + a log-normal LOS; discharges happen in the day (10h–18h) except in UHCD."""
    days = lognormal_days(rng, service.los_median, service.los_sigma)
    end = start + timedelta(days=days)
    if service.key != "uhcd":
        end = end.replace(hour=rng.randint(10, 17), minute=rng.randrange(0, 60, 5))
        while end - start < timedelta(hours=20):
            end += timedelta(days=1)
    return end.replace(second=0, microsecond=0)


def exit_mode(rng: random.Random, service: str) -> str:
    death, transfer, mutation = EXIT_MODES.get(service, DEFAULT_EXIT)
    draw = rng.random()
    if draw < death:
        return "9"
    if draw < death + transfer:
        return "7"
    if draw < death + transfer + mutation:
        return "6"
    return "8"


def admit(
    rng: random.Random,
    services: dict[str, Service],
    stays: list[Stay],
    *,
    service: str,
    start: datetime,
    patient: int,
    visit: int | None,
    entry: str = "8",
) -> list[int]:
    """Create the stay (and the follow-on stay after a mutation); return their indices."""
    created: list[int] = []
    provenance, previous = ("5" if visit is not None else None), None
    current = service
    while True:
        end = discharge_time(rng, start, services[current])
        mode = exit_mode(rng, current) if previous is None else pick(rng, ("8", "8", "8", "7"))
        stay = Stay(
            len(stays), current, start, end, entry, provenance, mode, patient, visit, previous
        )
        stays.append(stay)
        created.append(stay.index)
        if mode != "6":
            return created
        entry, provenance, previous, start = "6", None, stay.index, end
        current = pick(rng, AFTER_ICU)
