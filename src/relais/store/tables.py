"""Database tables: raw FHIR resources kept verbatim, and the clinical content normalised.

Every normalised row points at the raw resource it came from (``resource_pk``, cascade delete),
so re-importing a newer version replaces its rows in one transaction. References between
resources are kept as FHIR logical ids (``patient_id`` = the Patient's ``id``), not foreign
keys: a dangling reference is stored and reported, never fatal.

Timestamps are stored as the wall-clock time written in the resource (offset dropped):
a hospital works in one time zone and its documents show local times.
"""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

PrimaryKey = BigInteger().with_variant(Integer(), "sqlite")
JsonDocument = JSON().with_variant(JSONB(), "postgresql")

ID = 64  # FHIR ids are at most 64 characters
CODE = 128
SHORT = 255


def _resource_fk() -> Column[int]:
    return Column(
        "resource_pk",
        PrimaryKey,
        ForeignKey("fhir_resources.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _coded(prefix: str = "") -> list[Column[str]]:
    """The primary coding of a CodeableConcept, its text, and every coding as JSON."""
    return [
        Column(f"{prefix}code_system", String(SHORT)),
        Column(f"{prefix}code", String(CODE)),
        Column(f"{prefix}display", Text),
        Column(f"{prefix}text", Text),
        Column(f"{prefix}codings", JSON),
    ]


fhir_resources = Table(
    "fhir_resources",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("resource_type", String(64), nullable=False),
    Column("fhir_id", String(ID), nullable=False),
    Column("version_id", String(ID)),
    Column("last_updated", String(40)),
    Column("content_hash", String(64), nullable=False),
    Column("content", JsonDocument, nullable=False),
    Column("source", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("resource_type", "fhir_id"),
)

resource_references = Table(
    "resource_references",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("path", String(SHORT), nullable=False),
    Column("target_type", String(64)),
    Column("target_id", String(ID)),
    Column("reference", Text, nullable=False),
    Index("ix_resource_references_target", "target_type", "target_id"),
)

patients = Table(
    "patients",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False, index=True),
    Column("family", String(SHORT)),
    Column("given", String(SHORT)),
    Column("birth_family", String(SHORT)),
    Column("sex", String(16)),
    Column("birth_date", Date),
    Column("birth_precision", String(8)),  # year / month when birthDate has no day (NULL: day)
    Column("deceased", Boolean),
    Column("deceased_at", DateTime),
    Column("address", Text),
    Column("postal_code", String(16)),
    Column("city", String(SHORT)),
    Column("phone", String(64)),
    Column("email", String(SHORT)),
    Column("gp_id", String(ID)),
    Column("organization_id", String(ID)),
    Column("active", Boolean),
)

patient_identifiers = Table(
    "patient_identifiers",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("patient_id", String(ID), nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("system", String(SHORT)),
    Column("value", String(SHORT), nullable=False, index=True),
)

practitioners = Table(
    "practitioners",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False, index=True),
    Column("family", String(SHORT)),
    Column("given", String(SHORT)),
    Column("prefix", String(64)),
    Column("rpps", String(32), index=True),
    Column("phone", String(64)),
    Column("qualification", Text),
)

organizations = Table(
    "organizations",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False, index=True),
    Column("name", Text),
    Column("finess", String(32), index=True),
    Column("type", Text),
    Column("part_of_id", String(ID)),
)

encounters = Table(
    "encounters",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False, index=True),
    Column("patient_id", String(ID), index=True),
    Column("status", String(32)),
    Column("class_code", String(32)),
    Column("type", Text),
    Column("start", DateTime, index=True),
    Column("end", DateTime, index=True),
    Column("service", Text),
    Column("service_organization_id", String(ID)),
    Column("location_id", String(ID)),
    Column("admit_source_code", String(CODE)),
    Column("admit_source", Text),
    Column("discharge_code", String(CODE)),
    Column("discharge", Text),
    Column("nda", String(64)),
    Column("attending_id", String(ID)),
    Column("part_of_id", String(ID)),
    Column("reason", Text),
)

conditions = Table(
    "conditions",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID), index=True),
    Column("category", String(64)),
    *_coded(),
    Column("clinical_status", String(32)),
    Column("verification_status", String(32)),
    Column("onset", DateTime),
    Column("abatement", DateTime),
    Column("recorded", DateTime),
)

medication_lines = Table(
    "medication_lines",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("kind", String(16), nullable=False),  # request / statement / administration / dispense
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID), index=True),
    Column("status", String(32)),
    Column("status_reason", Text),
    Column("category", String(64)),
    Column("intent", String(32)),
    *_coded(),
    Column("medication_id", String(ID), index=True),  # lines waiting for their Medication
    Column("dose_value", Float),
    Column("dose_unit", String(64)),
    Column("route", Text),
    Column("frequency", Text),
    Column("dosage_text", Text),
    Column("start", DateTime),
    Column("end", DateTime),
    Column("duration", String(64)),
    Column("reason", Text),
    Column("recorded", DateTime),
)

allergies = Table(
    "allergies",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("patient_id", String(ID), index=True),
    *_coded(),
    Column("category", String(64)),
    Column("criticality", String(32)),
    Column("clinical_status", String(32)),
    Column("verification_status", String(32)),
    Column("reaction", Text),
    Column("onset", DateTime),
)

observations = Table(
    "observations",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("component", Integer, nullable=False, default=0),  # 0 = the observation itself
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID), index=True),
    Column("status", String(32)),
    Column("category", String(64)),
    *_coded(),
    Column("value_num", Float),
    Column("value_unit", String(64)),
    Column("value_text", Text),
    Column("ref_low", Float),
    Column("ref_high", Float),
    Column("ref_text", Text),
    Column("interpretation", String(64)),
    Column("effective", DateTime, index=True),
)

procedures = Table(
    "procedures",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID), index=True),
    Column("status", String(32)),
    *_coded(),
    Column("performed_start", DateTime),
    Column("performed_end", DateTime),
    Column("outcome", Text),
    Column("complication", Text),
)

diagnostic_reports = Table(
    "diagnostic_reports",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID), index=True),
    Column("status", String(32)),
    Column("category", String(64)),
    *_coded(),
    Column("effective", DateTime),
    Column("issued", DateTime),
    Column("conclusion", Text),
    Column("result_ids", JSON),
)

documents = Table(
    "documents",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("part", Integer, nullable=False, default=0),  # attachment or section index
    Column("resource_type", String(32), nullable=False),  # DocumentReference or Composition
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID), index=True),
    Column("status", String(32)),
    *_coded("type_"),
    Column("title", Text),
    Column("date", DateTime),
    Column("author_id", String(ID)),
    Column("content_type", String(SHORT)),
    Column("text", Text),
    Column("url", Text),
)

care_items = Table(
    "care_items",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("kind", String(32), nullable=False),  # appointment / careplan / careplan-activity
    Column("patient_id", String(ID), index=True),
    Column("encounter_id", String(ID)),
    Column("status", String(32)),
    *_coded(),
    Column("description", Text),
    Column("start", DateTime),
    Column("end", DateTime),
    Column("practitioner_id", String(ID)),
)

devices = Table(
    "devices",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    _resource_fk(),
    Column("fhir_id", String(ID), nullable=False),
    Column("patient_id", String(ID), index=True),
    Column("status", String(32)),
    *_coded(),
    Column("udi", Text),
    Column("lot", String(SHORT)),
    Column("manufacturer", Text),
    Column("model", Text),
    Column("expiry", DateTime),
)

NORMALISED_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        patients,
        patient_identifiers,
        practitioners,
        organizations,
        encounters,
        conditions,
        medication_lines,
        allergies,
        observations,
        procedures,
        diagnostic_reports,
        documents,
        care_items,
        devices,
        resource_references,
    )
}
