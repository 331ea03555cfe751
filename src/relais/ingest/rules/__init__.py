"""FHIR rules beyond the resource models: data types, bindings, invariants, terminology.

``rule_issues`` walks a resource once with FHIR types (``walk``) and applies every rule
registered for the type (``datatypes``), the element path (``invariants``, ``terminology``),
the required binding of a ``code`` element (``codes``) or the resource.
"""

from relais.ingest.model import Issue, JsonObject
from relais.ingest.rules import codes, extensions
from relais.ingest.rules.walk import walk


def rule_issues(raw: JsonObject) -> list[Issue]:
    """Errors and warnings of every rule, for one resource and everything nested in it."""
    issues, nodes = walk(raw)
    issues.extend(codes.unverified_systems(nodes))
    issues.extend(extensions.unverified_extensions(nodes))
    return issues
