"""Events of a stay: procedures, surgery and implant, transfusion, drugs given, adverse events,
appointments after discharge, an earlier consultation."""

import random
from datetime import datetime, timedelta

from relais.synth.clinical.mint import Mint
from relais.synth.clinical.model import Event, MedLine
from relais.synth.clinical.scenario import Scenario
from relais.synth.data.devices import HIP_PROSTHESES, TRANSFUSION, TRANSFUSION_REACTIONS
from relais.synth.data.drugs import DRUGS
from relais.synth.rand import chance, pick


def _at(start: datetime, day: int, rng: random.Random) -> datetime:
    moment = (start + timedelta(days=day)).replace(
        hour=rng.randint(9, 16), minute=rng.randrange(0, 60, 5)
    )
    return max(moment, start + timedelta(hours=1))


def procedures(
    rng: random.Random, mint: Mint, scenario: Scenario, start: datetime, end: datetime
) -> list[Event]:
    found = []
    for code, label, day, p in scenario.procedures:
        if chance(rng, p):
            when = min(_at(start, day, rng), end - timedelta(hours=2))
            kind = "surgery" if scenario.surgery and day == 1 else "procedure"
            found.append(Event(mint("Procedure"), kind, label, when, code))
    return found


def device(rng: random.Random, mint: Mint, surgery: Event) -> Event:
    name, maker, prefix = pick(rng, HIP_PROSTHESES)
    gtin = f"{prefix}{rng.randrange(10000):04d}"
    lot = f"L{surgery.when:%y}{rng.randrange(100000):05d}"
    return Event(mint("Device"), "device", name, surgery.when, gtin, lot, {"manufacturer": maker})


def transfusion(rng: random.Random, mint: Mint, start: datetime, end: datetime) -> Event:
    reaction = pick(rng, TRANSFUSION_REACTIONS) if chance(rng, 0.08) else ""
    units = str(rng.choice((1, 2, 2, 3)))
    when = min(_at(start, 2, rng), end - timedelta(hours=3))
    return Event(
        mint("Procedure"),
        "transfusion",
        TRANSFUSION[1],
        when,
        TRANSFUSION[0],
        reaction,
        {"units": units},
    )


def administrations(
    rng: random.Random, mint: Mint, scenario: Scenario, start: datetime
) -> list[Event]:
    found = []
    for drug, dose, schedule, days in scenario.inpatient:
        if drug == "alteplase" and not chance(rng, 0.45):
            continue
        when = start + timedelta(minutes=rng.randint(20, 90))
        extra = {"drug": drug, "dose": str(dose), "schedule": schedule, "days": str(days)}
        found.append(
            Event(
                mint("MedicationAdministration"),
                "administration",
                DRUGS[drug][0],
                when,
                DRUGS[drug][1],
                None,
                extra,
            )
        )
    return found


def adverse_events(
    rng: random.Random,
    mint: Mint,
    scenario: Scenario,
    lines: list[MedLine],
    start: datetime,
    end: datetime,
) -> list[Event]:
    found = []
    for line in lines:
        if line.adverse and line.stop_reason:
            when = _at(start, 1, rng)
            found.append(
                Event(mint("AdverseEvent"), "adverse_drug", line.stop_reason, when, None, line.drug)
            )
    for label, p in scenario.adverse:
        if chance(rng, p):
            day = rng.randint(1, max(1, (end - start).days - 1))
            found.append(
                Event(
                    mint("AdverseEvent"),
                    "adverse_care",
                    label,
                    min(_at(start, day, rng), end),
                    None,
                )
            )
    return found


def appointments(
    rng: random.Random, mint: Mint, scenario: Scenario, end: datetime, gp_visit: bool
) -> list[Event]:
    label, weeks = scenario.followup
    first = (end + timedelta(weeks=weeks, days=rng.randint(-5, 5))).replace(
        hour=rng.randint(8, 16), minute=rng.choice((0, 15, 30, 45))
    )
    found = [Event(mint("Appointment"), "appointment", label, first, None, "service")]
    if gp_visit:
        when = (end + timedelta(days=rng.randint(5, 12))).replace(
            hour=rng.randint(9, 18), minute=rng.choice((0, 20, 40))
        )
        found.append(
            Event(
                mint("Appointment"),
                "appointment",
                "Consultation chez le médecin traitant",
                when,
                None,
                "gp",
            )
        )
    return found


def consultation(rng: random.Random, mint: Mint, arrival: datetime) -> Event | None:
    if not chance(rng, 0.3):
        return None
    when = (arrival - timedelta(days=rng.randint(30, 180))).replace(
        hour=rng.randint(9, 16), minute=rng.choice((0, 30))
    )
    return Event(
        mint("Encounter"),
        "consultation",
        "Consultation externe",
        when,
        None,
        mint("DocumentReference"),
    )
