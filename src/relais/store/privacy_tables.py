"""Privacy tables: the hash-chained audit trail, patients' oppositions, the transparency register.

``audit_events`` is append-only (database triggers refuse UPDATE and DELETE, see migration
0003_privacy) and each row carries the SHA-256 of its content chained to the previous row's;
``audit_chain_head`` is the one-row lock that serialises appends and remembers the last hash,
so deleting the newest rows is detected too. Oppositions are never updated either: a withdrawal
is a new row. Every research export is recorded with the patients it included.
"""

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from relais.store.tables import ID, SHORT, JsonDocument, PrimaryKey, metadata

HASH = 64  # hex SHA-256

audit_events = Table(
    "audit_events",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor_id", String(SHORT), nullable=False, index=True),
    Column("actor_name", String(SHORT)),
    Column("role", String(32), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("patient_id", String(ID), index=True),
    Column("resource", Text),
    Column("action", String(32), nullable=False),
    Column("purpose", Text),
    Column("outcome", String(16), nullable=False),
    Column("details", JsonDocument, nullable=False),
    Column("prev_hash", String(HASH), nullable=False),
    Column("row_hash", String(HASH), nullable=False),
)

audit_chain_head = Table(
    "audit_chain_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # always 1
    Column("seq", BigInteger, nullable=False),
    Column("row_hash", String(HASH), nullable=False),
)

patient_oppositions = Table(
    "patient_oppositions",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("patient_id", String(ID), nullable=False, index=True),
    Column("change", String(16), nullable=False),  # opposition / withdrawal
    Column("effective", Date, nullable=False),
    Column("channel", String(32)),  # how the patient expressed it
    Column("note", Text),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", String(SHORT), nullable=False),
)

research_projects = Table(
    "research_projects",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("name", String(SHORT), nullable=False, unique=True),
    Column("requester", String(SHORT), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("legal_basis", String(SHORT), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

research_exports = Table(
    "research_exports",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column(
        "project_pk",
        PrimaryKey,
        ForeignKey("research_projects.pk", ondelete="RESTRICT"),
        nullable=False,
        index=True,
    ),
    Column("exported_at", DateTime(timezone=True), nullable=False),
    Column("exported_by", String(SHORT), nullable=False),
    Column("requester", String(SHORT), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("legal_basis", String(SHORT), nullable=False),
    Column("patients", Integer, nullable=False),
    Column("excluded_opposed", Integer, nullable=False),
    Column("counts", JsonDocument, nullable=False),  # rows per Parquet table
    Column("destination", Text, nullable=False),
)

research_export_patients = Table(
    "research_export_patients",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column(
        "export_pk",
        PrimaryKey,
        ForeignKey("research_exports.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("patient_id", String(ID), nullable=False),
    Index("ix_research_export_patients_patient", "patient_id"),
)
