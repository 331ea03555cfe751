"""Diagnosis terms from the CIM-10 labels edsnlp ships (``edsnlp/resources/cim10.csv.gz``),
read at load time (never copied into the repository) and cleaned into the words a clinician
writes: "Syndrome néphrotique, sans précision" → "syndrome nephrotique"; "Maladie de Crohn
[entérite régionale]" → "maladie de crohn"; "Autres lupus érythémateux localisés" → "lupus
erythemateux localises".

Chapters of external causes (V–Y), of factors of health status (Z) and of special codes (U)
are left out: their labels are circumstances, not diagnoses.
"""

import csv
import gzip
import importlib.util
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from relais.errors import InvalidInput
from relais.generate.verify.lexicon_terms import GENERIC_TERMS, NOT_TERM_WORDS

SKIPPED_CHAPTERS = frozenset("UVWXYZ")
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)|[*†]")
_LEADING = re.compile(r"^(?:autres?|certaine?s?)\s+")
_TRAILING = re.compile(
    r"\s+(?:sans precision|non precisee?s?|sai|nca|non classee?s? ailleurs|sans autre indication)$"
)
_TOKEN = re.compile(r"[a-z0-9]+")
_SPECIAL = (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("’", "'"))

Terms = dict[tuple[str, ...], tuple[str, ...]]


def edsnlp_cim10_path() -> Path:
    """edsnlp's CIM-10 table, located without importing edsnlp (which takes seconds)."""
    spec = importlib.util.find_spec("edsnlp")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "resources" / "cim10.csv.gz"
        if path.is_file():
            return path
    raise InvalidInput(
        "Table CIM-10 d'edsnlp introuvable (edsnlp/resources/cim10.csv.gz) : installez edsnlp "
        "ou passez le chemin d'un fichier CIM-10 (colonnes code, long)."
    )


def norm_token(token: str) -> str:
    """Plural marks dropped so that "hémorroïdes" and "hémorroïde" meet."""
    return token[:-1] if len(token) > 3 and token[-1] in "sx" else token


def term_tokens(text: str) -> tuple[str, ...]:
    return tuple(norm_token(t) for t in _TOKEN.findall(text))


def fold_label(label: str) -> str:
    """Lower case, no accents (as ``text.fold``, faster on whole labels: no offsets kept)."""
    if label.isascii():
        return label.lower()
    for special, plain in _SPECIAL:
        label = label.replace(special, plain)
    decomposed = unicodedata.normalize("NFKD", label.lower())
    return decomposed.encode("ascii", "ignore").decode("ascii")


def clean_label(label: str) -> str:
    """The head of a CIM-10 label as it would be written in a letter (folded)."""
    text = _BRACKETS.sub(" ", fold_label(label))
    text = text.split(",")[0].split(" - ")[0].split(";")[0]
    text = _LEADING.sub("", " ".join(text.split()))
    return _TRAILING.sub("", text).strip()


def useful(tokens: tuple[str, ...]) -> bool:
    """A term specific enough to be a diagnosis: not a generic word, not a bare code."""
    if not tokens or len("".join(tokens)) < 4 or any(t.isdigit() for t in tokens[:1]):
        return False
    if len(tokens) == 1 and (tokens[0] in GENERIC_TERMS or any(c.isdigit() for c in tokens[0])):
        return False
    return not any(t in NOT_TERM_WORDS for t in tokens)


def terms_from_rows(rows: Iterable[tuple[str, str]]) -> Terms:
    """(code, long label) rows → term tokens → CIM-10 codes (without dot)."""
    found: dict[tuple[str, ...], set[str]] = {}
    for code, label in rows:
        code = code.strip().replace(".", "").upper()
        if not code or code[0] in SKIPPED_CHAPTERS:
            continue
        tokens = term_tokens(clean_label(label))
        if useful(tokens):
            found.setdefault(tokens, set()).add(code)
    return {tokens: tuple(sorted(codes)) for tokens, codes in found.items()}


def read_cim10_terms(path: Path | None = None) -> Terms:
    """The terms of a CIM-10 table (edsnlp's by default): ~9,000 terms, ~1 s."""
    path = path or edsnlp_cim10_path()
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        head, _, body = raw.decode("utf-8").partition("\n")
        kept = [line for line in body.split("\n") if line and line[0] not in SKIPPED_CHAPTERS]
        reader = csv.reader(io.StringIO("\n".join([head, *kept])))  # skipped chapters left out
        header = next(reader)
        code, long = header.index("code"), header.index("long")
        rows = [(row[code], row[long]) for row in reader]
    except (OSError, ValueError, IndexError, StopIteration, csv.Error) as error:
        raise InvalidInput(
            f"Table CIM-10 illisible ({path}) : {error}. Attendu : un CSV avec les colonnes "
            "code et long."
        ) from error
    return terms_from_rows(rows)
