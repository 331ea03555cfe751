"""Walk a FHIR JSON resource with the FHIR type of every element, taken from the R4B models.

Rules are written against FHIR types (``Coding``, ``Period``, ``markdown``…) rather than JSON
shapes, so a rule on ``Period`` sees every Period wherever it sits (``Encounter.period``,
``Identifier.period``, a contained resource, a ``Parameters`` value).
"""

import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from fhir.resources.R4B import get_fhir_model_class

from relais.ingest.model import JsonObject

RESOURCE = "Resource"


@dataclass(frozen=True, slots=True)
class Node:
    """One element: its path with indices, its path without them, its FHIR type and value."""

    path: str  # Observation.code.coding[0]
    element: str  # Observation.code.coding (relative to the nearest resource)
    fhir_type: str  # Coding, Period, code, markdown, Resource…
    value: Any
    resource: JsonObject  # the nearest enclosing resource (the root or a contained one)
    slot: str = ""  # parent type and property, e.g. ContactPoint.system (for data types)


@cache
def model_class(type_name: str) -> Any:
    """The R4B model class for a resource or data type name, or None when it is unknown."""
    try:
        return get_fhir_model_class(type_name)
    except (ValueError, KeyError):
        return None


def _type_name(annotation: Any) -> str | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        meta = typing.get_args(annotation)[-1]
        name = type(meta).__name__
        return name[0].lower() + name[1:]
    if origin in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                return _type_name(arg)
        return None
    if annotation is bool:
        return "boolean"
    if isinstance(annotation, type) and annotation.__name__.endswith("Type"):
        return annotation.__name__.removesuffix("Type")
    return None


@cache
def element_types(type_name: str) -> dict[str, str]:
    """JSON property name → FHIR type name, for one resource, data type or backbone element."""
    cls = model_class(type_name)
    if cls is None:
        return {}
    table: dict[str, str] = {}
    for name, info in cls.model_fields.items():
        key = info.alias or name
        fhir_type = _type_name(info.annotation)
        if fhir_type and not key.startswith("_") and key != "fhir_comments":
            table[key] = fhir_type
    return table


def walk(raw: JsonObject) -> Iterator[Node]:
    """Every element of the resource (contained and nested resources included), depth first."""
    resource_type = raw.get("resourceType")
    if isinstance(resource_type, str):
        yield from _walk(raw, resource_type, resource_type, resource_type, resource_type, raw)


def _walk(
    value: Any,
    fhir_type: str,
    path: str,
    element: str,
    root: str,
    resource: JsonObject,
    slot: str = "",
) -> Iterator[Node]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, fhir_type, f"{path}[{index}]", element, root, resource, slot)
        return
    if fhir_type == RESOURCE and isinstance(value, dict):
        inner = value.get("resourceType")
        if not isinstance(inner, str):
            return
        fhir_type, root, element, resource = inner, inner, inner, value
    yield Node(path, element, fhir_type, value, resource, slot)
    if not isinstance(value, dict):
        return
    table = element_types(fhir_type)
    for key, item in value.items():
        child_type = table.get(key)
        if child_type is not None:
            yield from _walk(
                item,
                child_type,
                f"{path}.{key}",
                f"{element}.{key}",
                root,
                resource,
                f"{fhir_type}.{key}",
            )
