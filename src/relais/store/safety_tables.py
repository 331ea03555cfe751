"""Medication safety tables: thesaurus editions, BDPM release, acknowledgements of alerts.

The ANSM thesaurus is kept per edition (entries and substance → class index keyed by the
edition); checks read the latest loaded edition unless told otherwise. The BDPM holds one
release at a time: loading a new monthly release replaces the previous one in one transaction.
"""

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from relais.store.tables import ID, SHORT, PrimaryKey, metadata

thesaurus_editions = Table(
    "thesaurus_editions",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("label", String(64), nullable=False, unique=True),  # "2020-10"
    Column("published", Date),
    Column("source", Text, nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("entries", Integer, nullable=False),
    Column("substances", Integer, nullable=False),
)


def _edition_fk() -> Column[int]:
    return Column(
        "edition_pk",
        PrimaryKey,
        ForeignKey("thesaurus_editions.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


thesaurus_substances = Table(
    "thesaurus_substances",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _edition_fk(),
    Column("key", String(SHORT), nullable=False),
    Column("name", Text, nullable=False),
    Column("classes", JSON, nullable=False),  # class names as printed
    Column("rxnorm", String(32)),
    UniqueConstraint("edition_pk", "key"),
)

thesaurus_entries = Table(
    "thesaurus_entries",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _edition_fk(),
    Column("number", Integer, nullable=False),
    Column("main", Text, nullable=False),
    Column("plus", Text, nullable=False),
    Column("level", String(8), nullable=False),  # most severe: CI / ASDEC / PE / APEC
    Column("levels", JSON, nullable=False),  # [{"level": …, "conduct": …}]
    Column("risk", Text, nullable=False),
    Column("see_also", Text, nullable=False),
    UniqueConstraint("edition_pk", "number"),
)

bdpm_releases = Table(
    "bdpm_releases",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("label", String(64), nullable=False),
    Column("checksum", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("specialties", Integer, nullable=False),
    Column("compositions", Integer, nullable=False),
)

bdpm_specialties = Table(
    "bdpm_specialties",
    metadata,
    Column("cis", String(16), primary_key=True),
    Column("name", Text, nullable=False),
    Column("form", Text),
    Column("routes", Text),
    Column("marketed", Boolean, nullable=False),
    Column("holder", Text),
)

bdpm_compositions = Table(
    "bdpm_compositions",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("cis", String(16), nullable=False, index=True),
    Column("element", Text),
    Column("substance_code", String(16)),
    Column("substance", Text, nullable=False),
    Column("dosage", Text),
    Column("reference", Text),
    Column("nature", String(8), nullable=False),  # SA (substance active) / FT (fraction)
    Column("link", Integer),
)

safety_acknowledgements = Table(
    "safety_acknowledgements",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("patient_id", String(ID), nullable=False),
    Column("finding_key", String(512), nullable=False),
    Column("kind", String(32), nullable=False),  # interaction / allergy_conflict
    Column("reason", Text, nullable=False),
    Column("acknowledged_by", String(SHORT), nullable=False),
    Column("acknowledged_at", DateTime(timezone=True), nullable=False),
    Index("ix_safety_acknowledgements_patient", "patient_id", "finding_key"),
)
