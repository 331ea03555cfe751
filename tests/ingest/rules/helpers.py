"""Small builders for rule tests: French clinical resources."""

from typing import Any

from relais.ingest.model import Issue
from relais.ingest.rules import rule_issues


def errors(raw: dict[str, Any]) -> list[Issue]:
    return [i for i in rule_issues(raw) if i.severity == "error"]


def warnings(raw: dict[str, Any]) -> list[Issue]:
    return [i for i in rule_issues(raw) if i.severity == "warning"]


def sejour(**extra: Any) -> dict[str, Any]:
    """An inpatient stay (Encounter) in a French hospital."""
    return {
        "resourceType": "Encounter",
        "id": "sejour-1",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
        **extra,
    }


def observation(coding: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": "obs-1",
        "status": "final",
        "code": {"coding": [coding]},
        **extra,
    }
