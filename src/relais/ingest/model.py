"""Plain types shared by the ingestion steps."""

import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson

JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Where:
    """Where an input came from: a file (or ``<stdin>``) and a position inside it."""

    file: str
    position: str = ""

    def __str__(self) -> str:
        return f"{self.file} ({self.position})" if self.position else self.file

    def at(self, position: str) -> "Where":
        inner = f"{self.position}, {position}" if self.position else position
        return Where(self.file, inner)


@dataclass(frozen=True, slots=True)
class Parsed:
    """A JSON object read from the input (a resource or a Bundle)."""

    raw: JsonObject
    where: Where


@dataclass(frozen=True, slots=True)
class Unreadable:
    """Input that is not a JSON object: malformed JSON, a bare array, an unreadable file."""

    where: Where
    reason: str


@dataclass(frozen=True, slots=True)
class Issue:
    """One validation finding; ``path`` is a FHIRPath-like location inside the resource."""

    severity: str  # "error" or "warning"
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


@dataclass(slots=True)
class Candidate:
    """A resource ready to be stored: validated, with its id and resolved references."""

    resource_type: str
    fhir_id: str
    raw: JsonObject
    where: Where
    references: dict[str, str] = field(default_factory=dict)  # reference as written → Type/id
    warnings: list[Issue] = field(default_factory=list)
    digest: str | None = None  # content hash, set by ``prepare``
    rows: list[tuple[str, dict[str, Any]]] | None = None  # normalised rows, set by ``prepare``

    @property
    def key(self) -> str:
        return f"{self.resource_type}/{self.fhir_id}"


def as_object(value: object) -> JsonObject:
    """The value when it is a JSON object, else an empty one (for optional parts)."""
    return value if isinstance(value, dict) else {}


@dataclass(slots=True)
class Group:
    """A unit that is written whole: one resource, or every entry of a transaction Bundle."""

    candidates: list[Candidate]
    where: Where
    label: str


def content_hash(raw: JsonObject) -> str:
    """SHA-256 of the resource's canonical JSON (sorted keys): equal content, equal hash."""
    return hashlib.sha256(orjson.dumps(raw, option=orjson.OPT_SORT_KEYS)).hexdigest()
