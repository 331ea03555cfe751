"""A signed draft as a CDA R2 document (ANS CI-SIS: LDL-SES or VSM), its signer as the
legalAuthenticator. A draft is not exported: a CDA goes to the DMP or MSSanté only once signed."""

import re

from sqlalchemy import Connection, Engine, select
from starlette.responses import Response

from relais.generate.draft.versions import StoredDraft, get_draft
from relais.generate.render.cda import export_cda
from relais.generate.render.cda.context import persons
from relais.generate.render.cda.model import PersonInfo
from relais.store.tables import practitioners
from relais.web.errors import Unsigned
from relais.web.services.exports import file_name

# What ``sign_draft`` stores: "Dr Claire Martin (RPPS 10000111111)" or the name alone.
SIGNED_BY = re.compile(r"^(?P<name>.*?)(?: \(RPPS (?P<rpps>\d{11})\))?$")
PREFIXES = ("dr", "dr.", "docteur", "pr", "pr.", "professeur")


def signer_of(conn: Connection, signed_by: str) -> PersonInfo:
    """The signer as a CDA person: the record's practitioner with the same RPPS when there is
    one (specialty, phone), else the name and RPPS of the account that signed."""
    match = SIGNED_BY.match(signed_by.strip())
    assert match is not None  # the pattern matches any text
    name, rpps = match["name"].strip(), match["rpps"]
    if rpps:
        row = conn.execute(
            select(practitioners.c.fhir_id).where(practitioners.c.rpps == rpps).limit(1)
        ).first()
        found = persons(conn, [row.fhir_id]).get(row.fhir_id) if row else None
        if found is not None:
            return found
    words = name.split()
    prefix = words.pop(0) if len(words) > 1 and words[0].lower() in PREFIXES else None
    family = words.pop() if words else name
    return PersonInfo(
        id=f"rpps-{rpps}" if rpps else name,
        family=family,
        given=" ".join(words) or None,
        prefix=prefix,
        rpps=rpps,
    )


def cda_of(conn: Connection, draft: StoredDraft, *, document_root: str | None = None) -> bytes:
    """The CDA XML of a signed draft; ``Unsigned`` for a draft."""
    if not draft.signed or not draft.signed_by:
        raise Unsigned(
            f"La version {draft.version} n'est pas signée : un document CDA n'est produit "
            "qu'une fois signé (il part alors vers le DMP ou la messagerie MSSanté). "
            "Faites-la signer par un médecin."
        )
    xml, _ = export_cda(
        conn,
        draft.document,
        document_root=document_root,
        signer=signer_of(conn, draft.signed_by),
    )
    return xml


def cda_response_of(engine: Engine, draft_id: str, *, document_root: str | None) -> Response:
    """The signed draft's CDA as a download (``lettre-de-liaison-v2-signee.cda.xml``)."""
    with engine.connect() as conn:
        draft = get_draft(conn, draft_id)
        xml = cda_of(conn, draft, document_root=document_root)
    disposition = f'attachment; filename="{file_name(draft, "cda.xml")}"'
    return Response(xml, media_type="application/xml", headers={"content-disposition": disposition})
