"""A stored draft as PDF or as a FHIR document Bundle (the renderers of ``generate.render``)."""

from typing import Any

import orjson
from sqlalchemy import Connection

from relais.generate.draft.versions import StoredDraft

KIND_FILES = {"lettre_de_liaison": "lettre-de-liaison", "synthese_medicale": "synthese-medicale"}


def file_name(draft: StoredDraft, suffix: str) -> str:
    """An ASCII file name without patient identity: lettre-de-liaison-v3-signee.pdf."""
    state = "signee" if draft.signed else "brouillon"
    return f"{KIND_FILES.get(draft.kind, 'document')}-v{draft.version}-{state}.{suffix}"


def pdf_of(draft: StoredDraft) -> bytes:
    from relais.generate.render.pdf import render_pdf

    return render_pdf(draft.document)


def fhir_of(conn: Connection, draft: StoredDraft) -> dict[str, Any]:
    from relais.generate.render.fhir import document_bundle

    return document_bundle(conn, draft.document)


def fhir_bytes(bundle: dict[str, Any]) -> bytes:
    return orjson.dumps(bundle, option=orjson.OPT_INDENT_2)
