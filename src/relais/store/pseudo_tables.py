"""The re-identification table of pseudonymisation: original ↔ surrogate pairs.

Written only when the setting ``keep_reidentification_table`` is on (off by default). Without
it, surrogates cannot be traced back to the originals, even by Relais: only recomputed from the
originals with the key.
"""

from sqlalchemy import Column, DateTime, Index, String, Table, Text, UniqueConstraint

from relais.store.tables import ID, PrimaryKey, metadata

pseudo_reidentification = Table(
    "pseudo_reidentification",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("patient_id", String(ID), nullable=False),  # "" for text read without a patient
    Column("span_type", String(32), nullable=False),
    Column("surrogate", Text, nullable=False),
    Column("original", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("patient_id", "span_type", "surrogate", "original"),
    Index("ix_pseudo_reidentification_surrogate", "surrogate"),
)
