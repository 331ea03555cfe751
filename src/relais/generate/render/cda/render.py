"""A drafted document as a CDA R2 document of the ANS CI-SIS: a lettre de liaison as volet
LDL-SES 2022.01, a synthèse médicale as volet VSM 2023.01."""

import uuid
from typing import Any

from sqlalchemy import Connection

from relais.errors import InvalidInput
from relais.generate.render.cda.context import load_context
from relais.generate.render.cda.header import identification, participants, service_event
from relais.generate.render.cda.letter import letter_body
from relais.generate.render.cda.model import CdaContext, PersonInfo
from relais.generate.render.cda.synthesis import synthesis_body
from relais.generate.render.cda.xml import root, sub, to_bytes

KINDS = {"lettre_de_liaison": "LDL-SES", "synthese_medicale": "VSM"}


def volet(document: dict[str, Any]) -> str:
    """The ANS volet a document is exported as (the validator's ``--volet``)."""
    try:
        return KINDS[document["kind"]]
    except KeyError:
        raise InvalidInput(
            f"no CDA volet for a document of kind {document.get('kind')!r} "
            f"(known: {', '.join(KINDS)})"
        ) from None


def render_cda(document: dict[str, Any], context: CdaContext) -> bytes:
    """The CDA XML (UTF-8) of ``document`` (a ``DraftDocument.to_dict()``)."""
    volet(document)
    if not document.get("id"):
        document = {**document, "id": str(uuid.uuid4()), "version": 1}
    doc = root("ClinicalDocument")
    identification(doc, document, context)
    participants(doc, document, context)
    service_event(doc, document, context)
    body = sub(sub(doc, "component"), "structuredBody")
    if document["kind"] == "lettre_de_liaison":
        letter_body(body, document, context)
    else:
        synthesis_body(body, document, context)
    return to_bytes(doc)


def export_cda(
    conn: Connection,
    document: dict[str, Any],
    *,
    document_root: str | None = None,
    facility_type: tuple[str, str] | None = None,
    responsible_id: str | None = None,
    signer: PersonInfo | None = None,
) -> tuple[bytes, list[str]]:
    """Read the context from the database and render; returns the XML and the warnings
    (e.g. an INS left out because its identity traits are incomplete). ``responsible_id`` (a
    practitioner of the record) or ``signer`` is the legalAuthenticator; else the author."""
    context = load_context(
        conn,
        document,
        document_root=document_root,
        facility_type=facility_type,
        responsible_id=responsible_id,
        signer=signer,
    )
    return render_cda(document, context), list(context.warnings)
