"""Ages over 89 ("93 ans"), which identify by their rarity; younger ages stay."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.recognizers.base import PATTERN, Finding, Scan

AGE = re.compile(
    r"(?<![\w,.])(\d{2,3})(?:\s*(?:ans|an|years?(?: old)?|y\.?o\.?|a)\b|-years?-old\b)",
    re.IGNORECASE,
)
OLDEST = 89


def find(scan: Scan) -> Iterator[Finding]:
    for match in AGE.finditer(scan.text):
        if OLDEST < int(match[1]) <= 125:
            yield Finding("AGE", match.start(), match.end(), PATTERN, "age")
