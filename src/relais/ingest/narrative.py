"""Narrative safety: FHIR XHTML must not carry active content (scripts, forms, event handlers).

FHIR R4 §2.4 (Narrative): the div SHALL NOT contain a head, body, external stylesheet
references, scripts, forms, base/link/xlink, frames, iframes or objects; it is XML, so the only
named entities are XML's five (&lt; &gt; &amp; &quot; &apos;). A resource whose
narrative breaks this is rejected, so nothing unsafe is ever stored for the UI to render.
"""

import re
from html.parser import HTMLParser

FORBIDDEN_ELEMENTS = frozenset(
    {
        "script", "form", "input", "button", "select", "textarea", "iframe", "frame",
        "frameset", "object", "embed", "applet", "base", "link", "meta", "head", "body",
        "html", "style", "svg", "math", "template", "noscript", "audio", "video", "source",
    }
)  # fmt: skip
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "background"})
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
XML_ENTITIES = frozenset({"lt", "gt", "amp", "quot", "apos"})
NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")


class _NarrativeScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.first_tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.first_tag is None:
            self.first_tag = tag
        if tag in FORBIDDEN_ELEMENTS:
            self.problems.append(f"element <{tag}> is not allowed in a narrative")
        for name, value in attrs:
            lowered = (value or "").strip().lower().replace(" ", "")
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name!r} on <{tag}>")
            elif name in URL_ATTRIBUTES and lowered.startswith(UNSAFE_SCHEMES):
                self.problems.append(f"active URL in {name!r} on <{tag}>")
            elif name == "style" and ("expression(" in lowered or "url(" in lowered):
                self.problems.append(f"active style on <{tag}>")


def narrative_problems(div: str) -> list[str]:
    """Reasons why this narrative div is unsafe or malformed (empty list when it is fine)."""
    scanner = _NarrativeScanner()
    scanner.feed(div)
    scanner.close()
    problems = list(dict.fromkeys(scanner.problems))
    for name in dict.fromkeys(NAMED_ENTITY.findall(div)):
        if name not in XML_ENTITIES:
            problems.append(
                f"entity &{name}; is not defined in XHTML without a DTD: write the character "
                "itself or a numeric reference (e.g. &#174;)"
            )
    if scanner.first_tag != "div":
        problems.insert(0, "the narrative must be a single XHTML <div> element")
    return problems
