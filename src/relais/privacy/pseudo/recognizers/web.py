"""E-mail addresses and URLs."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.recognizers.base import STRUCTURED, Finding, Scan

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
URL = re.compile(
    r"(?<![\w@/])(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]]+"
    r"|(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|info|sante\.fr)"
    r"(?:/[^\s<>\"'()\[\]]*)?(?![\w@-])",
    re.IGNORECASE,
)
TRAILING = ".,;:!?"


def find(scan: Scan) -> Iterator[Finding]:
    emails = []
    for match in EMAIL.finditer(scan.text):
        emails.append(match.span())
        yield Finding("EMAIL", match.start(), match.end(), STRUCTURED, "email")
    for match in URL.finditer(scan.text):
        start, end = match.span()
        while end > start and scan.text[end - 1] in TRAILING:
            end -= 1
        if any(s <= start < e for s, e in emails):
            continue
        yield Finding("URL", start, end, STRUCTURED, "url")
