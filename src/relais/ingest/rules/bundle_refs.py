"""Resolve references inside a Bundle, following FHIR R4's rules (Bundle §3.1.1.7 "references").

An absolute reference matches an entry's fullUrl; a relative one (``Patient/1``) is read against
the base of the referring entry's RESTful fullUrl (``https://h.fr/fhir/``), or, when the
referring entry has a ``urn:`` fullUrl, matches entries by type and id. A versioned reference
(``…/_history/2``) also needs ``meta.versionId`` to match.
"""

import re
from dataclasses import dataclass
from typing import Any

from relais.ingest.model import JsonObject, as_object

HISTORY = re.compile(r"^(.*?)/_history/([^/]+)$")
RESTFUL = re.compile(r"^(.*/)?([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


@dataclass(frozen=True, slots=True)
class Target:
    index: int
    full_url: str | None
    resource_type: str
    resource_id: str | None
    version: str | None


@dataclass(slots=True)
class Targets:
    """The entries of a Bundle, indexed by fullUrl and by type and id (one pass, then lookups:
    resolving every reference stays linear in the size of the Bundle)."""

    by_url: dict[str, list[Target]]
    by_key: dict[tuple[str, str | None], list[Target]]


def targets(entries: list[Any]) -> Targets:
    found = Targets({}, {})
    for index, entry in enumerate(entries):
        resource = as_object(as_object(entry).get("resource"))
        if not resource:
            continue
        full_url = entry.get("fullUrl") if isinstance(entry.get("fullUrl"), str) else None
        version = as_object(resource.get("meta")).get("versionId")
        target = Target(
            index,
            full_url,
            str(resource.get("resourceType")),
            resource.get("id") if isinstance(resource.get("id"), str) else None,
            version if isinstance(version, str) else None,
        )
        if full_url is not None:
            found.by_url.setdefault(full_url, []).append(target)
        found.by_key.setdefault((target.resource_type, target.resource_id), []).append(target)
    return found


def matches(reference: str, source_url: str | None, candidates: Targets) -> list[Target]:
    """Entries a reference written in the entry at ``source_url`` resolves to."""
    version = None
    if history := HISTORY.match(reference):
        reference, version = history.group(1), history.group(2)
    if SCHEME.match(reference):
        found = candidates.by_url.get(reference, [])
    else:
        base = RESTFUL.match(source_url or "")
        if base and base.group(1):
            found = candidates.by_url.get(base.group(1) + reference, [])
        else:
            relative = RESTFUL.match(reference)
            if relative is None:
                return []
            _, kind, rid = relative.groups()
            found = candidates.by_key.get((kind, rid), [])
    if version is not None:
        found = [t for t in found if t.version == version]
    return found


def entry_url(entry: JsonObject) -> str | None:
    value = entry.get("fullUrl")
    return value if isinstance(value, str) else None


NARRATIVE_LINK = "http://hl7.org/fhir/StructureDefinition/narrativeLink"


def narrative_ids(value: Any) -> list[str]:
    """Every ``id="…"`` of the narratives (``div`` strings) inside a resource."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "div" and isinstance(item, str):
                found.extend(re.findall(r"\bid\s*=\s*[\"']([^\"']+)[\"']", item))
            else:
                found.extend(narrative_ids(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(narrative_ids(item))
    return found
