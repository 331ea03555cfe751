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

    def __reduce__(self) -> tuple[type["Where"], tuple[str, str]]:
        return Where, (self.file, self.position)  # 50× cheaper to unpickle than the default


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

    @property
    def key(self) -> str:
        return f"{self.resource_type}/{self.fhir_id}"


Row = tuple[Any, ...]  # a normalised row's values in its table's column order (``prepare``)


@dataclass(slots=True)
class Record:
    """What the writer stores for one resource, all computed before the database is touched.

    Built by ``prepare`` (in the worker processes) so that the process holding the database
    connection only compares hashes and writes: no JSON walking, hashing or serialising there.
    """

    resource_type: str
    fhir_id: str
    version_id: str | None
    last_updated: str | None
    digest: str  # ``content_hash`` of the resource
    content: str  # the resource as JSON text, keys in the order received
    where: Where
    rows: list[tuple[str, Row]]  # (table name, values without pk / resource_pk)

    @property
    def key(self) -> str:
        return f"{self.resource_type}/{self.fhir_id}"

    def __reduce__(self) -> tuple[type["Record"], tuple[Any, ...]]:
        """Records travel from the worker processes: pickle them as their fields, in order."""
        return Record, tuple(getattr(self, name) for name in self.__slots__)


def as_object(value: object) -> JsonObject:
    """The value when it is a JSON object, else an empty one (for optional parts)."""
    return value if isinstance(value, dict) else {}


@dataclass(slots=True)
class Group:
    """A unit that is written whole: one resource, or every entry of a transaction Bundle."""

    records: list[Record]
    where: Where
    label: str


def content_hash(raw: JsonObject) -> str:
    """SHA-256 of the resource's canonical JSON (sorted keys): equal content, equal hash."""
    return hashlib.sha256(orjson.dumps(raw, option=orjson.OPT_SORT_KEYS)).hexdigest()
