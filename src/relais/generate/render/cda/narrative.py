"""Sections and their narrative blocks (the part a person reads): paragraphs and tables whose
cells carry ``content ID``s that the coded entries point to."""

from collections.abc import Sequence
from dataclasses import dataclass

from relais.generate.render.cda import oids
from relais.generate.render.cda.xml import Element, clean, entry_id, sub, templates

Cell = str | tuple[str, str] | None  # text, or (content ID, text)


@dataclass(frozen=True, slots=True)
class SectionCode:
    templates: tuple[str, ...]
    code: str
    display: str


def section(parent: Element, document_id: str, kind: SectionCode, title: str) -> Element:
    """``<component><section>`` with its templateIds, id, LOINC code and title."""
    el = sub(sub(parent, "component"), "section")
    templates(el, *kind.templates)
    entry_id(el, document_id, "section", kind.code, *kind.templates[-1:])
    sub(
        el,
        "code",
        code=kind.code,
        displayName=kind.display,
        codeSystem=oids.LOINC,
        codeSystemName="LOINC",
    )
    sub(el, "title", title)
    return el


def _cell(row: Element, value: Cell, tag: str = "td") -> None:
    td = sub(row, tag)
    if isinstance(value, tuple):
        sub(td, "content", value[1], ID=value[0])
    elif value:
        td.text = clean(value)


def text_block(
    sect: Element,
    *,
    paragraphs: Sequence[Cell] = (),
    headers: Sequence[str] = (),
    rows: Sequence[Sequence[Cell]] = (),
) -> Element:
    """The section's ``<text>``: paragraphs first, then one table (if rows)."""
    text = sub(sect, "text")
    for value in paragraphs:
        para = sub(text, "paragraph")
        if isinstance(value, tuple):
            sub(para, "content", value[1], ID=value[0])
        elif value:
            para.text = clean(value)
    if rows:
        table = sub(text, "table", border="0")
        if headers:
            head = sub(sub(table, "thead"), "tr")
            for header in headers:
                _cell(head, header, "th")
        body = sub(table, "tbody")
        for values in rows:
            row = sub(body, "tr")
            for value in values:
                _cell(row, value)
    return text
