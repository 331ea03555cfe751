"""Every generated resource validates against the FHIR R4B models."""

from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from tests.synth.conftest import Output


def test_bundles_validate(small: Output) -> None:
    for bundle in small.bundles().values():
        Bundle.model_validate(bundle)
        for entry in bundle["entry"]:  # each resource on its own too, with its own class
            resource = entry["resource"]
            get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def test_activity_files_validate(small: Output) -> None:
    for name in ("Patient", "Encounter"):
        model = get_fhir_model_class(name)
        for resource in small.ndjson(f"{name}.ndjson"):
            model.model_validate(resource)


def _empties(value: object, path: str) -> list[str]:
    """FHIR forbids empty arrays, objects and strings (the R4B models let them through)."""
    if isinstance(value, dict):
        found = [path] if not value else []
        return found + [e for k, v in value.items() for e in _empties(v, f"{path}.{k}")]
    if isinstance(value, list):
        found = [path] if not value else []
        return found + [e for i, v in enumerate(value) for e in _empties(v, f"{path}[{i}]")]
    if isinstance(value, str) and not value.strip():
        return [path]
    return []


def test_no_empty_elements(small: Output) -> None:
    for name, bundle in small.bundles().items():
        assert _empties(bundle, name) == []
    for name in ("Patient", "Encounter"):
        for resource in small.ndjson(f"{name}.ndjson")[:2000]:
            assert _empties(resource, name) == []
