"""FHIR rules beyond the resource models: data types, bindings, invariants, terminology.

``rule_issues`` walks a resource once with FHIR types and applies every rule registered for
the type (``datatypes``), the element path (``invariants``, ``terminology``) or the resource.
"""

from collections.abc import Callable, Iterable

from relais.ingest.model import Issue, JsonObject
from relais.ingest.rules import codes, datatypes, extensions, invariants, terminology
from relais.ingest.rules.typed import Node, walk

Rule = Callable[[Node], Iterable[Issue]]

_TYPE_RULES: dict[str, tuple[Rule, ...]] = {
    **datatypes.TYPE_RULES,
    "Coding": (*datatypes.TYPE_RULES["Coding"], codes.coding_rule),
    "code": (*datatypes.TYPE_RULES["code"], codes.required_code_rule),
    "Extension": (extensions.extension_rule,),
}
_ELEMENT_RULES: dict[str, tuple[Rule, ...]] = {
    **invariants.ELEMENT_RULES,
    **terminology.ELEMENT_RULES,
}


def rule_issues(raw: JsonObject) -> list[Issue]:
    """Errors and warnings of every rule, for one resource and everything nested in it."""
    nodes = list(walk(raw))
    issues: list[Issue] = []
    for node in nodes:
        for rule in _rules_for(node):
            issues.extend(rule(node))
    issues.extend(codes.unverified_systems(nodes))
    issues.extend(extensions.unverified_extensions(nodes))
    return issues


def _rules_for(node: Node) -> Iterable[Rule]:
    yield from _TYPE_RULES.get(node.fhir_type, ())
    yield from _ELEMENT_RULES.get(node.element, ())
    if node.value is node.resource:
        yield invariants.resource_rules
        yield from terminology.RESOURCE_RULES.get(node.fhir_type, ())
