"""Telephone and fax numbers: French national and international formats, any separators."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.recognizers.base import PATTERN, Finding, Scan

SEP = r"[ .\-/]?"
NATIONAL = rf"\(?0[1-9]\)?(?:{SEP}\d){{8}}"
INTERNATIONAL = rf"\(?(?:\+|00){SEP}\d{{1,3}}\)?{SEP}(?:\(0\){SEP})?\d(?:{SEP}\d){{6,11}}"
PHONE = re.compile(rf"(?<![\w+/.,-])(?:{INTERNATIONAL}|{NATIONAL})(?![\w/]|[.,]\d)")


def find(scan: Scan) -> Iterator[Finding]:
    for match in PHONE.finditer(scan.text):
        start, end = match.span()
        text = match.group()
        if text.startswith("(") and ")" not in text:
            start += 1
        yield Finding("PHONE", start, end, PATTERN, "phone")
