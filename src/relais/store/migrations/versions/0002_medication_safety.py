"""medication safety: ANSM thesaurus editions, BDPM release, acknowledgements

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 19:28:31.089807
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bdpm_compositions",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("cis", sa.String(length=16), nullable=False),
        sa.Column("element", sa.Text(), nullable=True),
        sa.Column("substance_code", sa.String(length=16), nullable=True),
        sa.Column("substance", sa.Text(), nullable=False),
        sa.Column("dosage", sa.Text(), nullable=True),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("nature", sa.String(length=8), nullable=False),
        sa.Column("link", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_bdpm_compositions")),
    )
    with op.batch_alter_table("bdpm_compositions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bdpm_compositions_cis"), ["cis"], unique=False)

    op.create_table(
        "bdpm_releases",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("specialties", sa.Integer(), nullable=False),
        sa.Column("compositions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_bdpm_releases")),
    )
    op.create_table(
        "bdpm_specialties",
        sa.Column("cis", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("form", sa.Text(), nullable=True),
        sa.Column("routes", sa.Text(), nullable=True),
        sa.Column("marketed", sa.Boolean(), nullable=False),
        sa.Column("holder", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("cis", name=op.f("pk_bdpm_specialties")),
    )
    op.create_table(
        "safety_acknowledgements",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("finding_key", sa.String(length=512), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("acknowledged_by", sa.String(length=255), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_safety_acknowledgements")),
    )
    with op.batch_alter_table("safety_acknowledgements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_safety_acknowledgements_patient", ["patient_id", "finding_key"], unique=False
        )

    op.create_table(
        "thesaurus_editions",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("substances", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_thesaurus_editions")),
        sa.UniqueConstraint("label", name=op.f("uq_thesaurus_editions_label")),
    )
    op.create_table(
        "thesaurus_entries",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "edition_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("main", sa.Text(), nullable=False),
        sa.Column("plus", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("risk", sa.Text(), nullable=False),
        sa.Column("see_also", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["edition_pk"],
            ["thesaurus_editions.pk"],
            name=op.f("fk_thesaurus_entries_edition_pk_thesaurus_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_thesaurus_entries")),
        sa.UniqueConstraint(
            "edition_pk", "number", name=op.f("uq_thesaurus_entries_edition_pk_number")
        ),
    )
    with op.batch_alter_table("thesaurus_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_thesaurus_entries_edition_pk"), ["edition_pk"], unique=False
        )

    op.create_table(
        "thesaurus_substances",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "edition_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("classes", sa.JSON(), nullable=False),
        sa.Column("rxnorm", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["edition_pk"],
            ["thesaurus_editions.pk"],
            name=op.f("fk_thesaurus_substances_edition_pk_thesaurus_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_thesaurus_substances")),
        sa.UniqueConstraint(
            "edition_pk", "key", name=op.f("uq_thesaurus_substances_edition_pk_key")
        ),
    )
    with op.batch_alter_table("thesaurus_substances", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_thesaurus_substances_edition_pk"), ["edition_pk"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("thesaurus_substances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thesaurus_substances_edition_pk"))

    op.drop_table("thesaurus_substances")
    with op.batch_alter_table("thesaurus_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thesaurus_entries_edition_pk"))

    op.drop_table("thesaurus_entries")
    op.drop_table("thesaurus_editions")
    with op.batch_alter_table("safety_acknowledgements", schema=None) as batch_op:
        batch_op.drop_index("ix_safety_acknowledgements_patient")

    op.drop_table("safety_acknowledgements")
    op.drop_table("bdpm_specialties")
    op.drop_table("bdpm_releases")
    with op.batch_alter_table("bdpm_compositions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bdpm_compositions_cis"))

    op.drop_table("bdpm_compositions")
