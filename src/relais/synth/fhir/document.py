"""DocumentReference carrying a French note as base64 UTF-8 text."""

import base64
from datetime import datetime
from zoneinfo import ZoneInfo

from relais.synth.fhir.common import Json, concept, local_ref, ref
from relais.synth.fhir.systems import LOINC
from relais.synth.hospital import Practitioner
from relais.synth.timefmt import fhir_datetime

DOCUMENT_TYPES = {
    "admission": ("34117-2", "Observation médicale d'entrée", "Observation médicale d'entrée"),
    "discharge": ("11490-0", "Compte rendu d'hospitalisation", "Compte rendu d'hospitalisation"),
    "operative": ("11504-8", "Compte rendu opératoire", "Compte rendu opératoire"),
    "consultation": ("11488-4", "Compte rendu de consultation", "Consultation"),
}
CONTENT_TYPE = "text/plain; charset=utf-8"


def document(
    *,
    id: str,
    kind: str,
    text: str,
    patient: str,
    encounter: str,
    author: Practitioner,
    when: datetime,
    zone: ZoneInfo,
) -> Json:
    code, display, title = DOCUMENT_TYPES[kind]
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return {
        "resourceType": "DocumentReference",
        "id": id,
        "status": "current",
        "docStatus": "final",
        "type": concept(LOINC, code, display),
        "category": [{"text": "Document clinique"}],
        "subject": local_ref(patient),
        "date": fhir_datetime(when, zone),
        "author": [ref("Practitioner", author.id, author.display)],
        "description": title,
        "content": [
            {
                "attachment": {
                    "contentType": CONTENT_TYPE,
                    "language": "fr-FR",
                    "data": data,
                    "title": title,
                }
            }
        ],
        "context": {"encounter": [local_ref(encounter)]},
    }
