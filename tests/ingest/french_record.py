"""A small, hand-written French hospital record (one cardiology stay) as a transaction Bundle."""

import base64
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from relais.ingest.importer import Importer

V2 = "http://terminology.hl7.org/CodeSystem/v2-0203"
NOTE = (
    "Observation médicale d'entrée — Mme Jeanne Lefèvre, née le 03/02/1941.\n"
    "Motif : dyspnée. Pas de douleur thoracique. ATCD : HTA, FA.\n"
    "TTT : furosémide 40 mg 1-0-0, Kardégic 75 mg le midi.\n"
)


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    kind, rid = resource["resourceType"], resource["id"]
    return {
        "fullUrl": f"urn:uuid:{rid}",
        "resource": resource,
        "request": {"method": "PUT", "url": f"{kind}/{rid}"},
    }


def ids(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


PATIENT, GP, STAY, HOSPITAL = ids(1), ids(2), ids(3), ids(4)


def french_stay_bundle() -> dict[str, Any]:
    subject = {"reference": f"urn:uuid:{PATIENT}"}
    stay = {"reference": f"urn:uuid:{STAY}"}
    resources = [
        {
            "resourceType": "Organization",
            "id": HOSPITAL,
            "name": "Centre hospitalier de Valmont",
            "identifier": [{"system": "urn:oid:1.2.250.1.71.4.2.2", "value": "750712184"}],
        },
        {
            "resourceType": "Practitioner",
            "id": GP,
            "identifier": [{"system": "urn:oid:1.2.250.1.71.4.2.1", "value": "810002345678"}],
            "name": [{"family": "Moreau", "given": ["Luc"], "prefix": ["Dr"]}],
        },
        {
            "resourceType": "Patient",
            "id": PATIENT,
            "identifier": [
                {
                    "type": {"coding": [{"system": V2, "code": "PI"}]},
                    "system": "urn:oid:1.2.250.1.71.4.2.7.750712184",
                    "value": "004512378",
                },
                {"system": "urn:oid:1.2.250.1.213.1.4.8", "value": "241027512345687"},
            ],
            "name": [
                {"use": "official", "family": "Lefèvre", "given": ["Jeanne", "Marie"]},
                {"use": "maiden", "family": "Garnier"},
            ],
            "gender": "female",
            "birthDate": "1941-02-03",
            "address": [{"line": ["12 rue des Lilas"], "postalCode": "69003", "city": "Lyon"}],
            "telecom": [{"system": "phone", "value": "06 12 34 56 78"}],
            "generalPractitioner": [{"reference": f"Practitioner/{GP}"}],
        },
        {
            "resourceType": "Encounter",
            "id": STAY,
            "status": "finished",
            "identifier": [
                {"type": {"coding": [{"system": V2, "code": "VN"}]}, "value": "NDA2024001234"}
            ],
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
            "subject": subject,
            "serviceType": {"text": "Cardiologie"},
            "period": {"start": "2024-03-12T14:30:00+01:00", "end": "2024-03-18T11:00:00+01:00"},
            "hospitalization": {
                "admitSource": {
                    "coding": [{"code": "8", "display": "Domicile"}],
                    "text": "Urgences",
                },
                "dischargeDisposition": {"coding": [{"code": "8", "display": "Domicile"}]},
            },
        },
        {
            "resourceType": "Condition",
            "id": ids(5),
            "subject": subject,
            "encounter": stay,
            "clinicalStatus": {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                        "code": "active",
                    }
                ]
            },
            "code": {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/sid/icd-10",
                        "code": "I50.0",
                        "display": "Insuffisance cardiaque congestive",
                    }
                ]
            },
        },
        {
            "resourceType": "MedicationRequest",
            "id": ids(6),
            "status": "active",
            "intent": "order",
            "category": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
                            "code": "discharge",
                        }
                    ]
                }
            ],
            "subject": subject,
            "encounter": stay,
            "medicationCodeableConcept": {
                "coding": [
                    {
                        "system": "http://www.whocc.no/atc",
                        "code": "C03CA01",
                        "display": "furosémide",
                    }
                ],
                "text": "Lasilix",
            },
            "dosageInstruction": [
                {
                    "text": "80 mg le matin",
                    "route": {"text": "voie orale"},
                    "timing": {
                        "repeat": {
                            "frequency": 1,
                            "period": 1,
                            "periodUnit": "d",
                            "boundsDuration": {"value": 30, "unit": "j"},
                        }
                    },
                    "doseAndRate": [{"doseQuantity": {"value": 80, "unit": "mg"}}],
                }
            ],
        },
        {
            "resourceType": "MedicationStatement",
            "id": ids(7),
            "status": "stopped",
            "statusReason": [{"text": "hypotension"}],
            "subject": subject,
            "context": stay,
            "medicationCodeableConcept": {
                "coding": [
                    {"system": "http://www.whocc.no/atc", "code": "C09AA05", "display": "ramipril"}
                ]
            },
        },
        {
            "resourceType": "AllergyIntolerance",
            "id": ids(8),
            "patient": subject,
            "code": {"text": "Pénicillines"},
            "reaction": [{"manifestation": [{"text": "urticaire"}]}],
        },
        {
            "resourceType": "Observation",
            "id": ids(9),
            "status": "final",
            "subject": subject,
            "encounter": stay,
            "code": {
                "coding": [{"system": "http://loinc.org", "code": "2823-3", "display": "Kaliémie"}]
            },
            "valueQuantity": {"value": 5.8, "unit": "mmol/L"},
            "referenceRange": [{"low": {"value": 3.5}, "high": {"value": 5.0}}],
            "interpretation": [{"coding": [{"code": "H"}]}],
            "effectiveDateTime": "2024-03-13T08:00:00+01:00",
        },
        {
            "resourceType": "DocumentReference",
            "id": ids(10),
            "status": "current",
            "subject": subject,
            "type": {
                "coding": [
                    {
                        "system": "http://loinc.org",
                        "code": "34117-2",
                        "display": "Observation d'entrée",
                    }
                ]
            },
            "date": "2024-03-12T16:00:00+01:00",
            "context": {"encounter": [stay]},
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain; charset=utf-8",
                        "data": base64.b64encode(NOTE.encode()).decode(),
                        "title": "Observation d'entrée",
                    }
                }
            ],
        },
        {
            "resourceType": "Appointment",
            "id": ids(11),
            "status": "booked",
            "description": "Consultation de cardiologie",
            "start": "2024-04-15T09:30:00+02:00",
            "end": "2024-04-15T10:00:00+02:00",
            "participant": [{"actor": subject, "status": "accepted"}],
        },
        {
            "resourceType": "Device",
            "id": ids(12),
            "patient": subject,
            "type": {"text": "Stimulateur cardiaque double chambre"},
            "lotNumber": "LOT-4471",
        },
    ]
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [_entry(r) for r in resources],
    }


def other_ids(text: str) -> str:
    """An id of the second patient's copy of the record (see ``second_patient_bundle``)."""
    return text.replace("-8000-", "-9000-")


def second_patient_bundle() -> dict[str, Any]:
    """The same stay for a second patient: other resource ids, IPP, NDA and INS."""
    text = other_ids(json.dumps(french_stay_bundle()))
    text = text.replace("004512378", "009912378").replace("NDA2024001234", "NDA2024009999")
    text = text.replace("241027512345687", "241027512399987")
    bundle: dict[str, Any] = json.loads(text)
    return bundle


def import_bundles(engine: Engine, folder: Path, bundles: dict[str, dict[str, Any]]) -> None:
    """Write each bundle to ``folder/NAME.json`` and import them all (none may be rejected)."""
    paths = []
    for name, bundle in bundles.items():
        path = folder / f"{name}.json"
        path.write_text(json.dumps(bundle))
        paths.append(str(path))
    assert Importer(engine, workers=1).run(paths).ok
