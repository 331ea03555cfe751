"""ATC codes → French names (DCI and brand names), from edsnlp's ``eds.drugs`` resource.

edsnlp (AP-HP, BSD-3) ships ``resources/drugs.json``: ATC code → names, DCI in lower case and
brand names mostly in upper case, accents removed (e.g. ``B01AC06`` → KARDEGIC, ASPIRINE,
ACIDE ACETYLSALICYLIQUE). The file is read directly; no spaCy pipeline is built.
"""

import importlib.metadata
from dataclasses import dataclass
from pathlib import Path

import orjson

from relais.errors import InvalidInput

PACKAGE = "edsnlp"
RESOURCE = "edsnlp/resources/drugs.json"


@dataclass(frozen=True, slots=True)
class AtcNames:
    source: str
    names: dict[str, tuple[str, ...]]  # ATC code → names (DCI and brands, case not reliable)


def resource_path() -> Path:
    try:
        dist = importlib.metadata.distribution(PACKAGE)
    except importlib.metadata.PackageNotFoundError as exc:
        raise InvalidInput(
            "edsnlp is not installed: it provides the ATC → drug names table "
            "(`pip install edsnlp==0.23.0`)."
        ) from exc
    return Path(str(dist.locate_file(RESOURCE)))


def read_atc(path: Path | None = None) -> AtcNames:
    """Read the table from ``path`` or from the installed edsnlp package."""
    if path is None:
        path = resource_path()
        source = f"{PACKAGE} {importlib.metadata.version(PACKAGE)}: resources/drugs.json"
    else:
        source = str(path)
    try:
        raw = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise InvalidInput(f"Cannot read the ATC names table {path}: {exc}") from exc
    return AtcNames(source, {str(k).upper(): tuple(map(str, v)) for k, v in raw.items()})
