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
