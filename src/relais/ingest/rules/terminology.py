"""Structural rules of CodeSystem and ValueSet resources (no terminology data needed).

- A complete CodeSystem's ``count`` equals its number of concepts.
- A CodeSystem with ``supplements`` has ``content = supplement``.
- CodeSystem property codes and URIs are unique; a standard concept property URI has its
  standard type; concept property values have the type their property declares.
- ValueSet ``compose.include/exclude.system`` is an absolute URI (a contained code system is
  named by its canonical URL, never ``#id``).
- ValueSet filters on boolean properties use ``true`` or ``false``; SNOMED CT ECL filters are
  stored with a warning (parsing ECL needs a terminology server).
"""

from collections.abc import Generator, Iterable, Iterator
from typing import Any

from relais.ingest.model import Issue
from relais.ingest.rules.code_syntax import SYNTAX_CHECKS
from relais.ingest.rules.typed import Node
from relais.ingest.rules.uris import is_absolute, uuid_issue

_PROPERTIES = "http://hl7.org/fhir/concept-properties#"
STANDARD_PROPERTY_TYPES = {
    f"{_PROPERTIES}inactive": "boolean",
    f"{_PROPERTIES}deprecated": "dateTime",
    f"{_PROPERTIES}notSelectable": "boolean",
    f"{_PROPERTIES}parent": "code",
    f"{_PROPERTIES}child": "code",
    f"{_PROPERTIES}partOf": "code",
    f"{_PROPERTIES}synonym": "code",
    f"{_PROPERTIES}comment": "string",
    f"{_PROPERTIES}itemWeight": "decimal",
}
BOOLEAN_PROPERTIES = frozenset({"inactive", "notSelectable"})
ECL_PROPERTIES = frozenset({"constraint", "expression", "expressions"})
VALUE_KEYS = {
    "valueCode": "code", "valueCoding": "Coding", "valueString": "string",
    "valueInteger": "integer", "valueBoolean": "boolean", "valueDateTime": "dateTime",
    "valueDecimal": "decimal",
}  # fmt: skip


def code_system_rule(node: Node) -> Iterator[Issue]:
    raw = node.value
    concepts = raw.get("concept") if isinstance(raw.get("concept"), list) else []
    count = raw.get("count")
    if raw.get("content") == "complete" and isinstance(count, int):
        actual = _count(concepts)
        if actual != count:
            yield Issue(
                "error",
                f"{node.path}.count",
                f"the code system is complete but has {actual} concepts, not {count}",
            )
    if raw.get("supplements") and raw.get("content") != "supplement":
        yield Issue(
            "error", f"{node.path}.content", "a CodeSystem supplement has content 'supplement'"
        )
    declared = yield from _property_issues(raw.get("property"), node.path)
    yield from _concept_property_issues(concepts, declared, f"{node.path}.concept")


def _count(concepts: list[Any]) -> int:
    return sum(1 + _count(c.get("concept") or []) for c in concepts if isinstance(c, dict))


def _property_issues(properties: Any, path: str) -> Generator[Issue, None, dict[str, str]]:
    codes: set[str] = set()
    uris: set[str] = set()
    declared: dict[str, str] = {}
    for index, item in enumerate(properties if isinstance(properties, list) else []):
        if not isinstance(item, dict):
            continue
        where = f"{path}.property[{index}]"
        code, uri, kind = item.get("code"), item.get("uri"), item.get("type")
        if code in codes:
            yield Issue("error", where, f"property code {code!r} is defined twice")
        if uri in uris:
            yield Issue("error", where, f"property URI {uri!r} is defined twice")
        standard = STANDARD_PROPERTY_TYPES.get(uri) if isinstance(uri, str) else None
        if standard is not None and kind != standard:
            yield Issue("error", where, f"{uri} has type {standard!r}, not {kind!r}")
        if isinstance(code, str):
            codes.add(code)
            declared.setdefault(code, str(kind))
        if isinstance(uri, str):
            uris.add(uri)
    return declared


def _concept_property_issues(
    concepts: list[Any], declared: dict[str, str], path: str
) -> Iterator[Issue]:
    for index, concept in enumerate(concepts):
        if not isinstance(concept, dict):
            continue
        where = f"{path}[{index}]"
        for p_index, prop in enumerate(concept.get("property") or []):
            if not isinstance(prop, dict) or prop.get("code") not in declared:
                continue
            expected = declared[prop["code"]]
            found = [VALUE_KEYS[k] for k in prop if k in VALUE_KEYS]
            if found and found[0] != expected:
                yield Issue(
                    "error",
                    f"{where}.property[{p_index}]",
                    f"property {prop['code']!r} is declared {expected!r} but has a "
                    f"{found[0]!r} value",
                )
        yield from _concept_property_issues(
            concept.get("concept") or [], declared, f"{where}.concept"
        )


def value_set_include_rule(node: Node) -> Iterable[Issue]:
    if not isinstance(node.value, dict):
        return
    system = node.value.get("system")
    if isinstance(system, str):
        if not is_absolute(system):
            yield Issue(
                "error",
                f"{node.path}.system",
                f"system {system!r} must be an absolute URI: name a contained code system by "
                "its canonical URL",
            )
        elif (issue := uuid_issue(system, f"{node.path}.system")) is not None:
            yield issue
        check = SYNTAX_CHECKS.get(system)
        for index, concept in enumerate(node.value.get("concept") or []):
            code = concept.get("code") if isinstance(concept, dict) else None
            if check is not None and isinstance(code, str) and (problem := check(code)):
                yield Issue("error", f"{node.path}.concept[{index}].code", problem)
    for index, item in enumerate(node.value.get("filter") or []):
        if isinstance(item, dict):
            yield from _filter_issues(item, f"{node.path}.filter[{index}]")


def _filter_issues(item: dict[str, Any], where: str) -> Iterator[Issue]:
    prop, value = item.get("property"), item.get("value")
    if prop in BOOLEAN_PROPERTIES and item.get("op") == "=" and value not in ("true", "false"):
        yield Issue("error", where, f"filter on {prop!r} takes 'true' or 'false', not {value!r}")
    if prop in ECL_PROPERTIES:
        yield Issue("warning", where, "SNOMED CT ECL filter stored unchecked (needs a server)")


ELEMENT_RULES = {
    "ValueSet.compose.include": (value_set_include_rule,),
    "ValueSet.compose.exclude": (value_set_include_rule,),
}
RESOURCE_RULES = {"CodeSystem": (code_system_rule,)}
