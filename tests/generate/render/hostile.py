"""A drafted letter turned hostile: markup, entities and control characters in the patient's
names and in the generated narrative, with a qualified INS identity (every trait known)."""

import copy
from typing import Any

from relais.generate.draft import codes
from relais.generate.render.cda import CdaContext
from relais.generate.render.cda.model import (
    Address,
    Identifier,
    OrganizationInfo,
    PatientInfo,
    PersonInfo,
    Telecom,
)

FAMILY = 'Dupont</family><family qualifier="BR">Pirate & Cie'
GIVEN = "Zoé<!-- -->]]>"
NARRATIVE = 'Pneumopathie <b>grave</b> & "fièvre" ]]> <script>alert(1)</script>\x07 traitée.'
ROOT = "1.2.250.1.213.1.1.9"  # documents of the ANS test arc


def hostile_letter(document: dict[str, Any]) -> tuple[dict[str, Any], CdaContext]:
    doc = copy.deepcopy(document)
    doc["id"] = "00000000-0000-4000-8000-999999999999"
    doc["version"] = 3
    for section in doc["sections"]:
        if section["code"] in (codes.MOTIF, codes.STAY_SUMMARY):
            section["sentences"] = [{"text": NARRATIVE, "citations": ["F1"], "flags": []}]
            section["text"] = NARRATIVE
    author = doc["author"]
    context = CdaContext(
        document_root=ROOT,
        set_id="00000000-0000-4000-8000-000000000001",
        patient=PatientInfo(
            ins=Identifier("1.2.250.1.213.1.4.10", "279035121518989"),
            ipp=Identifier("1.2.250.1.71.4.2.7.999999999.1", "0012345678"),
            family=FAMILY,
            given=GIVEN,
            birth_family=FAMILY,
            birth_given=(GIVEN, "Marie"),
            sex="female",
            birth_date="1979-03-28",
            birthplace_cog="51215",
            birthplace_city="Domrémy",
            address=Address(("28 avenue de Breteuil <x/>",), "75007", "Paris", "FR"),
            telecoms=(Telecom("tel:0144534551", "H"),),
        ),
        persons={
            author["id"]: PersonInfo(
                author["id"],
                "Auguin",
                "Léon",
                "Dr",
                "10001234567",
                "Médecine interne",
                "01 41 29 75 00",
            )
        },
        hospital=OrganizationInfo(
            "Hôpital <Européen> & Cie",
            "750803447",
            None,
            None,
            ("SA01", "Etablissement public de santé"),
        ),
        responsible=PersonInfo(author["id"], "Auguin", "Léon", "Dr", "10001234567"),
    )
    return doc, context
