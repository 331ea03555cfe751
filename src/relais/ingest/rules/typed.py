"""FHIR types of the elements of a JSON resource, taken from the R4B models, and typed nodes.

Rules are written against FHIR types (``Coding``, ``Period``, ``markdown``…) rather than JSON
shapes, so a rule on ``Period`` sees every Period wherever it sits (``Encounter.period``,
``Identifier.period``, a contained resource, a ``Parameters`` value). ``element_types`` gives a
type's properties; ``Node`` is one element handed to a rule. ``rules.walk`` walks a resource.
"""

import types
import typing
from functools import cache
from typing import Any

from fhir.resources.R4B import get_fhir_model_class

from relais.ingest.model import JsonObject

RESOURCE = "Resource"
Trail = tuple[Any, str] | None  # (parent trail, step): a path built only when it is read


class Node:
    """One element: its path with indices, its path without them, its FHIR type and value."""

    __slots__ = ("_trail", "element", "fhir_type", "resource", "slot", "value")

    def __init__(
        self,
        trail: Trail,
        element: str,
        fhir_type: str,
        value: Any,
        resource: JsonObject,
        slot: str = "",
    ) -> None:
        self._trail = trail
        self.element = element  # Observation.code.coding (relative to the nearest resource)
        self.fhir_type = fhir_type  # Coding, Period, code, markdown, Resource…
        self.value = value
        self.resource = resource  # the nearest enclosing resource (the root or a contained one)
        self.slot = slot  # parent type and property, e.g. ContactPoint.system (for data types)

    @property
    def path(self) -> str:
        """``Observation.code.coding[0]``: built on demand (only rules that report read it)."""
        return trail_path(self._trail)


def trail_path(trail: Trail) -> str:
    steps: list[str] = []
    while trail is not None:
        trail, step = trail
        steps.append(step)
    return "".join(reversed(steps))


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
