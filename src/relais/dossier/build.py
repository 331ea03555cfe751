"""Build the dossier of a stay or of a patient: identity, stay, physicians, numbered facts."""

from typing import TYPE_CHECKING

from sqlalchemy import Connection

from relais.domain.facts import FactKind
from relais.dossier.care import adverse_event_drafts, device_drafts, procedure_drafts
from relais.dossier.clinical import (
    allergy_drafts,
    condition_drafts,
    family_drafts,
    surgery_drafts,
)
from relais.dossier.draft import Draft, number
from relais.dossier.followup import appointment_drafts, follow_up_drafts
from relais.dossier.identity import (
    hospital,
    patient_identity,
    person,
    raw_encounter,
    referrer_id,
    stay_info,
)
from relais.dossier.identity_facts import patient_draft, person_draft, reason_drafts, stay_draft
from relais.dossier.medications import absent_draft, administration_drafts, medication_drafts
from relais.dossier.model import Dossier, StayInfo
from relais.dossier.queries import Records, Scope, child_encounters, find_stay, patient_stays
from relais.dossier.results import result_drafts
from relais.dossier.safety_facts import safety_drafts
from relais.dossier.substances import SubstanceMatcher, default_matcher
from relais.store.patients import resolve_patient_id

if TYPE_CHECKING:
    from relais.dossier.nlp.reader import NoteReader
    from relais.safety.knowledge import Knowledge

YES_NO = {
    FactKind.TRANSFUSION: "Pas de transfusion de produits sanguins labiles pendant le séjour",
    FactKind.BLOOD_DERIVATIVE: "Pas d'administration de médicaments dérivés du sang",
    FactKind.MICROBIOLOGY: "Pas de recherche de BMR/BHRe enregistrée pendant le séjour",
}


def build_stay_dossier(
    conn: Connection,
    stay_id: str,
    *,
    knowledge: "Knowledge | None" = None,
    notes: "NoteReader | None" = None,
    matcher: SubstanceMatcher | None = None,
) -> Dossier:
    """The facts of one stay (its ED visit included) and of the patient's record around it.

    ``notes``: read the stay's clinical notes with the NLP layer (NOTE_FINDING facts).
    ``knowledge``: add drug interactions and allergy conflicts of the discharge treatment.
    """
    row = find_stay(conn, stay_id)
    children = child_encounters(conn, row.fhir_id)
    raw = raw_encounter(conn, row.fhir_id)
    stay = stay_info(row, raw, children)
    patient, patient_row = patient_identity(conn, row.patient_id)
    scope = Scope(patient.id, (stay.id, *stay.ed_encounter_ids), stay.start, stay.end)
    matcher = (matcher or default_matcher()).with_knowledge(knowledge)
    later = [
        s.start
        for s in patient_stays(conn, patient.id)
        if stay.start and s.start and s.start > stay.start
    ]
    gp = person(conn, patient_row.gp_id)
    attending = person(conn, row.attending_id)
    referrer = person(conn, referrer_id(raw))
    drafts: list[Draft] = [patient_draft(patient), stay_draft(stay)]
    drafts += [
        person_draft(r, p)
        for r, p in (("gp", gp), ("attending", attending), ("referrer", referrer))
        if p
    ]
    drafts += reason_drafts(stay, {c.fhir_id: c.reason for c in children})
    records = Records(conn, scope)
    drafts += condition_drafts(records, {stay.id: raw}) + surgery_drafts(records)
    drafts += family_drafts(conn, patient.id) + allergy_drafts(records)
    medications, discharge = medication_drafts(records, matcher)
    drafts += medications + administration_drafts(records, matcher)
    drafts += result_drafts(records)
    procedures, procedure_ids = procedure_drafts(records)
    drafts += procedures + device_drafts(records, procedure_ids)
    drafts += adverse_event_drafts(records)
    drafts += appointment_drafts(records, until=min(later) if later else None)
    drafts += follow_up_drafts(records)
    present = {d.kind for d in drafts}
    drafts += [absent_draft(k, text, stay.id) for k, text in YES_NO.items() if k not in present]
    if knowledge is not None:
        drafts += safety_drafts(conn, knowledge, patient.id, discharge or None)
    if notes is not None:
        drafts += notes.findings(records)
    org = hospital(conn, row.service_organization_id or patient_row.organization_id)
    return Dossier(
        patient=patient,
        stay=stay,
        hospital=org,
        gp=gp,
        attending=attending,
        referrer=referrer,
        facts=number(drafts),
        stays=(stay,),
        notes_read=notes is not None,
    )


def build_patient_dossier(
    conn: Connection,
    patient_id: str,
    *,
    knowledge: "Knowledge | None" = None,
    notes: "NoteReader | None" = None,
    matcher: SubstanceMatcher | None = None,
) -> Dossier:
    """The facts of a patient across stays (synthèse médicale): problems, history, allergies,
    risk factors, the treatment of the last discharge reconciled, results, devices, events."""
    patient, patient_row = patient_identity(conn, resolve_patient_id(conn, patient_id))
    scope = Scope(patient.id)
    matcher = (matcher or default_matcher()).with_knowledge(knowledge)
    stays: list[StayInfo] = []
    for row in patient_stays(conn, patient.id):
        stays.append(
            stay_info(row, raw_encounter(conn, row.fhir_id), child_encounters(conn, row.fhir_id))
        )
    gp = person(conn, patient_row.gp_id)
    drafts: list[Draft] = [patient_draft(patient), *(stay_draft(s) for s in stays)]
    if gp:
        drafts.append(person_draft("gp", gp))
    records = Records(conn, scope)
    raws = {s.id: raw_encounter(conn, s.id) for s in stays}
    drafts += condition_drafts(records, raws) + surgery_drafts(records)
    drafts += family_drafts(conn, patient.id) + allergy_drafts(records)
    drafts += _last_treatment(records, stays, matcher)
    drafts += result_drafts(records)
    procedures, procedure_ids = procedure_drafts(records)
    drafts += procedures + device_drafts(records, procedure_ids)
    drafts += adverse_event_drafts(records) + appointment_drafts(records)
    drafts += follow_up_drafts(records)
    if knowledge is not None:
        drafts += safety_drafts(conn, knowledge, patient.id, None)
    if notes is not None:
        drafts += notes.findings(records)
    return Dossier(
        patient=patient,
        stay=stays[-1] if stays else None,
        hospital=hospital(conn, patient_row.organization_id),
        gp=gp,
        attending=None,
        referrer=None,
        facts=number(drafts),
        stays=tuple(stays),
        notes_read=notes is not None,
    )


def _last_treatment(
    records: Records, stays: list[StayInfo], matcher: SubstanceMatcher
) -> list[Draft]:
    """The reconciled treatment of the latest stay that has any medication line; without one,
    the patient's lines recorded outside any stay (statements of a GP or EHR export)."""
    for stay in reversed(stays):
        scope = Scope(records.scope.patient_id, (stay.id, *stay.ed_encounter_ids), stay.start)
        drafts, _ = medication_drafts(Records(records.conn, scope, records.cache), matcher)
        if drafts:
            return drafts
    drafts, _ = medication_drafts(records, matcher)
    return drafts
