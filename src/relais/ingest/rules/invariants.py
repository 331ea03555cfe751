"""Resource-level FHIR R4 invariants that need no external data.

- ``ref-1``: a local reference (``#id``) SHALL point to a contained resource.
- ``dom-3``: a contained resource SHALL be referenced from elsewhere in the resource (or refer
  to its container with ``#``).
- Contained resource ids follow the id rules (1-64 of A-Z a-z 0-9 - .).
- Canonical resources: ``url`` SHALL be an absolute URI (a valid lowercase uuid for urn:uuid).
- ``ras-2``: RiskAssessment.prediction.probabilityDecimal SHALL be ≤ 100.
- ``inv-1``: a Parameters parameter has exactly one of value[x], resource, part.
"""

import re
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from relais.ingest.model import Issue, JsonObject
from relais.ingest.rules.typed import Node
from relais.ingest.rules.uris import is_absolute, uuid_issue
from relais.ingest.structure import ID_PATTERN

CONTAINED = re.compile(r"\.contained\[\d+\]$")
CANONICAL_TYPES = frozenset(
    {
        "ActivityDefinition", "CapabilityStatement", "ChargeItemDefinition", "CodeSystem",
        "CompartmentDefinition", "ConceptMap", "EffectEvidenceSynthesis", "EventDefinition",
        "Evidence", "EvidenceVariable", "ExampleScenario", "GraphDefinition",
        "ImplementationGuide", "Library", "Measure", "MessageDefinition", "OperationDefinition",
        "PlanDefinition", "Questionnaire", "ResearchDefinition", "ResearchElementDefinition",
        "RiskEvidenceSynthesis", "SearchParameter", "StructureDefinition", "StructureMap",
        "TerminologyCapabilities", "TestScript", "ValueSet",
    }
)  # fmt: skip


def resource_rules(node: Node) -> Iterator[Issue]:
    """Rules for a resource node (the root, a contained resource or a nested one)."""
    raw = node.value
    if CONTAINED.search(node.path):
        resource_id = raw.get("id")
        if isinstance(resource_id, str) and not ID_PATTERN.fullmatch(resource_id):
            yield Issue(
                "error",
                f"{node.path}.id",
                f"invalid contained id {resource_id!r}: use 1-64 of A-Z a-z 0-9 - .",
            )
    else:
        yield from local_reference_issues(raw, node.path)
    url = raw.get("url")
    if node.fhir_type in CANONICAL_TYPES and isinstance(url, str):
        if not is_absolute(url):
            yield Issue(
                "error",
                f"{node.path}.url",
                f"canonical URL {url!r} must be absolute (e.g. https://hopital.fr/fhir/...)",
            )
        elif (issue := uuid_issue(url, f"{node.path}.url")) is not None:
            yield issue


def local_reference_issues(raw: JsonObject, path: str) -> Iterator[Issue]:
    """ref-1 and dom-3 for one resource and the resources it contains."""
    if not raw.get("contained") and not _may_have_local_references(raw):
        return  # nothing contained, nothing pointing inside: nothing to check
    contained = [c for c in raw.get("contained") or [] if isinstance(c, dict)]
    ids = {c.get("id") for c in contained}
    local: set[str] = set()
    for where, reference in _local_references(raw, path):
        local.add(reference)
        if where.endswith(".reference") and reference != "#" and reference[1:] not in ids:
            yield Issue(
                "error",
                where,
                f"ref-1: local reference {reference!r} names no contained resource",
            )
    for index, item in enumerate(contained):
        own = {ref for _, ref in _local_references(item, "")}
        if f"#{item.get('id')}" not in local and "#" not in own:
            yield Issue(
                "error",
                f"{path}.contained[{index}]",
                f"dom-3: contained resource {item.get('id')!r} is not referenced from the "
                "resource: reference it with '#id' or do not contain it",
            )


def _may_have_local_references(raw: JsonObject) -> bool:
    """False only when no string of the resource starts with '#' (cheaper than the walk: every
    such string appears as ``"#`` in the compact JSON)."""
    try:
        return b'"#' in orjson.dumps(raw)
    except orjson.JSONEncodeError:
        return True


def _local_references(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(path, value) of every string starting with '#' (references, canonicals, uris)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "resource" or (key == "div" and isinstance(item, str)):
                continue  # nested resources resolve their own references; narrative is XHTML
            if isinstance(item, str) and item.startswith("#") and key != "id":
                yield f"{path}.{key}", item
            else:
                yield from _local_references(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _local_references(item, f"{path}[{index}]")


def risk_probability_rule(node: Node) -> Iterable[Issue]:
    probability = node.value.get("probabilityDecimal") if isinstance(node.value, dict) else None
    if isinstance(probability, int | float) and probability > 100:
        yield Issue("error", node.path, f"ras-2: probability {probability} must be <= 100")


def parameter_rule(node: Node) -> Iterable[Issue]:
    if not isinstance(node.value, dict):
        return
    values = [k for k in node.value if k.startswith("value") and k != "value"]
    has_part, has_resource = "part" in node.value, "resource" in node.value
    if (has_part and (values or has_resource)) or (len(values) + has_resource > 1):
        yield Issue(
            "error",
            node.path,
            "inv-1: a parameter has exactly one of value[x], resource or part",
        )


ELEMENT_RULES = {
    "RiskAssessment.prediction": (risk_probability_rule,),
    "Parameters.parameter": (parameter_rule,),
    "Parameters.parameter.part": (parameter_rule,),
}
