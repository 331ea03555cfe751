"""Telephone and fax numbers: French national and international formats, any separators.

A French number has ten digits written with one kind of separator ("06 12 34 56 78",
"06.12.34.56.78"), or starts with +33/0033; "07/11/2025 03:12" is a date and a time."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.recognizers.base import PATTERN, Finding, Scan

SEP = r"[ .\-/]?"
NATIONAL = rf"\(?0[1-9]\)?(?:{SEP}\d){{8}}"
INTERNATIONAL = rf"\(?(?:\+|00){SEP}\d{{1,3}}\)?{SEP}(?:\(0\){SEP})?\d(?:{SEP}\d){{6,11}}"
PHONE = re.compile(rf"(?<![\w+/.,-])(?:{INTERNATIONAL}|{NATIONAL})(?![\w/]|[.,]\d)")
SEPARATORS = re.compile(r"(?<=\d)[^\d()]+(?=\d)")


def find(scan: Scan) -> Iterator[Finding]:
    for match in PHONE.finditer(scan.text):
        start, end = match.span()
        text = match.group()
        if text.startswith("(") and ")" not in text:
            start += 1
        if _national(text) and len(set(SEPARATORS.findall(text))) > 1:
            continue  # "07/11/2025 03": a date then an hour, not one number
        yield Finding("PHONE", start, end, PATTERN, "phone")


def _national(text: str) -> bool:
    return text.lstrip("(").startswith("0") and not text.startswith("00")
