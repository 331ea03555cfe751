"""Identity, stay, physicians and reason for admission as facts."""

from typing import Any

from relais.domain.facts import FactKind, Source
from relais.domain.records import birth_label
from relais.dossier.draft import Draft
from relais.dossier.french import day, day_time
from relais.dossier.labels import ENCOUNTER_WORDS
from relais.dossier.model import Coded, PatientIdentity, Person, StayInfo

ROLES = {
    "gp": "Médecin traitant",
    "attending": "Médecin responsable du séjour",
    "referrer": "Médecin adresseur",
}
CIVILITY = {"female": "Mme", "male": "M."}


def patient_draft(patient: PatientIdentity) -> Draft:
    name = " ".join(p for p in (patient.given, (patient.family or "").upper()) if p)
    born = "née" if patient.sex == "female" else "né"
    text = f"{CIVILITY.get(patient.sex or '', '')} {name}".strip()
    if patient.birth_date and patient.birth_precision in ("year", "month"):
        text += f", {born} en {birth_label(patient.birth_date, patient.birth_precision)}"
    elif patient.birth_date:
        text += f", {born} le {day(patient.birth_date)}"
    if patient.ipp:
        text += f", IPP {patient.ipp}"
    data = {
        "family": patient.family,
        "given": patient.given,
        "birth_family": patient.birth_family,
        "sex": patient.sex,
        "birth_date": patient.birth_date.isoformat() if patient.birth_date else None,
        "birth_precision": patient.birth_precision,
        "ipp": patient.ipp,
        "ins": patient.ins,
    }
    return Draft(FactKind.PATIENT, text, Source("Patient", patient.id), data=data)


def _mode(label: str, coded: Coded) -> str | None:
    if coded.code is None:
        return None
    return f"{label} : {coded.label or 'code'} ({coded.code})"


def stay_draft(stay: StayInfo) -> Draft:
    word = ENCOUNTER_WORDS.get(stay.class_code or "")
    if word is None:
        text = f"Hospitalisation en {stay.service or 'service non renseigné'}"
    else:
        text = f"{word} en {stay.service}" if stay.service else word
    text += (
        f" du {day_time(stay.start)} au {day_time(stay.end)}"
        if stay.end
        else (f" depuis le {day_time(stay.start)}")
    )
    modes = [
        _mode("mode d'entrée", stay.mode_entree),
        _mode("provenance", stay.provenance),
        _mode("mode de sortie", stay.mode_sortie),
        _mode("destination", stay.destination),
    ]
    shown = "; ".join(m for m in modes if m)
    text += f" ({shown})" if shown else ""
    data: dict[str, Any] = {
        "service": stay.service,
        "nda": stay.nda,
        "start": stay.start.isoformat() if stay.start else None,
        "end": stay.end.isoformat() if stay.end else None,
    }
    for key in ("mode_entree", "provenance", "mode_sortie", "destination"):
        coded: Coded = getattr(stay, key)
        data[f"{key}_code"], data[f"{key}_label"] = coded.code, coded.label
    return Draft(FactKind.STAY, text, Source("Encounter", stay.id), when=stay.start, data=data)


def person_draft(role: str, who: Person) -> Draft:
    text = f"{ROLES[role]} : {who.name}"
    if who.specialty:
        text += f", {who.specialty.lower()}"
    if who.rpps:
        text += f" (RPPS {who.rpps})"
    data = {"role": role, "name": who.name, "rpps": who.rpps, "specialty": who.specialty}
    return Draft(FactKind.PRACTITIONER, text, Source("Practitioner", who.id), data=data)


def reason_drafts(stay: StayInfo, ed_reasons: dict[str, str | None]) -> list[Draft]:
    found = []
    if stay.reason:
        found.append(
            Draft(
                FactKind.REASON,
                f"Motif d'hospitalisation : {stay.reason}",
                Source("Encounter", stay.id),
                when=stay.start,
                data={"reason": stay.reason, "origin": "séjour"},
            )
        )
    for encounter_id, reason in sorted(ed_reasons.items()):
        if reason:
            found.append(
                Draft(
                    FactKind.REASON,
                    f"Motif de consultation aux urgences : {reason}",
                    Source("Encounter", encounter_id),
                    data={"reason": reason, "origin": "urgences"},
                )
            )
    return found
