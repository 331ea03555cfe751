"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 19:06:56.186688
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fhir_resources",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("resource_type", sa.String(length=64), nullable=False),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("version_id", sa.String(length=64), nullable=True),
        sa.Column("last_updated", sa.String(length=40), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "content",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_fhir_resources")),
        sa.UniqueConstraint(
            "resource_type", "fhir_id", name=op.f("uq_fhir_resources_resource_type_fhir_id")
        ),
    )
    op.create_table(
        "allergies",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("criticality", sa.String(length=32), nullable=True),
        sa.Column("clinical_status", sa.String(length=32), nullable=True),
        sa.Column("verification_status", sa.String(length=32), nullable=True),
        sa.Column("reaction", sa.Text(), nullable=True),
        sa.Column("onset", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_allergies_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_allergies")),
    )
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allergies_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_allergies_resource_pk"), ["resource_pk"], unique=False)

    op.create_table(
        "care_items",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("practitioner_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_care_items_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_care_items")),
    )
    with op.batch_alter_table("care_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_items_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_care_items_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "conditions",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("clinical_status", sa.String(length=32), nullable=True),
        sa.Column("verification_status", sa.String(length=32), nullable=True),
        sa.Column("onset", sa.DateTime(), nullable=True),
        sa.Column("abatement", sa.DateTime(), nullable=True),
        sa.Column("recorded", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_conditions_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_conditions")),
    )
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conditions_encounter_id"), ["encounter_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_conditions_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_conditions_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "devices",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("udi", sa.Text(), nullable=True),
        sa.Column("lot", sa.String(length=255), nullable=True),
        sa.Column("manufacturer", sa.Text(), nullable=True),
        sa.Column("model", sa.Text(), nullable=True),
        sa.Column("expiry", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_devices_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_devices")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_devices_resource_pk"), ["resource_pk"], unique=False)

    op.create_table(
        "diagnostic_reports",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("effective", sa.DateTime(), nullable=True),
        sa.Column("issued", sa.DateTime(), nullable=True),
        sa.Column("conclusion", sa.Text(), nullable=True),
        sa.Column("result_ids", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_diagnostic_reports_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_diagnostic_reports")),
    )
    with op.batch_alter_table("diagnostic_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_diagnostic_reports_encounter_id"), ["encounter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_diagnostic_reports_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_diagnostic_reports_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("resource_type", sa.String(length=32), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("type_code_system", sa.String(length=255), nullable=True),
        sa.Column("type_code", sa.String(length=128), nullable=True),
        sa.Column("type_display", sa.Text(), nullable=True),
        sa.Column("type_text", sa.Text(), nullable=True),
        sa.Column("type_codings", sa.JSON(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("date", sa.DateTime(), nullable=True),
        sa.Column("author_id", sa.String(length=64), nullable=True),
        sa.Column("content_type", sa.String(length=255), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_documents_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_documents_encounter_id"), ["encounter_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_documents_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_resource_pk"), ["resource_pk"], unique=False)

    op.create_table(
        "encounters",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("class_code", sa.String(length=32), nullable=True),
        sa.Column("type", sa.Text(), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("service", sa.Text(), nullable=True),
        sa.Column("service_organization_id", sa.String(length=64), nullable=True),
        sa.Column("location_id", sa.String(length=64), nullable=True),
        sa.Column("admit_source_code", sa.String(length=128), nullable=True),
        sa.Column("admit_source", sa.Text(), nullable=True),
        sa.Column("discharge_code", sa.String(length=128), nullable=True),
        sa.Column("discharge", sa.Text(), nullable=True),
        sa.Column("nda", sa.String(length=64), nullable=True),
        sa.Column("attending_id", sa.String(length=64), nullable=True),
        sa.Column("part_of_id", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_encounters_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_encounters")),
    )
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_encounters_end"), ["end"], unique=False)
        batch_op.create_index(batch_op.f("ix_encounters_fhir_id"), ["fhir_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_encounters_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_encounters_resource_pk"), ["resource_pk"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_encounters_start"), ["start"], unique=False)

    op.create_table(
        "medication_lines",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("intent", sa.String(length=32), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("medication_id", sa.String(length=64), nullable=True),
        sa.Column("dose_value", sa.Float(), nullable=True),
        sa.Column("dose_unit", sa.String(length=64), nullable=True),
        sa.Column("route", sa.Text(), nullable=True),
        sa.Column("frequency", sa.Text(), nullable=True),
        sa.Column("dosage_text", sa.Text(), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("duration", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_medication_lines_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_medication_lines")),
    )
    with op.batch_alter_table("medication_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medication_lines_encounter_id"), ["encounter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_medication_lines_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_medication_lines_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "observations",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("component", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("value_num", sa.Float(), nullable=True),
        sa.Column("value_unit", sa.String(length=64), nullable=True),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("ref_low", sa.Float(), nullable=True),
        sa.Column("ref_high", sa.Float(), nullable=True),
        sa.Column("ref_text", sa.Text(), nullable=True),
        sa.Column("interpretation", sa.String(length=64), nullable=True),
        sa.Column("effective", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_observations_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_observations")),
    )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observations_effective"), ["effective"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_observations_encounter_id"), ["encounter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observations_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observations_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "organizations",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("finess", sa.String(length=32), nullable=True),
        sa.Column("type", sa.Text(), nullable=True),
        sa.Column("part_of_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_organizations_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_organizations")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organizations_fhir_id"), ["fhir_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organizations_finess"), ["finess"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organizations_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "patient_identifiers",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("system", sa.String(length=255), nullable=True),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_patient_identifiers_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_patient_identifiers")),
    )
    with op.batch_alter_table("patient_identifiers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patient_identifiers_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_patient_identifiers_resource_pk"), ["resource_pk"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_patient_identifiers_value"), ["value"], unique=False)

    op.create_table(
        "patients",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("family", sa.String(length=255), nullable=True),
        sa.Column("given", sa.String(length=255), nullable=True),
        sa.Column("birth_family", sa.String(length=255), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("deceased", sa.Boolean(), nullable=True),
        sa.Column("deceased_at", sa.DateTime(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.String(length=16), nullable=True),
        sa.Column("city", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("gp_id", sa.String(length=64), nullable=True),
        sa.Column("organization_id", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_patients_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_patients")),
    )
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patients_fhir_id"), ["fhir_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_patients_resource_pk"), ["resource_pk"], unique=False)

    op.create_table(
        "practitioners",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("family", sa.String(length=255), nullable=True),
        sa.Column("given", sa.String(length=255), nullable=True),
        sa.Column("prefix", sa.String(length=64), nullable=True),
        sa.Column("rpps", sa.String(length=32), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("qualification", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_practitioners_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_practitioners")),
    )
    with op.batch_alter_table("practitioners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practitioners_fhir_id"), ["fhir_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_practitioners_resource_pk"), ["resource_pk"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_practitioners_rpps"), ["rpps"], unique=False)

    op.create_table(
        "procedures",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("fhir_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("code_system", sa.String(length=255), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("codings", sa.JSON(), nullable=True),
        sa.Column("performed_start", sa.DateTime(), nullable=True),
        sa.Column("performed_end", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("complication", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_procedures_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_procedures")),
    )
    with op.batch_alter_table("procedures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_procedures_encounter_id"), ["encounter_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_procedures_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_procedures_resource_pk"), ["resource_pk"], unique=False
        )

    op.create_table(
        "resource_references",
        sa.Column(
            "pk",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "resource_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("path", sa.String(length=255), nullable=False),
        sa.Column("target_type", sa.String(length=64), nullable=True),
        sa.Column("target_id", sa.String(length=64), nullable=True),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resource_pk"],
            ["fhir_resources.pk"],
            name=op.f("fk_resource_references_resource_pk_fhir_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_resource_references")),
    )
    with op.batch_alter_table("resource_references", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resource_references_resource_pk"), ["resource_pk"], unique=False
        )
        batch_op.create_index(
            "ix_resource_references_target", ["target_type", "target_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("resource_references", schema=None) as batch_op:
        batch_op.drop_index("ix_resource_references_target")
        batch_op.drop_index(batch_op.f("ix_resource_references_resource_pk"))

    op.drop_table("resource_references")
    with op.batch_alter_table("procedures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedures_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_procedures_patient_id"))
        batch_op.drop_index(batch_op.f("ix_procedures_encounter_id"))

    op.drop_table("procedures")
    with op.batch_alter_table("practitioners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practitioners_rpps"))
        batch_op.drop_index(batch_op.f("ix_practitioners_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_practitioners_fhir_id"))

    op.drop_table("practitioners")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patients_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_patients_fhir_id"))

    op.drop_table("patients")
    with op.batch_alter_table("patient_identifiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patient_identifiers_value"))
        batch_op.drop_index(batch_op.f("ix_patient_identifiers_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_patient_identifiers_patient_id"))

    op.drop_table("patient_identifiers")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organizations_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_organizations_finess"))
        batch_op.drop_index(batch_op.f("ix_organizations_fhir_id"))

    op.drop_table("organizations")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observations_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_observations_patient_id"))
        batch_op.drop_index(batch_op.f("ix_observations_encounter_id"))
        batch_op.drop_index(batch_op.f("ix_observations_effective"))

    op.drop_table("observations")
    with op.batch_alter_table("medication_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medication_lines_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_medication_lines_patient_id"))
        batch_op.drop_index(batch_op.f("ix_medication_lines_encounter_id"))

    op.drop_table("medication_lines")
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_encounters_start"))
        batch_op.drop_index(batch_op.f("ix_encounters_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_encounters_patient_id"))
        batch_op.drop_index(batch_op.f("ix_encounters_fhir_id"))
        batch_op.drop_index(batch_op.f("ix_encounters_end"))

    op.drop_table("encounters")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_documents_patient_id"))
        batch_op.drop_index(batch_op.f("ix_documents_encounter_id"))

    op.drop_table("documents")
    with op.batch_alter_table("diagnostic_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnostic_reports_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_diagnostic_reports_patient_id"))
        batch_op.drop_index(batch_op.f("ix_diagnostic_reports_encounter_id"))

    op.drop_table("diagnostic_reports")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_devices_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_devices_patient_id"))

    op.drop_table("devices")
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conditions_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_conditions_patient_id"))
        batch_op.drop_index(batch_op.f("ix_conditions_encounter_id"))

    op.drop_table("conditions")
    with op.batch_alter_table("care_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_items_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_care_items_patient_id"))

    op.drop_table("care_items")
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allergies_resource_pk"))
        batch_op.drop_index(batch_op.f("ix_allergies_patient_id"))

    op.drop_table("allergies")
    op.drop_table("fhir_resources")
