"""A cited fact of a drafted document: what it says, where it comes from, who cites it."""

from dataclasses import dataclass
from typing import Any

from relais.errors import NotFound
from relais.web.services.notes import parse_source

NOTE_TYPES = ("DocumentReference", "Composition")


@dataclass(frozen=True, slots=True)
class CitedFact:
    id: str
    fact: dict[str, Any]
    resource_type: str
    resource_id: str
    start: int | None
    end: int | None
    citing: list[tuple[str, str]]  # (section title, sentence)

    @property
    def in_note(self) -> bool:
        return self.resource_type in NOTE_TYPES

    @property
    def part(self) -> int:
        value = self.fact.get("data", {}).get("part")
        return int(value) if isinstance(value, int) else 0


def cited_fact(document: dict[str, Any], fact_id: str) -> CitedFact:
    fact = document.get("facts", {}).get(fact_id)
    if fact is None:
        raise NotFound(f"Le document ne contient pas de fait {fact_id!r}.")
    kind, ident, start, end = parse_source(str(fact.get("source", "")))
    citing = [
        (section["title"], sentence["text"])
        for section in document["sections"]
        for sentence in section.get("sentences", [])
        if fact_id in sentence.get("citations", [])
    ]
    return CitedFact(fact_id, fact, kind, ident, start, end, citing)
