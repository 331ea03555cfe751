"""JSON-level FHIR rules the resource models do not enforce.

FHIR JSON forbids ``null`` values (outside primitive arrays), empty objects, empty arrays and
empty strings; ids follow ``[A-Za-z0-9\\-\\.]{1,64}``; narratives must be safe XHTML.
"""

import re
from typing import Any

import orjson

from relais.ingest.model import Issue
from relais.ingest.narrative import narrative_problems

ID_PATTERN = re.compile(r"[A-Za-z0-9\-.]{1,64}")


# The compact JSON of a resource that breaks a rule below contains one of these: a null, an
# empty object, array or string, a narrative, or a string that starts with whitespace (raw, or
# escaped with a backslash). Most resources contain none, and skip the walk that builds every
# element's path for the messages. (Substring tests: far cheaper than one regex alternation.)
SUSPECT_PARTS = ("null", "{}", "[]", '""', '"div"')
STARTS_BLANK = re.compile(r'"[\s\\]')


def structure_issues(raw: dict[str, Any]) -> list[Issue]:
    """Walk the whole resource once and report JSON-level errors with their path."""
    issues: list[Issue] = []
    if _suspect(raw):
        _walk(raw, raw.get("resourceType", "Resource"), issues)
    resource_id = raw.get("id")
    if isinstance(resource_id, str) and not ID_PATTERN.fullmatch(resource_id):
        issues.append(
            Issue("error", "id", f"invalid id {resource_id!r}: use 1-64 of A-Z a-z 0-9 - .")
        )
    return issues


def _suspect(raw: dict[str, Any]) -> bool:
    try:
        text = orjson.dumps(raw).decode()
    except orjson.JSONEncodeError:
        return True
    return any(part in text for part in SUSPECT_PARTS) or STARTS_BLANK.search(text) is not None


def _walk(value: Any, path: str, issues: list[Issue]) -> None:
    if isinstance(value, dict):
        if not value:
            issues.append(Issue("error", path, "empty object (omit the element instead)"))
        for key, item in value.items():
            child = f"{path}.{key}"
            if item is None:
                issues.append(Issue("error", child, "null value (omit the element instead)"))
            elif key == "div" and isinstance(item, str) and path.endswith("text"):
                issues.extend(Issue("error", child, p) for p in narrative_problems(item))
            elif key == "resourceType" and path.count(".") > 0 and isinstance(item, str):
                continue
            else:
                _walk(item, child, issues)
    elif isinstance(value, list):
        if not value:
            issues.append(Issue("error", path, "empty array (omit the element instead)"))
        key = path.rsplit(".", 1)[-1]
        primitive_array = key.startswith("_") or any(
            not isinstance(item, dict | list) for item in value if item is not None
        )
        for index, item in enumerate(value):
            if item is None and not primitive_array:
                issues.append(Issue("error", f"{path}[{index}]", "null in an array"))
            elif item is not None:
                _walk(item, f"{path}[{index}]", issues)
    elif isinstance(value, str):
        if not value.strip():
            issues.append(Issue("error", path, "empty or blank string (omit the element instead)"))
