"""FHIR R4 resources of the synthetic hospital, built as plain dicts (validated by the tests)."""
