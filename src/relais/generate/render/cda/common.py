"""Shared by both volets: French dates, the prose of a drafted section, treatment sections."""

from typing import Any

from relais.generate.render.cda.medications import HEADERS, medication_entry, row
from relais.generate.render.cda.narrative import Cell, SectionCode, section, text_block
from relais.generate.render.cda.xml import Element, parse_time

TO_WRITE = "À rédiger"


def french_date(value: Any) -> str:
    found = parse_time(value)
    return found.strftime("%d/%m/%Y") if found else "date inconnue"


def prose(drafted: dict[str, Any] | None) -> str:
    """The section's text as drafted: its sentences, its "none" statement or "À rédiger"."""
    if not drafted:
        return TO_WRITE
    sentences = [s["text"] for s in drafted.get("sentences") or [] if s.get("text")]
    return " ".join(sentences) or drafted.get("text") or TO_WRITE


def item_rows(items: list[dict[str, Any]], prefix: str) -> list[tuple[str, dict[str, Any]]]:
    """(content ID, item) of the items that carry a text."""
    return [(f"{prefix}-{n}", item) for n, item in enumerate(items, 1) if item.get("text")]


def listed(
    sect: Element,
    drafted: dict[str, Any] | None,
    rows: list[tuple[str, dict[str, Any]]],
    *,
    header: str,
) -> None:
    """Narrative of a list section: one row per item, or the drafted "none" statement."""
    if rows:
        text_block(sect, headers=(header,), rows=[[(cid, str(i["text"]))] for cid, i in rows])
    else:
        text_block(sect, paragraphs=[prose(drafted)])


def treatments(
    parent: Element,
    document: dict[str, Any],
    kind: SectionCode,
    title: str,
    drafted: dict[str, Any] | None,
    *,
    prefix: str,
    stopped: bool,
    low: Any = None,
) -> Element:
    """A treatment section: the table, then one substanceAdministration per line."""
    sect = section(parent, document["id"], kind, title)
    rows = item_rows((drafted or {}).get("items") or [], prefix)
    if rows:
        table: list[list[Cell]] = [row(item, cid) for cid, item in rows]
        text_block(sect, headers=HEADERS, rows=table)
    else:
        text_block(sect, paragraphs=[prose(drafted)])
    facts = document.get("facts") or {}
    for cid, item in rows:
        fact = facts.get(item.get("fact") or "", {})
        medication_entry(sect, document["id"], item, fact, cid, stopped=stopped, low=low)
    return sect
