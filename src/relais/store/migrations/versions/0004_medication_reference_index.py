"""medication lines: index on medication_id (a Medication stored after its lines names them)

Revision ID: 0004_medication_reference
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_medication_reference"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_medication_lines_medication_id"),
        "medication_lines",
        ["medication_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_medication_lines_medication_id"), table_name="medication_lines")
