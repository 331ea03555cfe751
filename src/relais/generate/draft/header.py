"""Who and when: the identification block of a drafted document, straight from the dossier."""

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from relais.dossier.model import Coded, Dossier, Person, StayInfo


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def _coded(value: Coded) -> dict[str, str | None]:
    return {"code": value.code, "label": value.label}


def stay_header(stay: StayInfo) -> dict[str, Any]:
    return {
        "id": stay.id,
        "nda": stay.nda,
        "service": stay.service,
        "start": _iso(stay.start),
        "end": _iso(stay.end),
        "mode_entree": _coded(stay.mode_entree),
        "provenance": _coded(stay.provenance),
        "mode_sortie": _coded(stay.mode_sortie),
        "destination": _coded(stay.destination),
        "ed_encounters": list(stay.ed_encounter_ids),
    }


def _person(person: Person | None, role: str) -> dict[str, Any] | None:
    return {"role": role, **asdict(person)} if person else None


def document_header(dossier: Dossier, *, with_stay: bool) -> dict[str, Any]:
    """``patient``, ``stay``, ``hospital``, ``author``, ``recipients``, ``referrer``."""
    patient = asdict(dossier.patient)
    patient["birth_date"] = _iso(dossier.patient.birth_date)
    gp = _person(dossier.gp, "médecin traitant")
    return {
        "patient": patient,
        "stay": stay_header(dossier.stay) if with_stay and dossier.stay else None,
        "hospital": asdict(dossier.hospital) if dossier.hospital else None,
        "author": _person(dossier.attending, "médecin hospitalier"),
        "recipients": [gp] if gp else [],
        "referrer": _person(dossier.referrer, "médecin adresseur"),
    }
