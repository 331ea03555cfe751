"""Keep every drafted document (versioned, never overwritten) and log every model call."""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from relais.errors import NotFound
from relais.generate.draft.document import DraftDocument, ModelRun
from relais.store.drafting_tables import drafts, generations


def log_generation(conn: Connection, run: ModelRun, *, kind: str, subject: str) -> int:
    """One row per model call: model, prompt hash, options, tokens, duration, outcome, output."""
    result = conn.execute(
        insert(generations).values(
            created_at=datetime.now(UTC),
            document_kind=kind,
            subject=subject,
            backend=run.backend,
            model=run.model,
            outcome=run.outcome,
            prompt_hash=run.prompt_hash,
            options=run.options,
            prompt_tokens=run.prompt_tokens,
            completion_tokens=run.completion_tokens,
            duration_s=run.duration_s,
            finish_reason=run.finish_reason,
            error=run.error,
            output=run.output,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def subject_of(document: DraftDocument) -> str:
    stay = document.header.get("stay")
    return str(stay["id"]) if stay else str(document.header["patient"]["id"])


def save_draft(
    conn: Connection, document: DraftDocument, *, created_by: str | None = None
) -> DraftDocument:
    """Store ``document`` as the next version of its subject; sets its ``id`` and ``version``.
    The model call, if any, is logged in the same transaction."""
    subject = subject_of(document)
    generation = (
        log_generation(conn, document.model, kind=document.kind, subject=subject)
        if document.model
        else None
    )
    last = conn.execute(
        select(drafts.c.id, drafts.c.version)
        .where(drafts.c.kind == document.kind, drafts.c.subject == subject)
        .order_by(drafts.c.version.desc())
        .limit(1)
    ).first()
    document.id = str(uuid.uuid4())
    document.version = (last.version if last else 0) + 1
    conn.execute(
        insert(drafts).values(
            id=document.id,
            kind=document.kind,
            subject=subject,
            patient_id=document.header["patient"]["id"],
            version=document.version,
            status=document.status,
            document=document.to_dict(),
            created_at=datetime.now(UTC),
            created_by=created_by,
            previous_id=last.id if last else None,
            generation_pk=generation,
        )
    )
    return document


def load_draft(conn: Connection, draft_id: str) -> dict[str, Any]:
    row = conn.execute(select(drafts.c.document).where(drafts.c.id == draft_id)).first()
    if row is None:
        raise NotFound(f"no drafted document {draft_id!r}")
    return dict(row.document)


def count_generations(conn: Connection, subject: str) -> int:
    query = select(func.count()).select_from(generations).where(generations.c.subject == subject)
    return int(conn.execute(query).scalar_one())
