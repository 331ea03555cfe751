"""pseudonymisation: the optional re-identification table (original ↔ surrogate)

Revision ID: 0003_pseudo
Revises: 0002
Create Date: 2026-11-30 04:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_pseudo"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pseudo_reidentification",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("span_type", sa.String(length=32), nullable=False),
        sa.Column("surrogate", sa.Text(), nullable=False),
        sa.Column("original", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_pseudo_reidentification")),
        sa.UniqueConstraint(
            "patient_id",
            "span_type",
            "surrogate",
            "original",
            name=op.f("uq_pseudo_reidentification_patient_id_span_type_surrogate_original"),
        ),
    )
    op.create_index(
        "ix_pseudo_reidentification_surrogate",
        "pseudo_reidentification",
        ["surrogate"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_pseudo_reidentification_surrogate", table_name="pseudo_reidentification")
    op.drop_table("pseudo_reidentification")
