"""Small lxml helpers: HL7 v3 elements, timestamps, identifiers, safe text.

Every string that comes from the record goes through lxml (which escapes it) after the
characters XML 1.0 cannot carry are removed: the record is untrusted text.
"""

import re
import uuid
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from lxml import etree
from lxml.etree import _Element

Element = _Element

HL7 = "urn:hl7-org:v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NSMAP = {None: HL7, "xsi": XSI}
XSI_TYPE = f"{{{XSI}}}type"
PARIS = ZoneInfo("Europe/Paris")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: object) -> str:
    """``text`` as a string XML can carry (control characters dropped, spaces kept)."""
    return _NOT_XML.sub("", str(text))


def sub(parent: Element, tag: str, text: object = None, **attrs: object) -> Element:
    """A child in the HL7 namespace; ``None`` attributes are left out, ``xsi_type`` → xsi:type."""
    child = etree.SubElement(parent, f"{{{HL7}}}{tag}")
    for name, value in attrs.items():
        if value is None:
            continue
        key = XSI_TYPE if name == "xsi_type" else name.rstrip("_")
        child.set(key, clean(value))
    if text is not None:
        child.text = clean(text)
    return child


def root(tag: str) -> Element:
    return etree.Element(f"{{{HL7}}}{tag}", nsmap=NSMAP)  # type: ignore[arg-type]


def parse_time(value: Any) -> date | datetime | None:
    """A date, datetime or ISO string (naive times are taken as Europe/Paris local time)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    text = str(value)
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        return None


def ts(value: Any, *, day: bool = False) -> str | None:
    """HL7 TS: ``YYYYMMDD`` for a date, ``YYYYMMDDHHMMSS+ZZZZ`` (Paris time) for a datetime."""
    found = parse_time(value)
    if found is None:
        return None
    if not isinstance(found, datetime) or day:
        return found.strftime("%Y%m%d")
    local = found.replace(tzinfo=PARIS) if found.tzinfo is None else found.astimezone(PARIS)
    return local.strftime("%Y%m%d%H%M%S%z")


def time_el(
    parent: Element, tag: str, value: Any, *, day: bool = False, **attrs: object
) -> Element:
    """A TS element, or ``nullFlavor="UNK"`` when the time is not known."""
    found = ts(value, day=day)
    if found is None:
        return sub(parent, tag, nullFlavor="UNK", **attrs)
    return sub(parent, tag, value=found, **attrs)


def period(parent: Element, tag: str, low: Any, high: Any, **attrs: object) -> Element:
    el = sub(parent, tag, **attrs)
    time_el(el, "low", low)
    if high is not False:
        time_el(el, "high", high)
    return el


def entry_id(parent: Element, document_id: str, *parts: object) -> Element:
    """A stable UUID id for an entry or section: the same document renders the same ids."""
    name = "/".join(str(p) for p in (document_id, *parts))
    return sub(parent, "id", root=str(uuid.uuid5(uuid.NAMESPACE_URL, name)).upper())


def code(
    parent: Element,
    tag: str,
    value: str | None,
    system: str,
    display: object = None,
    system_name: str | None = None,
    **attrs: object,
) -> Element:
    """A coded element; ``nullFlavor="UNK"`` when there is no code (never an invented one)."""
    if not value:
        return sub(parent, tag, nullFlavor="UNK", **attrs)
    return sub(
        parent,
        tag,
        code=value,
        displayName=display,
        codeSystem=system,
        codeSystemName=system_name,
        **attrs,
    )


def reference(parent: Element, tag: str, target: str | None) -> Element:
    """``<text><reference value="#id"/></text>`` (or originalText) pointing into the narrative."""
    el = sub(parent, tag)
    if target:
        sub(el, "reference", value=f"#{target}")
    return el


def templates(parent: Element, *roots: str) -> None:
    for value in roots:
        sub(parent, "templateId", root=value)


def to_bytes(document: Element) -> bytes:
    data: bytes = etree.tostring(
        document, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    return data
