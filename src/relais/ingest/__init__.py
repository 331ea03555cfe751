"""FHIR R4 ingestion: read files, validate, resolve references, store raw and normalised."""
