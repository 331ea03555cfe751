"""Word lists read once from ``resources/`` and edsnlp: more first names, and the French
vocabulary that a guessed name must not come from."""

import csv
import gzip
import io
from functools import cache
from pathlib import Path

from relais.privacy.pseudo.names_data import FIRST_NAMES
from relais.privacy.pseudo.patterns import NOT_NAME_WORDS
from relais.privacy.pseudo.protect import clinical_words, drug_words, edsnlp_resource
from relais.privacy.pseudo.text import fold

RESOURCES = Path(__file__).parent / "resources"


def _lines(name: str) -> frozenset[str]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def more_first_names() -> frozenset[str]:
    """First names of many origins beside the hand-made list (``resources/first_names.txt``)."""
    return _lines("first_names.txt") - french_words()


@cache
def verb_forms() -> frozenset[str]:
    """Every conjugated form of edsnlp's French verbs, folded ("arrive", "revue", "passera")."""
    path = edsnlp_resource("verbs.csv.gz")
    if path is None:
        return frozenset()
    rows = csv.DictReader(io.StringIO(gzip.decompress(path.read_bytes()).decode("utf-8")))
    return frozenset(fold(row["term"]) for row in rows if row.get("term"))


@cache
def french_words() -> frozenset[str]:
    """Words that are no name when a name is only guessed: verbs, CIM-10 and drug words,
    articles and words of the notes, and common words that are also first names."""
    return (
        verb_forms() | clinical_words() | drug_words() | NOT_NAME_WORDS | _lines("common_words.txt")
    ) - FIRST_NAMES


def is_any_first_name(folded: str) -> bool:
    """In the hand-made list or the longer one, or a compound of them ("jean-kevin")."""
    parts = folded.split("-")
    return all(p in FIRST_NAMES or p in more_first_names() for p in parts if p) and bool(parts)
