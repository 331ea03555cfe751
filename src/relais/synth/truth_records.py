"""Ground truth of one detailed patient: identity, stay, risks, notes (plain JSON-ready dicts)."""

from typing import Any

from relais.synth.clinical.model import Event, MedLine, PatientPlan
from relais.synth.clinical.risks import allergy_conflicts, interactions
from relais.synth.data.drugs import DRUGS
from relais.synth.data.pmsi import MODE_ENTREE, MODE_SORTIE, PROVENANCE
from relais.synth.patient_notes import WrittenNote

Record = dict[str, Any]


def patient_record(plan: PatientPlan, bundle: str) -> Record:
    person = plan.person
    return {
        "number": plan.number,
        "patient_id": plan.id,
        "bundle": bundle,
        "scenario": plan.scenario.key,
        "ipp": plan.ipp,
        "nir": person.nir,
        "ins": person.nir,
        "family": person.family,
        "given": list(person.given),
        "birth_family": person.birth_family,
        "sex": person.sex,
        "birth_date": person.birth_date.isoformat(),
        "birthplace": {
            "departement": person.birthplace[0],
            "commune": person.birthplace[1],
            "name": person.birthplace[2],
        },
        "address": {
            "line": person.address.line,
            "extra": person.address.extra,
            "postal_code": person.address.postal_code,
            "city": person.address.city,
        },
        "phone": person.phone,
        "email": person.email,
        "gp": {"id": plan.gp.id, "name": plan.gp.display, "rpps": plan.gp.rpps},
        "relatives": [
            {
                "family": r.family,
                "given": r.given,
                "relation": r.relation,
                "phone": r.phone,
                "emergency_contact": r.emergency,
            }
            for r in plan.relatives
        ],
    }


def _med(line: MedLine) -> Record:
    sources = [i for i in (line.statement_id, line.request_id) if i]
    return {
        "drug": DRUGS[line.drug][0],
        "key": line.drug,
        "atc": DRUGS[line.drug][1],
        "label": line.label,
        "status": line.status,
        "dose": line.dose,
        "unit": DRUGS[line.drug][3],
        "schedule": line.schedule,
        "previous_dose": line.previous_dose,
        "stop_reason": line.stop_reason,
        "duration_days": line.days,
        "at_admission": line.at_admission,
        "statement_id": line.statement_id,
        "request_id": line.request_id,
        "source_ids": sources,
        "planted_risk": line.planted,
    }


def _event(event: Event) -> Record:
    return {
        "id": event.id,
        "label": event.label,
        "code": event.code,
        "date": event.when.isoformat(),
        "detail": event.detail,
        **event.extra,
    }


def stay_record(plan: PatientPlan, notes: list[WrittenNote]) -> Record:
    entry, provenance, exit_mode = plan.modes
    return {
        "encounter_id": plan.stay_id,
        "ed_encounter_id": plan.ed_id,
        "patient_id": plan.id,
        "nda": plan.stay_nda,
        "ed_nda": plan.ed_nda,
        "service": plan.service.name,
        "service_key": plan.service.key,
        "attending_id": plan.attending.id,
        "ed_arrival": plan.arrival.isoformat(),
        "admission": plan.admission.isoformat(),
        "discharge": plan.discharge.isoformat(),
        "mode_entree": {"code": entry, "label": MODE_ENTREE[entry]},
        "provenance": {"code": provenance, "label": PROVENANCE[provenance]} if provenance else None,
        "mode_sortie": {"code": exit_mode, "label": MODE_SORTIE[exit_mode]},
        "scenario": plan.scenario.key,
        "scenario_label": plan.scenario.label,
        "diagnoses": [
            {
                "id": d.id,
                "code": d.code,
                "display": d.display,
                "kind": d.kind,
                "onset": d.onset.isoformat(),
            }
            for d in plan.diagnoses
        ],
        "past_surgery": [_event(e) for e in plan.surgeries],
        "admission_medications": [_med(m) for m in plan.meds if m.at_admission],
        "discharge_medications": [_med(m) for m in plan.meds if m.status != "stopped"],
        "stopped_medications": [_med(m) for m in plan.meds if m.status == "stopped"],
        "administrations": [_event(e) for e in plan.administrations],
        "procedures": [_event(e) for e in plan.procedures],
        "pending_results": [_event(e) for e in plan.pending],
        "appointments": [_event(e) for e in plan.appointments],
        "care_plan": {"id": plan.care_plan_id, "activities": plan.monitoring},
        "devices": [_event(plan.device)] if plan.device else [],
        "transfusion": {
            "done": plan.transfusion is not None,
            "procedure_id": plan.transfusion.id if plan.transfusion else None,
            "units": int(plan.transfusion.extra["units"]) if plan.transfusion else 0,
            "reaction": (plan.transfusion.detail or None) if plan.transfusion else None,
        },
        "bmr_screening": {
            "done": plan.screening is not None,
            "observation_id": plan.screening.id if plan.screening else None,
            "organisms": [plan.screening.extra["resistance"] + " " + (plan.screening.detail or "")]
            if plan.screening and plan.screening.code
            else [],
        },
        "adverse_events": [{**_event(e), "kind": e.kind} for e in plan.adverse_events],
        "allergies": [
            {"id": a.id, "substance": a.label, "key": a.key, "reaction": a.manifestation}
            for a in plan.allergies
        ],
        "family_history": [
            {"id": f.id, "relation": f.relation, "condition": f.condition} for f in plan.family
        ],
        "consultation_encounter_id": plan.consultation.id if plan.consultation else None,
        "documents": [{"id": n.id, "kind": n.kind, "encounter_id": n.encounter} for n in notes],
    }


def risk_records(plan: PatientPlan) -> tuple[list[Record], list[Record]]:
    found = []
    for first, second, level, mechanism in interactions(plan.meds):
        found.append(
            {
                "patient_id": plan.id,
                "encounter_id": plan.stay_id,
                "drugs": [DRUGS[first.drug][0], DRUGS[second.drug][0]],
                "atc": [DRUGS[first.drug][1], DRUGS[second.drug][1]],
                "resource_ids": [first.request_id, second.request_id],
                "expected_level": level,
                "mechanism": mechanism,
                "planted": bool(first.planted and first.planted == second.planted),
            }
        )
    conflicts = []
    for allergy, line in allergy_conflicts(plan.meds, plan.allergies):
        conflicts.append(
            {
                "patient_id": plan.id,
                "encounter_id": plan.stay_id,
                "allergy": allergy.label,
                "allergy_id": allergy.id,
                "drug": DRUGS[line.drug][0],
                "atc": DRUGS[line.drug][1],
                "resource_id": line.request_id,
                "expected_level": "Contre-indication (allergie)",
                "planted": line.planted is not None,
            }
        )
    return found, conflicts


def note_record(plan: PatientPlan, written: WrittenNote) -> Record:
    note = written.note
    return {
        "patient_id": plan.id,
        "encounter_id": written.encounter,
        "kind": written.kind,
        "length": note.length,
        "spans": [
            {"type": s.type, "start": s.start, "end": s.end, "text": s.text} for s in note.spans
        ],
        "facts": [
            {
                "kind": f.kind,
                "text": f.text,
                "code": f.code,
                "negated": f.negated,
                "hypothesis": f.hypothesis,
                "resource_id": f.resource_id,
                "start": f.start,
                "end": f.end,
            }
            for f in note.facts
        ],
    }
