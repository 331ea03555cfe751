"""Codes Relais can check offline, and the warning policy for those it cannot.

- Elements with a required binding in ``binding_tables.REQUIRED_CODES``: a code outside the
  value set is an error (``fhir.resources`` does not check it).
- Codings in code systems Relais holds (``binding_tables.SYSTEM_CODES``): unknown code → error.
- SNOMED CT and LOINC codings: a code with a wrong shape or check digit → error.
- Codings whose system Relais neither holds nor recognises (``system_tables``): one warning per
  resource naming those systems, so that unverified terminology is visible without a warning per
  coding. Displays are never checked (that needs a terminology server).
"""

from collections.abc import Iterable, Iterator

from relais.ingest.model import Issue
from relais.ingest.rules.binding_tables import REQUIRED_CODES, SYSTEM_CODES
from relais.ingest.rules.code_syntax import SYNTAX_CHECKS
from relais.ingest.rules.system_tables import RECOGNISED_PREFIXES, RECOGNISED_SYSTEMS
from relais.ingest.rules.typed import Node

_REQUIRED = {element: frozenset(codes.split()) for element, codes in REQUIRED_CODES.items()}
_HELD = {system: frozenset(codes.split()) for system, codes in SYSTEM_CODES.items()}
MAX_NAMED_SYSTEMS = 3


def is_bound(element: str, slot: str) -> bool:
    """Whether a ``code`` element at ``element`` (or data-type ``slot``) has a required binding."""
    return element in _REQUIRED or slot in _REQUIRED


def required_code_rule(node: Node) -> Iterable[Issue]:
    allowed = _REQUIRED.get(node.element) or _REQUIRED.get(node.slot)
    if allowed is None or not isinstance(node.value, str) or node.value in allowed:
        return
    choices = ", ".join(sorted(allowed))
    yield Issue(
        "error",
        node.path,
        f"{node.value!r} is not allowed here (required value set: {choices})",
    )


def coding_rule(node: Node) -> Iterable[Issue]:
    if not isinstance(node.value, dict):
        return
    system, code = node.value.get("system"), node.value.get("code")
    if not isinstance(system, str) or not isinstance(code, str):
        return
    held = _HELD.get(system)
    if held is not None and code not in held:
        choices = ", ".join(sorted(held))
        yield Issue(
            "error", f"{node.path}.code", f"unknown code {code!r} in {system} (known: {choices})"
        )
    check = SYNTAX_CHECKS.get(system)
    if check is not None and (problem := check(code)) is not None:
        yield Issue("error", f"{node.path}.code", problem)


def is_recognised(system: str) -> bool:
    return system in RECOGNISED_SYSTEMS or system in _HELD or system.startswith(RECOGNISED_PREFIXES)


def unverified_systems(nodes: Iterable[Node]) -> Iterator[Issue]:
    """One warning for all codings of a resource whose system Relais cannot vouch for."""
    counts: dict[str, int] = {}
    for node in nodes:
        if node.fhir_type == "Coding" and isinstance(node.value, dict):
            system = node.value.get("system")
            if isinstance(system, str) and system and not is_recognised(system):
                counts[system] = counts.get(system, 0) + 1
    if not counts:
        return
    named = ", ".join(sorted(counts)[:MAX_NAMED_SYSTEMS])
    more = len(counts) - MAX_NAMED_SYSTEMS
    suffix = f" and {more} more" if more > 0 else ""
    total = sum(counts.values())
    yield Issue(
        "warning",
        "",
        f"terminology not verified: {total} coding(s) from code systems Relais does not hold "
        f"({named}{suffix}); check them on a terminology server if they matter",
    )
