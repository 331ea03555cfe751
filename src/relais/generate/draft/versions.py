"""Versions of a drafted document: read, edit a section (a new version), sign, list the history.

A version is never changed once signed: an edit of a signed version (or of a draft) is stored as
the next version of the same document, pointing at the version it was made from. Only the
latest version may be edited or signed, so two people editing at once cannot silently overwrite
each other: the second gets ``StaleVersion`` and reloads.

An edited section keeps the sentences the physician left unchanged with their citations and
verifier flags; new or changed sentences are marked ``edited`` (the physician's words, not
verified against the facts, with no citation).
"""

import copy
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from relais.errors import InvalidInput, NotFound
from relais.generate.draft.codes import STATUS
from relais.generate.draft.document import AI_LABEL, TO_WRITE
from relais.store.drafting_tables import drafts

MAX_SECTION_CHARS = 10_000
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


class StaleVersion(InvalidInput):
    """The version acted on is not the latest one, or is already signed."""


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """One stored version and its document (``DraftDocument.to_dict()`` plus signature)."""

    id: str
    kind: str
    subject: str
    patient_id: str
    version: int
    status: str
    document: dict[str, Any]
    created_at: datetime
    created_by: str | None
    signed_by: str | None
    signed_at: datetime | None
    previous_id: str | None

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    def summary(self) -> dict[str, Any]:
        """Everything but the document (history listings)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.document.get("title"),
            "subject": self.subject,
            "patient_id": self.patient_id,
            "version": self.version,
            "status": self.status,
            "created_at": _iso(self.created_at),
            "created_by": self.created_by,
            "signed_by": self.signed_by,
            "signed_at": _iso(self.signed_at),
            "previous_id": self.previous_id,
        }

    def to_dict(self) -> dict[str, Any]:
        return {**self.summary(), "document": self.document}


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite gives back naive times, written as UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


def _stored(row: Row[Any]) -> StoredDraft:
    return StoredDraft(
        id=row.id,
        kind=row.kind,
        subject=row.subject,
        patient_id=row.patient_id,
        version=int(row.version),
        status=row.status,
        document=dict(row.document),
        created_at=row.created_at,
        created_by=row.created_by,
        signed_by=row.signed_by,
        signed_at=row.signed_at,
        previous_id=row.previous_id,
    )


def get_draft(conn: Connection, draft_id: str) -> StoredDraft:
    row = conn.execute(select(drafts).where(drafts.c.id == draft_id)).first()
    if row is None:
        raise NotFound(f"Aucun document rédigé d'identifiant {draft_id!r}.")
    return _stored(row)


def history(conn: Connection, draft_id: str) -> list[StoredDraft]:
    """Every version of the document ``draft_id`` belongs to, newest first."""
    found = get_draft(conn, draft_id)
    query = (
        select(drafts)
        .where(drafts.c.kind == found.kind, drafts.c.subject == found.subject)
        .order_by(drafts.c.version.desc())
    )
    return [_stored(r) for r in conn.execute(query)]


def latest(conn: Connection, *, kind: str, subject: str) -> StoredDraft | None:
    query = (
        select(drafts)
        .where(drafts.c.kind == kind, drafts.c.subject == subject)
        .order_by(drafts.c.version.desc())
        .limit(1)
    )
    row = conn.execute(query).first()
    return _stored(row) if row else None


def patient_drafts(conn: Connection, patient_id: str) -> list[StoredDraft]:
    """The latest version of each document of a patient, newest first."""
    rows = conn.execute(
        select(drafts)
        .where(drafts.c.patient_id == patient_id)
        .order_by(drafts.c.created_at.desc(), drafts.c.version.desc())
    )
    seen: set[tuple[str, str]] = set()
    found = []
    for row in rows:
        key = (row.kind, row.subject)
        if key not in seen:
            seen.add(key)
            found.append(_stored(row))
    return sorted(found, key=lambda d: (d.created_at, d.version), reverse=True)


def _require_latest(conn: Connection, found: StoredDraft) -> None:
    newest = latest(conn, kind=found.kind, subject=found.subject)
    if newest is not None and newest.id != found.id:
        raise StaleVersion(
            f"La version {found.version} n'est plus la dernière (version {newest.version} "
            "enregistrée depuis) : rechargez le document et refaites la modification."
        )


def split_sentences(text: str) -> list[str]:
    return [s for s in (part.strip() for part in SENTENCE_END.split(text)) if s]


def _edited_sentences(old: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Unchanged sentences keep citations and flags; the others are the physician's."""
    kept = {s["text"]: s for s in old}
    return [
        copy.deepcopy(kept[s])
        if s in kept
        else {"text": s, "citations": [], "flags": [], "edited": True}
        for s in split_sentences(text)
    ]


def verification(sections: list[dict[str, Any]]) -> dict[str, Any]:
    """The verification summary of a document (as ``DraftDocument.verification``)."""
    sentences = [s for section in sections for s in section.get("sentences", [])]
    flags = [f for s in sentences for f in s.get("flags", [])]
    by_kind: dict[str, int] = {}
    for flag in flags:
        by_kind[flag["kind"]] = by_kind.get(flag["kind"], 0) + 1
    return {
        "sentences": len(sentences),
        "sentences_flagged": sum(1 for s in sentences if s.get("flags")),
        "flags": len(flags),
        "by_kind": dict(sorted(by_kind.items())),
        "to_write": [s["code"] for s in sections if s.get("generated") and not s.get("sentences")],
        "edited": [s["code"] for s in sections if s.get("edited_by")],
    }


def _set_status(document: dict[str, Any], value: str, text: str) -> None:
    """The document-status section (33557-0) says what the document's status is."""
    for section in document["sections"]:
        if section["code"] == STATUS:
            section["text"] = text
            section["items"] = [{"item": "status", "value": value, "text": text}]


def editable_sections(document: dict[str, Any]) -> list[str]:
    """Codes of the sections a physician may rewrite (the narrative ones)."""
    return [s["code"] for s in document["sections"] if s.get("generated")]


def edit_section(
    conn: Connection, draft_id: str, *, code: str, text: str, editor: str
) -> StoredDraft:
    """Store the document with section ``code`` rewritten as the next version."""
    found = get_draft(conn, draft_id)
    _require_latest(conn, found)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("Le texte de la section est vide : écrivez le texte ou annulez.")
    if len(text) > MAX_SECTION_CHARS:
        raise InvalidInput(f"Le texte dépasse {MAX_SECTION_CHARS} caractères.")
    document = copy.deepcopy(found.document)
    section = next((s for s in document["sections"] if s["code"] == code), None)
    if section is None:
        raise NotFound(f"Le document n'a pas de section {code!r}.")
    if not section.get("generated"):
        raise InvalidInput(
            f"La section « {section['title']} » est construite à partir du dossier : "
            "corrigez le dossier source, puis rédigez une nouvelle version."
        )
    now = datetime.now(UTC)
    section["sentences"] = _edited_sentences(section.get("sentences", []), text)
    section["text"] = text
    section.pop("warning", None)
    section["edited_by"] = editor
    section["edited_at"] = _iso(now)
    return _store_next(conn, found, document, created_by=editor, now=now)


def _store_next(
    conn: Connection,
    found: StoredDraft,
    document: dict[str, Any],
    *,
    created_by: str,
    now: datetime,
) -> StoredDraft:
    new_id = str(uuid.uuid4())
    version = found.version + 1
    document.update(
        id=new_id,
        version=version,
        status="draft",
        label=AI_LABEL,
        created_at=_iso(now),
        previous_id=found.id,
        verification=verification(document["sections"]),
    )
    for name in ("signed_by", "signed_at"):
        document.pop(name, None)
    _set_status(document, "draft", AI_LABEL)
    generation = conn.execute(
        select(drafts.c.generation_pk).where(drafts.c.id == found.id)
    ).scalar_one()
    try:
        with conn.begin_nested():
            conn.execute(
                insert(drafts).values(
                    id=new_id,
                    kind=found.kind,
                    subject=found.subject,
                    patient_id=found.patient_id,
                    version=version,
                    status="draft",
                    document=document,
                    created_at=now,
                    created_by=created_by,
                    previous_id=found.id,
                    generation_pk=generation,
                )
            )
    except IntegrityError as exc:
        raise StaleVersion(
            f"Une version {version} vient d'être enregistrée par quelqu'un d'autre : "
            "rechargez le document et refaites la modification."
        ) from exc
    return get_draft(conn, new_id)


def sign_draft(
    conn: Connection,
    draft_id: str,
    *,
    signer: str,
    signer_name: str | None = None,
    rpps: str | None = None,
) -> StoredDraft:
    """Sign the latest version: it becomes immutable. Narrative sections must be written."""
    found = get_draft(conn, draft_id)
    if found.signed:
        raise StaleVersion(
            f"La version {found.version} est déjà signée ({found.signed_by}) : toute "
            "modification crée une nouvelle version."
        )
    _require_latest(conn, found)
    to_write = [
        s["title"]
        for s in found.document["sections"]
        if s.get("generated") and (not s.get("sentences") or s.get("text") == TO_WRITE)
    ]
    if to_write:
        raise InvalidInput(
            "Sections à rédiger avant de signer : " + ", ".join(to_write) + ". Modifiez-les."
        )
    now = datetime.now(UTC)
    shown = signer_name or signer
    signed_by = f"{shown} (RPPS {rpps})" if rpps else shown
    document = copy.deepcopy(found.document)
    document.update(status="signed", label=None, signed_by=signed_by, signed_at=_iso(now))
    local = now.astimezone()  # the server's (the hospital's) time zone
    _set_status(
        document,
        "signed",
        f"Document validé et signé par {signed_by} le {local:%d/%m/%Y à %Hh%M}.",
    )
    changed = conn.execute(
        update(drafts)
        .where(drafts.c.id == found.id, drafts.c.status == "draft")
        .values(status="signed", signed_by=signed_by, signed_at=now, document=document)
    ).rowcount
    if changed != 1:
        raise StaleVersion("Ce document vient d'être signé par quelqu'un d'autre : rechargez-le.")
    return get_draft(conn, found.id)
