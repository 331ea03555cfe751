"""privacy: hash-chained audit trail, patients' oppositions, transparency register of exports

Revision ID: 0003_privacy
Revises: 0002
Create Date: 2026-11-25 10:00:00

Besides the tables: the genesis row of ``audit_chain_head`` (sequence 0, hash of zeros) and
triggers that refuse UPDATE and DELETE on ``audit_events`` (and TRUNCATE on PostgreSQL), so the
trail is append-only for every ordinary database user; the hash chain detects what a database
owner does anyway.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003_privacy"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
GENESIS = "0" * 64
APPEND_ONLY = "audit_events is append-only: rows can be added, never changed or deleted"

POSTGRES_TRIGGERS = (
    f"""CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$""",
    """CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
    """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
)
SQLITE_TRIGGERS = tuple(
    f"""CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"""
    for verb in ("UPDATE", "DELETE")
)


def upgrade() -> None:
    _audit()
    op.create_table(
        "patient_oppositions",
        sa.Column("pk", PK, autoincrement=True, nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("change", sa.String(length=16), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_patient_oppositions")),
    )
    with op.batch_alter_table("patient_oppositions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patient_oppositions_patient_id"), ["patient_id"], unique=False
        )
    _register()


def _audit() -> None:
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.execute(
        sa.text(
            "INSERT INTO audit_chain_head (id, seq, row_hash) VALUES (1, 0, :genesis)"
        ).bindparams(genesis=GENESIS)
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.String(length=255), nullable=False),
        sa.Column("actor_name", sa.String(length=255), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("resource", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("details", JSON_DOCUMENT, nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_events_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_audit_events_recorded_at"), ["recorded_at"], unique=False
        )
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def _register() -> None:
    op.create_table(
        "research_projects",
        sa.Column("pk", PK, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("requester", sa.String(length=255), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_research_projects")),
        sa.UniqueConstraint("name", name=op.f("uq_research_projects_name")),
    )
    op.create_table(
        "research_exports",
        sa.Column("pk", PK, autoincrement=True, nullable=False),
        sa.Column("project_pk", PK, nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("exported_by", sa.String(length=255), nullable=False),
        sa.Column("requester", sa.String(length=255), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.String(length=255), nullable=False),
        sa.Column("patients", sa.Integer(), nullable=False),
        sa.Column("excluded_opposed", sa.Integer(), nullable=False),
        sa.Column("counts", JSON_DOCUMENT, nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_pk"],
            ["research_projects.pk"],
            name=op.f("fk_research_exports_project_pk_research_projects"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_research_exports")),
    )
    with op.batch_alter_table("research_exports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_research_exports_project_pk"), ["project_pk"], unique=False
        )
    op.create_table(
        "research_export_patients",
        sa.Column("pk", PK, autoincrement=True, nullable=False),
        sa.Column("export_pk", PK, nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["export_pk"],
            ["research_exports.pk"],
            name=op.f("fk_research_export_patients_export_pk_research_exports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_research_export_patients")),
    )
    with op.batch_alter_table("research_export_patients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_research_export_patients_export_pk"), ["export_pk"], unique=False
        )
        batch_op.create_index("ix_research_export_patients_patient", ["patient_id"], unique=False)


def downgrade() -> None:
    op.drop_table("research_export_patients")
    op.drop_table("research_exports")
    op.drop_table("research_projects")
    op.drop_table("patient_oppositions")
    op.drop_table("audit_events")  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_events_append_only()")
    op.drop_table("audit_chain_head")
