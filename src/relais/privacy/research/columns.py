"""The Parquet tables of a research extract and their columns (data only; docs/privacy.md
describes each). Ids are pseudonymous (keyed hashes), dates and times are shifted per patient,
free text is pseudonymised; nothing here holds a name, an identifier, an address or a phone."""

import pyarrow as pa  # type: ignore[import-untyped]

TEXT = pa.string()
MOMENT = pa.timestamp("us")  # wall-clock time of the hospital, shifted
ID = pa.string()  # 32 hex characters

SCHEMAS: dict[str, pa.Schema] = {
    "patients": pa.schema(
        [
            ("patient_id", ID),
            ("sex", TEXT),
            ("birth_year", pa.int16()),
            ("age_90_or_over", pa.bool_()),
            ("deceased", pa.bool_()),
            ("deceased_date", pa.date32()),
            ("department", TEXT),
        ]
    ),
    "stays": pa.schema(
        [
            ("stay_id", ID),
            ("patient_id", ID),
            ("part_of_stay_id", ID),
            ("status", TEXT),
            ("class_code", TEXT),
            ("type", TEXT),
            ("start", MOMENT),
            ("end", MOMENT),
            ("service", TEXT),
            ("admit_source_code", TEXT),
            ("admit_source", TEXT),
            ("discharge_code", TEXT),
            ("discharge", TEXT),
            ("reason", TEXT),
            ("attending_id", ID),
        ]
    ),
    "conditions": pa.schema(
        [
            ("condition_id", ID),
            ("patient_id", ID),
            ("stay_id", ID),
            ("category", TEXT),
            ("code_system", TEXT),
            ("code", TEXT),
            ("display", TEXT),
            ("text", TEXT),
            ("clinical_status", TEXT),
            ("verification_status", TEXT),
            ("onset", MOMENT),
            ("abatement", MOMENT),
            ("recorded", MOMENT),
        ]
    ),
    "medications": pa.schema(
        [
            ("medication_id", ID),
            ("patient_id", ID),
            ("stay_id", ID),
            ("kind", TEXT),
            ("status", TEXT),
            ("category", TEXT),
            ("intent", TEXT),
            ("code_system", TEXT),
            ("code", TEXT),
            ("display", TEXT),
            ("text", TEXT),
            ("dose_value", pa.float64()),
            ("dose_unit", TEXT),
            ("route", TEXT),
            ("frequency", TEXT),
            ("dosage_text", TEXT),
            ("start", MOMENT),
            ("end", MOMENT),
            ("duration", TEXT),
            ("reason", TEXT),
            ("recorded", MOMENT),
        ]
    ),
    "observations": pa.schema(
        [
            ("observation_id", ID),
            ("component", pa.int32()),
            ("patient_id", ID),
            ("stay_id", ID),
            ("status", TEXT),
            ("category", TEXT),
            ("code_system", TEXT),
            ("code", TEXT),
            ("display", TEXT),
            ("text", TEXT),
            ("value_num", pa.float64()),
            ("value_unit", TEXT),
            ("value_text", TEXT),
            ("ref_low", pa.float64()),
            ("ref_high", pa.float64()),
            ("ref_text", TEXT),
            ("interpretation", TEXT),
            ("effective", MOMENT),
        ]
    ),
    "documents": pa.schema(
        [
            ("document_id", ID),
            ("part", pa.int32()),
            ("patient_id", ID),
            ("stay_id", ID),
            ("resource_type", TEXT),
            ("status", TEXT),
            ("type_code_system", TEXT),
            ("type_code", TEXT),
            ("type_display", TEXT),
            ("title", TEXT),
            ("date", MOMENT),
            ("author_id", ID),
            ("content_type", TEXT),
            ("text", TEXT),
            ("replaced_spans", pa.int32()),
        ]
    ),
}
TABLES = tuple(SCHEMAS)
