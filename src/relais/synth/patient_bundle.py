"""All FHIR resources of one detailed patient, in a stable order."""

import random
from datetime import timedelta
from zoneinfo import ZoneInfo

from relais.synth.clinical.model import PatientPlan
from relais.synth.fhir import care, clinical, medications, observations
from relais.synth.fhir.common import Json, local_ref
from relais.synth.fhir.encounter import encounter
from relais.synth.fhir.patient import patient_resource
from relais.synth.hospital import Hospital
from relais.synth.numbers import nda_for_consultation
from relais.synth.timefmt import fhir_datetime


def stay_resources(plan: PatientPlan, hospital: Hospital, zone: ZoneInfo) -> list[Json]:
    subject = local_ref(plan.id)
    ed = encounter(
        id=plan.ed_id,
        subject=subject,
        klass="EMER",
        start=plan.arrival,
        end=plan.admission,
        service=hospital.services["urgences"],
        nda=plan.ed_nda,
        nda_system=hospital.nda_system,
        zone=zone,
        attending=plan.ed_physician,
        reason=plan.scenario.ed_reason,
        part_of=local_ref(plan.stay_id),
    )
    stay = encounter(
        id=plan.stay_id,
        subject=subject,
        klass="IMP",
        start=plan.admission,
        end=plan.discharge,
        service=plan.service,
        nda=plan.stay_nda,
        nda_system=hospital.nda_system,
        zone=zone,
        attending=plan.attending,
        modes=plan.modes,
        reason=plan.scenario.label,
    )
    stay["diagnosis"] = [
        {"condition": local_ref(d.id), "rank": rank}
        for rank, d in enumerate((d for d in plan.diagnoses if d.kind != "comorbidity"), start=1)
    ]
    found = [ed, stay]
    if plan.consultation is not None:
        visit = plan.consultation
        found.append(
            encounter(
                id=visit.id,
                subject=subject,
                klass="AMB",
                start=visit.when,
                end=visit.when + timedelta(minutes=30),
                service=plan.service,
                nda=nda_for_consultation(plan.number, visit.when.year),
                nda_system=hospital.nda_system,
                zone=zone,
                attending=plan.attending,
                reason="Consultation de suivi",
            )
        )
    return found


def patient_resources(plan: PatientPlan, hospital: Hospital, zone: ZoneInfo) -> list[Json]:
    rng = random.Random(f"fhir:{plan.id}")
    pid, sid = plan.id, plan.stay_id
    recorded = fhir_datetime(plan.admission, zone)
    found = [
        patient_resource(
            id=pid,
            person=plan.person,
            ipp=plan.ipp,
            hospital=hospital,
            gp=plan.gp,
            relatives=plan.relatives,
        )
    ]
    found.extend(stay_resources(plan, hospital, zone))
    found.extend(
        clinical.condition(d, patient=pid, stay=sid, recorded=recorded) for d in plan.diagnoses
    )
    found.extend(
        clinical.procedure(s, patient=pid, stay=None, zone=zone, performer=None)
        for s in plan.surgeries
    )
    found.extend(clinical.allergy(a, patient=pid, recorded=recorded) for a in plan.allergies)
    found.extend(clinical.family_history(f, patient=pid) for f in plan.family)
    for line in plan.meds:
        if line.statement_id:
            found.append(
                medications.statement(
                    rng,
                    line,
                    patient=pid,
                    stay=sid,
                    admission=plan.admission,
                    stopped_at=plan.admission + timedelta(hours=20),
                    zone=zone,
                )
            )
        if line.request_id:
            found.append(
                medications.request(
                    rng,
                    line,
                    patient=pid,
                    stay=sid,
                    discharge=plan.discharge,
                    prescriber=plan.attending,
                    zone=zone,
                )
            )
    found.extend(
        medications.administration(rng, a, patient=pid, stay=sid, end=plan.discharge, zone=zone)
        for a in plan.administrations
    )
    found.extend(observations.vital_signs(plan.vitals, patient=pid, stay=sid, zone=zone))
    found.extend(observations.lab(r, patient=pid, stay=sid, zone=zone) for r in plan.labs)
    found.append(observations.report(plan.report_id, plan.labs, patient=pid, stay=sid, zone=zone))
    found.extend(observations.pending(p, patient=pid, stay=sid, zone=zone) for p in plan.pending)
    if plan.screening is not None:
        found.append(observations.screening(plan.screening, patient=pid, stay=sid, zone=zone))
    if plan.device is not None:
        found.append(care.device(plan.device, patient=pid))
    for event in plan.procedures:
        device = plan.device.id if plan.device is not None and event.kind == "surgery" else None
        performer = plan.surgeon if event.kind == "surgery" else None
        found.append(
            clinical.procedure(
                event, patient=pid, stay=sid, zone=zone, performer=performer, device=device
            )
        )
    if plan.transfusion is not None:
        found.append(
            clinical.procedure(plan.transfusion, patient=pid, stay=sid, zone=zone, performer=None)
        )
    statements = {line.drug: line.statement_id for line in plan.meds}
    for event in plan.adverse_events:
        suspect = statements.get(event.detail or "") if event.kind == "adverse_drug" else None
        found.append(care.adverse_event(event, patient=pid, stay=sid, suspect=suspect, zone=zone))
    for event in plan.appointments:
        who = plan.attending if event.detail == "service" else plan.gp
        found.append(
            care.appointment(
                event, patient=pid, practitioner=who, zone=zone, created=plan.discharge
            )
        )
    found.append(
        care.care_plan(
            plan.care_plan_id,
            plan.monitoring,
            patient=pid,
            stay=sid,
            start=plan.discharge,
            author=plan.attending,
            zone=zone,
        )
    )
    return found
