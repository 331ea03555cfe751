"""Find and resolve references (``Patient/123``, ``urn:uuid:…``, absolute URLs)."""

import re
from collections.abc import Iterator, Mapping
from typing import Any

RELATIVE = re.compile(r"^(?:.*/)?([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


def iter_references(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(element path, reference string)`` for every Reference.reference in the resource.

    Contained resources are skipped: their references are reported on their own.
    """
    found: list[tuple[str, str]] = []
    _collect(value, path, found)  # a plain recursion: nested generators cost more than the walk
    return iter(found)


def _collect(value: Any, path: str, found: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                found.append((path or key, item))
            elif key != "contained" and isinstance(item, dict | list):
                _collect(item, f"{path}.{key}" if path else key, found)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                _collect(item, path, found)


def resolve(reference: str, bundle_map: Mapping[str, str]) -> str | None:
    """``Type/id`` for a reference, using the enclosing bundle's fullUrls first.

    Returns None for local (``#id``) references and for references that cannot name a resource
    (an unresolved ``urn:uuid``, a logical identifier, a malformed string).
    """
    if reference.startswith("#"):
        return None
    if reference in bundle_map:
        return bundle_map[reference]
    if reference.startswith("urn:"):
        return None
    match = RELATIVE.match(reference)
    if match is None:
        return None
    return f"{match.group(1)}/{match.group(2)}"


def split_key(key: str) -> tuple[str, str]:
    resource_type, _, fhir_id = key.partition("/")
    return resource_type, fhir_id
