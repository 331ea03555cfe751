"""Walk a resource with FHIR types and apply the rules registered for each element.

Which rules apply to an element depends only on its type, its element path and its data-type
slot, so the walk is planned: for each (type, element path) the children's types and rules
are worked out once and cached. A ``Node`` is built only for elements that have a rule (or
that the per-resource summaries need: codings and extensions), paths are joined only when a
rule reports, and the 1 MB string limit is checked without a node for the strings that cannot
break it. Elements are visited depth first, each before its children, rules in registration
order: type rules, then element rules, then resource rules.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from relais.ingest.model import Issue, JsonObject
from relais.ingest.rules import codes, datatypes, extensions, invariants, terminology
from relais.ingest.rules.typed import RESOURCE, Node, Trail, element_types

Rule = Callable[[Node], Iterable[Issue]]

TYPE_RULES: dict[str, tuple[Rule, ...]] = {
    **datatypes.TYPE_RULES,
    "Coding": (*datatypes.TYPE_RULES["Coding"], codes.coding_rule),
    "Extension": (extensions.extension_rule,),
}
ELEMENT_RULES: dict[str, tuple[Rule, ...]] = {
    **invariants.ELEMENT_RULES,
    **terminology.ELEMENT_RULES,
}
SUMMARISED_TYPES = frozenset({"Coding", "Extension"})  # read by the per-resource summaries
SHORT_STRING = datatypes.MAX_STRING_BYTES // 4  # characters: at most 4 bytes each in UTF-8


@dataclass(frozen=True, slots=True)
class Child:
    """How to visit the value of one property of one element."""

    fhir_type: str
    element: str
    slot: str
    step: str  # ".code"
    rules: tuple[Rule, ...]
    keep: bool  # build a Node even without rules (codings, extensions)
    limited: bool  # a string type: at most 1 MB
    descend: bool  # a type with elements of its own
    resource: bool  # a resource: its type is read from the value

    @property
    def plain(self) -> bool:
        """A primitive with no rule but the string length: visited without a node or a path."""
        return not (self.rules or self.keep or self.descend or self.resource)


def walk(raw: JsonObject) -> tuple[list[Issue], list[Node]]:
    """Issues of the element rules, and the nodes of codings and extensions, for one resource."""
    issues: list[Issue] = []
    nodes: list[Node] = []
    resource_type = raw.get("resourceType")
    if isinstance(resource_type, str):
        _resource(raw, resource_type, (None, resource_type), issues, nodes)
    return issues, nodes


@cache
def _resource_rules(resource_type: str) -> tuple[Rule, ...]:
    return (
        *TYPE_RULES.get(resource_type, ()),
        *ELEMENT_RULES.get(resource_type, ()),
        invariants.resource_rules,
        *terminology.RESOURCE_RULES.get(resource_type, ()),
    )


@lru_cache(maxsize=4096)  # bounded: element paths nest as deep as the data (extensions…)
def _plan(fhir_type: str, element: str) -> tuple[dict[str, Child], frozenset[str]]:
    """The children of an element, and the names of the plain ones."""
    plan: dict[str, Child] = {}
    for key, child_type in element_types(fhir_type).items():
        child_element, slot = f"{element}.{key}", f"{fhir_type}.{key}"
        rules = TYPE_RULES.get(child_type, ()) + ELEMENT_RULES.get(child_element, ())
        if child_type == "code" and codes.is_bound(child_element, slot):
            rules += (codes.required_code_rule,)
        plan[key] = Child(
            fhir_type=child_type,
            element=child_element,
            slot=slot,
            step=f".{key}",
            rules=rules,
            keep=child_type in SUMMARISED_TYPES,
            limited=child_type in datatypes.LENGTH_LIMITED_TYPES,
            descend=bool(element_types(child_type)),
            resource=child_type == RESOURCE,
        )
    return plan, frozenset(key for key, child in plan.items() if child.plain)


def _resource(
    value: JsonObject, resource_type: str, trail: Trail, issues: list[Issue], nodes: list[Node]
) -> None:
    node = Node(trail, resource_type, resource_type, value, value)
    for rule in _resource_rules(resource_type):
        issues.extend(rule(node))
    _children(value, _plan(resource_type, resource_type), trail, value, issues, nodes)


def _children(
    value: JsonObject,
    plan_and_plain: tuple[dict[str, Child], frozenset[str]],
    trail: Trail,
    resource: JsonObject,
    issues: list[Issue],
    nodes: list[Node],
) -> None:
    plan, plain = plan_and_plain
    for key, item in value.items():
        if key in plain:  # most elements: a short string, a number, a boolean
            kind = type(item)
            if (kind is str and len(item) <= SHORT_STRING) or kind in (int, float, bool):
                continue
        child = plan.get(key)
        if child is None:
            continue
        step = (trail, child.step)
        if type(item) is list:
            for index, element in enumerate(item):
                _visit(element, child, (step, _index(index)), resource, issues, nodes)
        else:
            _visit(item, child, step, resource, issues, nodes)


def _visit(
    value: Any,
    child: Child,
    trail: Trail,
    resource: JsonObject,
    issues: list[Issue],
    nodes: list[Node],
) -> None:
    if type(value) is list:  # an array in an array: not FHIR, walked item by item all the same
        for index, item in enumerate(value):
            _visit(item, child, (trail, _index(index)), resource, issues, nodes)
        return
    if child.resource:
        inner = value.get("resourceType") if isinstance(value, dict) else None
        if isinstance(inner, str):
            _resource(value, inner, trail, issues, nodes)
        return
    if child.limited and isinstance(value, str) and len(value) > SHORT_STRING:
        node = Node(trail, child.element, child.fhir_type, value, resource, child.slot)
        issues.extend(datatypes.string_rule(node))
    if child.rules or child.keep:
        node = Node(trail, child.element, child.fhir_type, value, resource, child.slot)
        for rule in child.rules:
            issues.extend(rule(node))
        if child.keep:
            nodes.append(node)
    if child.descend and isinstance(value, dict):
        _children(value, _plan(child.fhir_type, child.element), trail, resource, issues, nodes)


_INDICES = tuple(f"[{index}]" for index in range(100))


def _index(index: int) -> str:
    return _INDICES[index] if index < len(_INDICES) else f"[{index}]"
