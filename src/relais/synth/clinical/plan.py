"""Assemble the plan of one detailed patient from its scenario and its slot in the activity."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from relais.synth.clinical import events, history, results
from relais.synth.clinical.mint import Mint
from relais.synth.clinical.model import PatientPlan
from relais.synth.clinical.risks import plant
from relais.synth.clinical.scenario import Scenario
from relais.synth.clinical.treatment import discharge_treatment
from relais.synth.data.risks import SHARE_WITH_RISK
from relais.synth.hospital import Hospital
from relais.synth.ids import IdMaker
from relais.synth.numbers import detailed_ipp, nda_for_consultation
from relais.synth.people import birth_date_for, make_person
from relais.synth.rand import chance, pick
from relais.synth.timefmt import french_time


@dataclass(frozen=True, slots=True)
class Slot:
    """Where the patient's stay sits in the hospital activity."""

    arrival: datetime
    admission: datetime
    discharge: datetime
    exit_mode: str
    ed_nda: str
    stay_nda: str


def plan_patient(
    *, number: int, scenario: Scenario, slot: Slot, hospital: Hospital, ids: IdMaker, seed: int
) -> PatientPlan:
    rng = random.Random(f"{seed}:patient:{number}")
    mint = Mint(ids, number)
    sex = "male" if chance(rng, scenario.male) else "female"
    age = rng.randint(*scenario.age)
    person = make_person(rng, sex=sex, birth=birth_date_for(rng, age, slot.arrival.date()))
    service = hospital.services[scenario.service]
    plan = PatientPlan(
        number=number,
        id=mint("Patient"),
        scenario=scenario,
        person=person,
        ipp=detailed_ipp(number),
        gp=pick(rng, hospital.gps),
        relatives=history.relatives(rng, person),
        service=service,
        attending=pick(rng, hospital.physicians[service.key]),
        ed_physician=pick(rng, hospital.physicians["urgences"]),
        ed_id=mint("Encounter"),
        stay_id=mint("Encounter"),
        ed_nda=slot.ed_nda,
        stay_nda=slot.stay_nda,
        arrival=slot.arrival,
        admission=slot.admission,
        discharge=slot.discharge,
        modes=("8", "5", slot.exit_mode),
    )
    keys = history.comorbidities(rng, scenario)
    spouse = any(r.relation in ("époux", "épouse") for r in plan.relatives)
    plan.lifestyle = history.lifestyle(rng, keys, person, slot.arrival.date(), spouse)
    plan.diagnoses = history.diagnoses(rng, mint, scenario, keys, slot.arrival.date())
    plan.surgeries = history.surgeries(rng, mint, person.birth_date, slot.arrival)
    plan.allergies = history.allergies(rng, mint)
    plan.family = history.family_history(rng, mint)
    plan.meds = discharge_treatment(rng, scenario, keys, plan.allergies)
    if chance(rng, SHARE_WITH_RISK):
        plant(rng, mint, plan.meds, plan.allergies)
    for line in plan.meds:
        line.statement_id = mint("MedicationStatement") if line.at_admission else None
        line.request_id = mint("MedicationRequest") if line.status != "stopped" else None
    _events(rng, mint, plan, age)
    return plan


def _events(rng: random.Random, mint: Mint, plan: PatientPlan, age: int) -> None:
    scenario, start, end = plan.scenario, plan.admission, plan.discharge
    plan.procedures = events.procedures(rng, mint, scenario, start, end)
    surgery = next((p for p in plan.procedures if p.kind == "surgery"), None)
    if surgery is not None:
        plan.device = events.device(rng, mint, surgery)
        plan.surgeon = plan.attending
    if chance(rng, scenario.transfusion):
        plan.transfusion = events.transfusion(rng, mint, start, end)
    plan.administrations = events.administrations(rng, mint, scenario, start)
    female = plan.person.sex == "female"
    plan.labs = results.labs(
        rng,
        mint,
        scenario,
        start=plan.arrival,
        end=end,
        age=age,
        female=female,
        transfused=plan.transfusion is not None,
    )
    plan.report_id = mint("DiagnosticReport")
    plan.vitals = results.vitals(rng, mint, scenario, plan.arrival + timedelta(minutes=15))
    plan.pending = results.pending(rng, mint, scenario, start)
    plan.screening = results.screening(rng, mint, start)
    plan.adverse_events = events.adverse_events(rng, mint, scenario, plan.meds, start, end)
    plan.appointments = events.appointments(rng, mint, scenario, end, chance(rng, 0.5))
    plan.care_plan_id = mint("CarePlan")
    plan.monitoring = list(scenario.monitoring)
    plan.consultation = events.consultation(rng, mint, plan.arrival)
    if plan.consultation is not None:
        plan.consultation.extra["nda"] = nda_for_consultation(
            plan.number, plan.consultation.when.year
        )
    plan.values = {
        "duree": pick(
            rng,
            (
                "depuis 48 h",
                "depuis 3 jours",
                "depuis une semaine",
                "depuis la veille",
                "depuis 5 jours",
                "depuis 24 h",
            ),
        ),
        "kg": str(rng.randint(2, 6)),
        "jrelay": str(rng.randint(2, 4)),
        "chads": str(rng.randint(2, 5)),
        "heure": french_time(plan.arrival - timedelta(minutes=rng.randrange(45, 240, 15))),
        "nihss": str(rng.randint(4, 14)),
        "nihss_out": str(rng.randint(0, 4)),
        "gold": str(rng.randint(2, 4)),
    }
