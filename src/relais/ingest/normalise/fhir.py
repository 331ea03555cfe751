"""Small readers for FHIR data types (CodeableConcept, Reference, Period, dateTime…)."""

import re
from collections.abc import Mapping
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

from relais.ingest.references import resolve

JsonObject = dict[str, Any]
DATE_TIME = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?"
)


def first(value: Any) -> Any:
    """The first item of a FHIR array, or the value itself when it is not a list."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def coded(concept: Any, prefix: str = "") -> JsonObject:
    """Columns ``code_system, code, display, text, codings`` of a CodeableConcept."""
    concept = concept if isinstance(concept, dict) else {}
    codings = [c for c in concept.get("coding", []) if isinstance(c, dict)]
    primary = next((c for c in codings if c.get("code")), codings[0] if codings else {})
    return {
        f"{prefix}code_system": primary.get("system"),
        f"{prefix}code": primary.get("code"),
        f"{prefix}display": primary.get("display"),
        f"{prefix}text": concept.get("text") or primary.get("display"),
        f"{prefix}codings": [
            {"system": c.get("system"), "code": c.get("code"), "display": c.get("display")}
            for c in codings
        ]
        or None,
    }


def label(concept: Any) -> str | None:
    """The human label of a CodeableConcept (text, else first display, else code)."""
    if not isinstance(concept, dict):
        return None
    if concept.get("text"):
        return str(concept["text"])
    for coding in concept.get("coding", []):
        if isinstance(coding, dict) and (coding.get("display") or coding.get("code")):
            return str(coding.get("display") or coding.get("code"))
    return None


def labels(concepts: Any) -> str | None:
    """Labels of a list of CodeableConcepts, joined with ``; ``."""
    found = [label(c) for c in (concepts if isinstance(concepts, list) else [concepts])]
    kept = [f for f in found if f]
    return "; ".join(kept) if kept else None


def code_of(concept: Any) -> str | None:
    """The first code of a CodeableConcept (or of a list of them)."""
    concept = first(concept)
    if not isinstance(concept, dict):
        return None
    for coding in concept.get("coding", []):
        if isinstance(coding, dict) and coding.get("code"):
            return str(coding["code"])
    return None


def ref_id(reference: Any, refs: Mapping[str, str], *types: str) -> str | None:
    """The logical id a Reference points at, when it names a resource of one of ``types``."""
    if not isinstance(reference, dict) or not isinstance(reference.get("reference"), str):
        return None
    key = refs.get(reference["reference"]) or resolve(reference["reference"], {})
    if key is None:
        return None
    target_type, _, target_id = key.partition("/")
    return target_id if not types or target_type in types else None


def when(value: Any) -> datetime | None:
    """A FHIR date/dateTime/instant as wall-clock time (partial dates start at their first day)."""
    if not isinstance(value, str):
        return None
    match = DATE_TIME.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        return datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
        )
    except ValueError:
        return None


def day(value: Any) -> date | None:
    moment = when(value)
    return moment.date() if moment else None


def period(value: Any) -> tuple[datetime | None, datetime | None]:
    if not isinstance(value, dict):
        return None, None
    return when(value.get("start")), when(value.get("end"))


def quantity(value: Any) -> tuple[float | None, str | None]:
    if not isinstance(value, dict):
        return None, None
    number = value.get("value")
    unit = value.get("unit") or value.get("code")
    return (float(number) if isinstance(number, int | float) else None), unit


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")


def plain_text(html: str) -> str:
    """Visible text of an XHTML fragment (narratives, HTML attachments): markup never kept."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).splitlines())
    return "\n".join(line for line in lines if line)
