"""Extension rules.

- Known core extensions carry the value type their definition fixes (error otherwise).
- Extensions from definitions Relais does not expect (neither FHIR core nor a French national
  IG): stored as they are, with one warning per resource naming them.
"""

from collections.abc import Iterable, Iterator

from relais.ingest.model import Issue
from relais.ingest.rules.extension_tables import (
    EXTENSION_VALUE_TYPES,
    RECOGNISED_EXTENSION_PREFIXES,
)
from relais.ingest.rules.typed import Node


def extension_rule(node: Node) -> Iterable[Issue]:
    if not isinstance(node.value, dict):
        return
    allowed = EXTENSION_VALUE_TYPES.get(str(node.value.get("url")))
    if allowed is None:
        return
    values = [key for key in node.value if key.startswith("value")]
    if values and values[0] not in allowed:
        expected = " or ".join(sorted(allowed))
        yield Issue(
            "error",
            f"{node.path}.{values[0]}",
            f"extension {node.value['url']} takes {expected}, not {values[0]}",
        )


def unverified_extensions(nodes: Iterable[Node]) -> Iterator[Issue]:
    urls = sorted(
        {
            url
            for node in nodes
            if node.fhir_type == "Extension" and isinstance(node.value, dict)
            if isinstance(url := node.value.get("url"), str) and "://" in url
            if not url.startswith(RECOGNISED_EXTENSION_PREFIXES)
        }
    )
    if urls:
        yield Issue(
            "warning",
            "",
            f"extension(s) from definitions Relais does not hold, stored unchecked: "
            f"{', '.join(urls[:3])}{' …' if len(urls) > 3 else ''}",
        )
