"""The light layer: Patient and Encounter NDJSON for the activity outside detailed patients."""

import random
from pathlib import Path
from zoneinfo import ZoneInfo

import orjson

from relais.synth.activity.model import Activity, LightPatient, Stay
from relais.synth.data.names import LAST
from relais.synth.data.places import RESIDENCES
from relais.synth.fhir.common import Json, ref
from relais.synth.fhir.encounter import encounter
from relais.synth.fhir.patient import ipp_identifier
from relais.synth.hospital import Hospital
from relais.synth.ids import IdMaker
from relais.synth.numbers import light_ipp, nda_for_stay, nda_for_visit
from relais.synth.people import first_name
from relais.synth.rand import pick, weighted

RESIDENCE_WEIGHTS = [r[3] for r in RESIDENCES]


def light_patient(
    patient: LightPatient, *, patient_id: str, hospital: Hospital, rng: random.Random
) -> Json:
    city, postal, _, _ = weighted(rng, RESIDENCES, RESIDENCE_WEIGHTS)
    return {
        "resourceType": "Patient",
        "id": patient_id,
        "identifier": [ipp_identifier(hospital, light_ipp(patient.index))],
        "name": [
            {"use": "official", "family": pick(rng, LAST), "given": [first_name(rng, patient.sex)]}
        ],
        "gender": patient.sex,
        "birthDate": patient.birth_date.isoformat(),
        "address": [{"use": "home", "city": city, "postalCode": postal, "country": "FR"}],
    }


def write_light(
    activity: Activity, *, out: Path, ids: IdMaker, hospital: Hospital, seed: int
) -> dict[str, int]:
    """Write ``Patient.ndjson`` and ``Encounter.ndjson``; return the counts written."""
    zone = ZoneInfo("Europe/Paris")
    out.mkdir(parents=True, exist_ok=True)
    patient_ids: dict[int, str] = {}

    def patient_id(index: int) -> str:
        found = patient_ids.get(index)
        if found is None:
            found = patient_ids[index] = ids.make("light", "Patient", index)
        return found

    lines: list[bytes] = []
    stays = activity.stays
    for visit in activity.visits:
        if visit.detailed is not None:
            continue
        first_stay = stays[visit.stays[0]] if visit.stays else None
        resource = encounter(
            id=ids.make("light", "Encounter", "ed", visit.index),
            subject=ref("Patient", patient_id(visit.patient)),
            klass="EMER",
            start=visit.arrival,
            end=visit.end,
            service=hospital.services["urgences"],
            nda=nda_for_visit(visit.index, visit.arrival.year),
            nda_system=hospital.nda_system,
            zone=zone,
            reason=visit.reason,
            part_of=ref("Encounter", ids.make("light", "Encounter", "stay", first_stay.index))
            if first_stay
            else None,
        )
        lines.append(orjson.dumps(resource))
    for stay in stays:
        if stay.detailed is None:
            subject = ref("Patient", patient_id(stay.patient))
            lines.append(orjson.dumps(_stay(stay, subject, activity, ids, hospital, zone)))
    (out / "Encounter.ndjson").write_bytes(b"\n".join(lines) + b"\n" if lines else b"")
    rng = random.Random(f"{seed}:light-patients")
    patients = [
        orjson.dumps(
            light_patient(
                activity.patients[i], patient_id=patient_ids[i], hospital=hospital, rng=rng
            )
        )
        for i in sorted(patient_ids)
    ]
    (out / "Patient.ndjson").write_bytes(b"\n".join(patients) + b"\n" if patients else b"")
    return {"patients": len(patients), "encounters": len(lines)}


def _stay(
    stay: Stay, subject: Json, activity: Activity, ids: IdMaker, hospital: Hospital, zone: ZoneInfo
) -> Json:
    following = next(
        (s for s in activity.stays[stay.index + 1 : stay.index + 2] if s.previous == stay.index),
        None,
    )
    return encounter(
        id=ids.make("light", "Encounter", "stay", stay.index),
        subject=subject,
        klass="IMP",
        start=stay.start,
        end=stay.end,
        service=hospital.services[stay.service],
        nda=nda_for_stay(stay.index, stay.start.year),
        nda_system=hospital.nda_system,
        zone=zone,
        modes=(stay.entry, stay.provenance, stay.exit),
        service_after=hospital.services[following.service].name if following else None,
    )
