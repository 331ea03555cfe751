"""Simulate the hospital: ED arrivals hour by hour, admissions from the ED, direct admissions."""

import random
from datetime import date, datetime, timedelta

from relais.synth.activity.model import Activity, LightPatient, Stay, Visit
from relais.synth.activity.rates import hourly_rates
from relais.synth.activity.stays import admit
from relais.synth.data.activity import (
    AGE_GROUPS,
    ED_REASONS,
    RETURNING_SHARE,
    SERVICE_REASONS,
    WAVES,
)
from relais.synth.hospital import Service
from relais.synth.rand import chance, pick, poisson, weighted
from relais.synth.timefmt import age_at

ADULT_SERVICES = (
    "cardiologie",
    "pneumologie",
    "geriatrie",
    "medecine_interne",
    "neurologie",
    "chirurgie_orthopedique",
    "chirurgie_viscerale",
    "reanimation",
    "uhcd",
)


def _patient(
    rng: random.Random, patients: list[LightPatient], day: date, ages: tuple[int, int] | None
) -> LightPatient:
    if ages is None and patients and chance(rng, RETURNING_SHARE):
        return patients[rng.randrange(max(0, len(patients) - 20000), len(patients))]
    if ages is None:
        low, high, *_ = weighted(rng, AGE_GROUPS, [g[2] for g in AGE_GROUPS])
        ages = (low, high)
    age = rng.randint(*ages)
    birth = day - timedelta(days=age * 365 + rng.randint(0, 364))
    patient = LightPatient(len(patients), "male" if chance(rng, 0.5) else "female", birth)
    patients.append(patient)
    return patient


def _service_for(rng: random.Random, services: dict[str, Service], age: int) -> str:
    if age < 16:
        return "pediatrie"
    weights = [
        services[k].ed_share * (2.5 if k == "geriatrie" and age >= 75 else 1.0)
        for k in ADULT_SERVICES
    ]
    if age < 70:
        weights[ADULT_SERVICES.index("geriatrie")] = 0.0
    return weighted(rng, ADULT_SERVICES, weights)


def _admission_probability(age: int) -> float:
    return next(p for low, high, _, p in AGE_GROUPS if low <= age <= high or high == 99)


def simulate(
    *, start: date, days: int, per_day: float, services: dict[str, Service], seed: int
) -> Activity:
    rng = random.Random(f"{seed}:activity")
    rates = hourly_rates(start=start, days=days, per_day=per_day, rng=rng)
    visits: list[Visit] = []
    stays: list[Stay] = []
    patients: list[LightPatient] = []
    hourly: list[int] = []
    for hour, base in enumerate(rates.base):
        moment = rates.start + timedelta(hours=hour)
        kinds: list[str | None] = [None] * poisson(rng, base)
        for key, series in rates.waves.items():
            kinds.extend([key] * poisson(rng, series[hour]))
        hourly.append(len(kinds))
        for wave in kinds:
            arrival = moment + timedelta(minutes=rng.randrange(60))
            _arrive(rng, services, visits, stays, patients, arrival, wave)
        if moment.hour == 8:
            _direct_admissions(rng, services, stays, patients, moment)
    return Activity(start, days, visits, stays, patients, hourly)


def _arrive(
    rng: random.Random,
    services: dict[str, Service],
    visits: list[Visit],
    stays: list[Stay],
    patients: list[LightPatient],
    arrival: datetime,
    wave: str | None,
) -> None:
    ages = WAVES[wave][3] if wave else None
    patient = _patient(rng, patients, arrival.date(), ages)
    age = age_at(patient.birth_date, arrival.date())
    admitted = chance(rng, WAVES[wave][4] if wave else _admission_probability(age))
    service = pick(rng, WAVES[wave][5]) if wave else _service_for(rng, services, age)
    if wave:
        reason = "Bronchiolite" if wave == "bronchiolite" else "Syndrome grippal"
    elif admitted:
        reason = pick(rng, SERVICE_REASONS[service])
    else:
        reason = weighted(rng, ED_REASONS, [r[1] for r in ED_REASONS])[0]
    end = arrival + timedelta(minutes=rng.randint(60, 60 * (9 if admitted else 6)))
    visit = Visit(len(visits), arrival, end, patient.index, reason, wave)
    visits.append(visit)
    if admitted:
        visit.stays = admit(
            rng,
            services,
            stays,
            service=service,
            start=end,
            patient=patient.index,
            visit=visit.index,
        )


def _direct_admissions(
    rng: random.Random,
    services: dict[str, Service],
    stays: list[Stay],
    patients: list[LightPatient],
    moment: datetime,
) -> None:
    weekend = moment.weekday() >= 5
    for service in services.values():
        for _ in range(poisson(rng, service.direct_per_day * (0.2 if weekend else 1.25))):
            patient = _patient(
                rng, patients, moment.date(), (18, 92) if service.key != "pediatrie" else (1, 15)
            )
            start = moment + timedelta(minutes=rng.randrange(0, 8 * 60, 5))
            entry = "7" if chance(rng, 0.1) else "8"
            admit(
                rng,
                services,
                stays,
                service=service.key,
                start=start,
                patient=patient.index,
                visit=None,
                entry=entry,
            )
