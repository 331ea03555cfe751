"""Drafted documents (every version kept) and the log of every language-model call.

A draft is never updated in place: a new draft of the same stay or patient, or an edit of a
signed document, is a new row with the next version number (workspace issue builds on this).
"""

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from relais.store.tables import ID, SHORT, JsonDocument, PrimaryKey, metadata

generations = Table(
    "generations",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("document_kind", String(SHORT), nullable=False),
    Column("subject", String(ID), nullable=False),  # stay or patient FHIR id
    Column("backend", String(SHORT), nullable=False),
    Column("model", Text, nullable=False),
    Column("outcome", String(SHORT), nullable=False),  # ok / unavailable / bad_output
    Column("prompt_hash", String(64)),
    Column("options", JSON, nullable=False),
    Column("prompt_tokens", Integer),
    Column("completion_tokens", Integer),
    Column("duration_s", Float, nullable=False),
    Column("finish_reason", String(SHORT)),
    Column("error", Text),
    Column("output", Text),
    Index("ix_generations_subject", "subject", "created_at"),
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("kind", String(SHORT), nullable=False),  # lettre_de_liaison / synthese_medicale
    Column("subject", String(ID), nullable=False),  # stay id (letter) or patient id
    Column("patient_id", String(ID), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("status", String(SHORT), nullable=False),  # draft / signed
    Column("document", JsonDocument, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", Text),
    Column("signed_by", Text),
    Column("signed_at", DateTime(timezone=True)),
    Column("previous_id", String(ID), ForeignKey("drafts.id")),
    Column("generation_pk", PrimaryKey, ForeignKey("generations.pk")),
    UniqueConstraint("kind", "subject", "version"),
)
