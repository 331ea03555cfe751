"""Rules on FHIR data types, wherever they occur (each rule gets one typed element).

- ``Coding.system``, ``Identifier.system``, ``Quantity.system``: an absolute URI (a local or
  relative system cannot identify anything), and a Coding's system is a code system, never a
  ValueSet URL.
- ``per-1`` on every Period: start SHALL be before end (FHIRPath semantics: values that cannot be
  compared because their precisions differ fail the invariant, as in the reference validator).
- Attachments: ``data`` is strict base64 and its decoded length equals ``size`` when both are
  given; base64Binary is strict everywhere.
- Strings are at most 1 MB (FHIR R4 §2.24 "string").
- Markdown carrying raw HTML is stored (a reader must escape it) with a warning.
"""

import base64
import binascii
import re
from collections.abc import Callable, Iterable
from datetime import datetime

from relais.ingest.model import Issue
from relais.ingest.rules.typed import Node
from relais.ingest.rules.uris import ABSOLUTE_URI, uuid_issue

MAX_STRING_BYTES = 1024 * 1024
BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")
VALUE_SET_PREFIX = "http://hl7.org/fhir/ValueSet/"
QUANTITY_TYPES = ("Quantity", "Age", "Count", "Distance", "Duration", "SimpleQuantity")
STRING_TYPES = frozenset({"string", "markdown", "code", "id", "uri", "url", "canonical", "oid"})

Rule = Callable[[Node], Iterable[Issue]]


def system_rules(node: Node) -> Iterable[Issue]:
    system = node.value.get("system") if isinstance(node.value, dict) else None
    if not isinstance(system, str) or not system:
        return
    if system.startswith("#") or not ABSOLUTE_URI.match(system):
        yield Issue(
            "error",
            f"{node.path}.system",
            f"{node.fhir_type}.system must be an absolute URI, not {system!r} "
            "(use the code system's canonical URL, e.g. http://loinc.org)",
        )
    elif node.fhir_type == "Coding" and system.startswith(VALUE_SET_PREFIX):
        yield Issue(
            "error",
            f"{node.path}.system",
            f"{system!r} is a ValueSet, not a code system: give the code system's URL",
        )
    elif system[:9].lower() == "urn:uuid:":  # the path is built only for such systems
        if (issue := uuid_issue(system, f"{node.path}.system")) is not None:
            yield issue


def period_rule(node: Node) -> Iterable[Issue]:
    """per-1: if present, start SHALL have a lower value than end."""
    if not isinstance(node.value, dict):
        return
    start, end = node.value.get("start"), node.value.get("end")
    if not isinstance(start, str) or not isinstance(end, str):
        return
    order = compare_datetimes(start, end)
    if order is None:
        yield Issue(
            "error",
            node.path,
            f"per-1: start {start!r} and end {end!r} have different precisions and cannot be "
            "ordered: give both as dates or both as date-times",
        )
    elif order > 0:
        yield Issue("error", node.path, f"per-1: start {start!r} is after end {end!r}")


def compare_datetimes(first: str, second: str) -> int | None:
    """-1, 0 or 1 like FHIRPath's comparison; None when the precisions make it undecidable."""
    if "T" in first and "T" in second:
        try:
            a, b = _instant(first), _instant(second)
            return (a > b) - (a < b)
        except (ValueError, TypeError):
            return None
    a_date, b_date = first.split("T")[0], second.split("T")[0]
    common = min(len(a_date), len(b_date))
    a_part, b_part = a_date[:common], b_date[:common]
    if a_part != b_part:
        return (a_part > b_part) - (a_part < b_part)
    return 0 if len(first) == len(second) else None


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def attachment_rule(node: Node) -> Iterable[Issue]:
    if not isinstance(node.value, dict):
        return
    data, size = node.value.get("data"), node.value.get("size")
    if not isinstance(data, str) or not isinstance(size, int) or isinstance(size, bool):
        return
    try:
        actual = len(base64.b64decode(_squeeze(data), validate=True))
    except (binascii.Error, ValueError):
        return  # reported by the base64Binary rule
    if actual != size:
        yield Issue(
            "error",
            f"{node.path}.size",
            f"stated size {size} does not match the attached data ({actual} bytes)",
        )


def base64_rule(node: Node) -> Iterable[Issue]:
    if not isinstance(node.value, str):
        return
    data = _squeeze(node.value)
    if not BASE64.fullmatch(data) or len(data) % 4:
        yield Issue(
            "error", node.path, "not valid base64 (only A-Z a-z 0-9 + / and = padding allowed)"
        )


def string_rule(node: Node) -> Iterable[Issue]:
    if isinstance(node.value, str) and len(node.value.encode()) > MAX_STRING_BYTES:
        yield Issue("error", node.path, "value is longer than the 1 MB FHIR allows for a string")


def markdown_rule(node: Node) -> Iterable[Issue]:
    if isinstance(node.value, str) and (match := HTML_TAG.search(node.value)):
        yield Issue(
            "warning",
            node.path,
            f"markdown contains an HTML tag ({match.group(0)[:40]!r}): stored as text, "
            "displays escape it",
        )


def _squeeze(data: str) -> str:
    return "".join(data.split())


TYPE_RULES: dict[str, tuple[Rule, ...]] = {
    "Coding": (system_rules,),
    "Identifier": (system_rules,),
    **{name: (system_rules,) for name in QUANTITY_TYPES},
    "Period": (period_rule,),
    "Attachment": (attachment_rule,),
    "base64Binary": (base64_rule,),
    "markdown": (markdown_rule,),
}
# string_rule applies to these types; the walk calls it only for strings that may break it.
LENGTH_LIMITED_TYPES = STRING_TYPES
