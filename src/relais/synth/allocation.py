"""Place detailed patients in the hospital activity: each takes an ED visit and its admission."""

import random
from datetime import datetime, timedelta

from relais.synth.activity.model import Activity, Stay, Visit
from relais.synth.clinical.plan import Slot
from relais.synth.clinical.scenario import Scenario
from relais.synth.hospital import Hospital
from relais.synth.numbers import nda_for_stay, nda_for_visit
from relais.synth.rand import weighted

MIN_STAY = timedelta(days=2)


def _pools(activity: Activity) -> dict[str, list[int]]:
    pools: dict[str, list[int]] = {}
    for visit in activity.visits:
        if len(visit.stays) != 1 or visit.wave is not None:
            continue
        stay = activity.stays[visit.stays[0]]
        if stay.exit in ("8", "7") and stay.end - stay.start >= MIN_STAY:
            pools.setdefault(stay.service, []).append(stay.index)
    return pools


def _extra_slot(rng: random.Random, activity: Activity, hospital: Hospital, service: str) -> Stay:
    """When the activity has no free admission left in a service, add one (it joins the census)."""
    day = activity.start + timedelta(days=rng.randrange(activity.days))
    arrival = datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randrange(60))
    start = arrival + timedelta(minutes=rng.randint(120, 480))
    end = (start + timedelta(days=rng.randint(3, 12))).replace(hour=rng.randint(10, 17))
    visit = Visit(len(activity.visits), arrival, start, -1, "Admission", None)
    stay = Stay(len(activity.stays), service, start, end, "8", "5", "8", -1, visit.index)
    visit.stays = [stay.index]
    activity.visits.append(visit)
    activity.stays.append(stay)
    return stay


def allocate(
    activity: Activity, hospital: Hospital, scenarios: tuple[Scenario, ...], count: int, seed: int
) -> list[tuple[Scenario, Slot]]:
    rng = random.Random(f"{seed}:allocation")
    pools = _pools(activity)
    for pool in pools.values():
        rng.shuffle(pool)
    found = []
    for number in range(count):
        scenario = weighted(rng, scenarios, [s.weight for s in scenarios])
        pool = pools.get(scenario.service, [])
        stay = (
            activity.stays[pool.pop()]
            if pool
            else _extra_slot(rng, activity, hospital, scenario.service)
        )
        assert stay.visit is not None
        visit = activity.visits[stay.visit]
        stay.detailed = visit.detailed = number
        slot = Slot(
            visit.arrival,
            stay.start,
            stay.end,
            stay.exit,
            nda_for_visit(visit.index, visit.arrival.year),
            nda_for_stay(stay.index, stay.start.year),
        )
        found.append((scenario, slot))
    return found
