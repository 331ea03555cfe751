"""Validate one FHIR R4 resource: JSON-level rules, then the ``fhir.resources`` R4B model.

``fhir.resources`` defaults to R5 models, which reject or drop R4 fields; R4B is the closest
maintained model set to R4 (see FINDINGS). Its pydantic errors are turned into short messages a
person understands, each with the element path.
"""

from typing import Any

from pydantic import ValidationError

from relais.ingest.model import Issue
from relais.ingest.rules import rule_issues
from relais.ingest.rules.typed import model_class
from relais.ingest.structure import structure_issues

# R4 resource types that R4B replaced or dropped: stored raw, with a warning, never rejected.
R4_ONLY_TYPES = frozenset(
    {
        "EffectEvidenceSynthesis", "MedicinalProduct", "MedicinalProductAuthorization",
        "MedicinalProductContraindication", "MedicinalProductIndication",
        "MedicinalProductIngredient", "MedicinalProductInteraction",
        "MedicinalProductManufactured", "MedicinalProductPackaged",
        "MedicinalProductPharmaceutical", "MedicinalProductUndesirableEffect",
        "RiskEvidenceSynthesis", "SubstanceSpecification",
    }
)  # fmt: skip


__all__ = ["R4_ONLY_TYPES", "model_class", "validate_resource"]


def validate_resource(raw: dict[str, Any]) -> list[Issue]:
    """All errors and warnings for one resource (contained resources included)."""
    resource_type = raw.get("resourceType")
    if not isinstance(resource_type, str) or not resource_type:
        return [Issue("error", "resourceType", "missing resourceType: not a FHIR resource")]
    issues = structure_issues(raw)
    if resource_type in R4_ONLY_TYPES:
        issues.append(Issue("warning", "", f"{resource_type} is stored without model validation"))
        return issues
    cls = model_class(resource_type)
    if cls is None or resource_type == "Resource":
        issues.append(
            Issue("error", "resourceType", f"unknown FHIR R4 resource type {resource_type!r}")
        )
        return issues
    try:
        cls.model_validate(raw)
    except ValidationError as exc:
        issues.extend(_from_pydantic(resource_type, exc))
    except (TypeError, ValueError) as exc:  # a few model validators raise plain errors
        issues.append(Issue("error", resource_type, str(exc)))
    issues.extend(rule_issues(raw))
    return issues


def _from_pydantic(resource_type: str, exc: ValidationError) -> list[Issue]:
    issues = []
    for error in exc.errors(include_url=False):
        path = _path(resource_type, error["loc"])
        issues.append(Issue("error", path, _message(error)))
    return issues


def _path(resource_type: str, loc: tuple[int | str, ...]) -> str:
    path = resource_type
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif not part.startswith("function-"):
            path += f".{part}"
    return path


def _message(error: Any) -> str:
    kind = error.get("type", "")
    value = error.get("input")
    if kind == "extra_forbidden":
        return "unknown element (not part of this resource in FHIR R4)"
    if kind == "missing":
        return "required element is missing"
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    if isinstance(value, str | int | float | bool) and len(str(value)) <= 80:
        return f"{message} (got {value!r})"
    return message
