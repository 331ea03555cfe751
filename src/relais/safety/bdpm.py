"""The BDPM (base de données publique des médicaments): specialties and their compositions.

Reads the official export files ``CIS_bdpm.txt`` and ``CIS_COMPO_bdpm.txt`` (tab-separated,
Windows-1252, no header) and stores them, replacing the previous release in one transaction.
A hospital re-runs ``relais terminology load-bdpm DIR`` on each monthly release.
"""

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from relais.errors import InvalidInput
from relais.store.safety_tables import bdpm_compositions, bdpm_releases, bdpm_specialties

SPECIALTIES_FILE = "CIS_bdpm.txt"
COMPOSITIONS_FILE = "CIS_COMPO_bdpm.txt"
MARKETED = "commercialis"  # "Commercialisée" (folded prefix)
BATCH = 5000


@dataclass(frozen=True, slots=True)
class Bdpm:
    """What the normaliser needs: names, marketing state, active substances by CIS code."""

    release: str
    names: dict[str, str]  # CIS → dénomination
    marketed: frozenset[str]  # CIS codes of marketed specialties
    substances: dict[str, tuple[str, ...]]  # CIS → active substance names (FT over SA)


@dataclass(frozen=True, slots=True)
class LoadSummary:
    release: str
    checksum: str
    specialties: int
    compositions: int
    unchanged: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "release": self.release,
            "checksum": self.checksum,
            "specialties": self.specialties,
            "compositions": self.compositions,
            "unchanged": self.unchanged,
        }


def _rows(path: Path, columns: int) -> Iterator[list[str]]:
    if not path.is_file():
        raise InvalidInput(f"{path} not found: give the folder of the BDPM export files.")
    with path.open(encoding="cp1252", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            fields = [f.strip() for f in line.split("\t")]
            if len(fields) < columns:
                raise InvalidInput(
                    f"{path.name} line {number}: {len(fields)} columns, expected {columns}. "
                    "Is this the official tab-separated BDPM export?"
                )
            yield fields


def specialty_rows(folder: Path) -> list[dict[str, Any]]:
    return [
        {
            "cis": f[0],
            "name": f[1],
            "form": f[2] or None,
            "routes": f[3] or None,
            "marketed": f[6].lower().startswith(MARKETED),
            "holder": f[10] or None,
        }
        for f in _rows(folder / SPECIALTIES_FILE, 11)
    ]


def composition_rows(folder: Path) -> list[dict[str, Any]]:
    return [
        {
            "cis": f[0],
            "element": f[1] or None,
            "substance_code": f[2] or None,
            "substance": f[3],
            "dosage": f[4] or None,
            "reference": f[5] or None,
            "nature": f[6],
            "link": int(f[7]) if f[7].isdigit() else None,
        }
        for f in _rows(folder / COMPOSITIONS_FILE, 7)
    ]


def checksum(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in (SPECIALTIES_FILE, COMPOSITIONS_FILE):
        path = folder / name
        if not path.is_file():
            raise InvalidInput(f"{path} not found: give the folder of the BDPM export files.")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_release(conn: Connection, folder: Path, *, release: str | None = None) -> LoadSummary:
    """Replace the stored BDPM by the export in ``folder`` (a no-op when it is the same)."""
    digest = checksum(folder)
    latest = conn.execute(
        select(bdpm_releases).order_by(bdpm_releases.c.loaded_at.desc()).limit(1)
    ).first()
    if latest is not None and latest.checksum == digest:
        return LoadSummary(latest.label, digest, latest.specialties, latest.compositions, True)
    specialties, compositions = specialty_rows(folder), composition_rows(folder)
    label = release or date.fromtimestamp((folder / SPECIALTIES_FILE).stat().st_mtime).isoformat()
    conn.execute(delete(bdpm_compositions))
    conn.execute(delete(bdpm_specialties))
    for table, rows in ((bdpm_specialties, specialties), (bdpm_compositions, compositions)):
        for start in range(0, len(rows), BATCH):
            conn.execute(insert(table), rows[start : start + BATCH])
    conn.execute(
        insert(bdpm_releases),
        {
            "label": label,
            "checksum": digest,
            "source": str(folder),
            "loaded_at": datetime.now(UTC),
            "specialties": len(specialties),
            "compositions": len(compositions),
        },
    )
    return LoadSummary(label, digest, len(specialties), len(compositions), False)


def active_substances(compositions: list[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    """CIS → substance names: the therapeutic fractions (FT) of a linked group, else its SA.

    A group (one SA and its FT, by link number) may hold several of either: a complex such
    as sacubitril–valsartan is one SA with two FT, and each of them is kept.
    """
    groups: dict[tuple[str, int | None, str], dict[str, list[str]]] = {}
    for row in compositions:
        if row["nature"] not in ("SA", "FT"):
            continue
        group = groups.setdefault((row["cis"], row["link"], row["element"] or ""), {})
        group.setdefault(row["nature"], []).append(row["substance"])
    found: dict[str, list[str]] = {}
    for (cis, _, _), group in groups.items():
        names = found.setdefault(cis, [])
        for name in group.get("FT") or group["SA"]:
            if name not in names:
                names.append(name)
    return {cis: tuple(names) for cis, names in found.items()}


def read_bdpm(conn: Connection) -> Bdpm | None:
    """The stored release, or None when no BDPM was loaded."""
    latest = conn.execute(
        select(bdpm_releases.c.label).order_by(bdpm_releases.c.loaded_at.desc()).limit(1)
    ).scalar()
    if latest is None:
        return None
    specialties = conn.execute(select(bdpm_specialties)).all()
    compositions = [dict(r._mapping) for r in conn.execute(select(bdpm_compositions))]
    return Bdpm(
        release=str(latest),
        names={r.cis: r.name for r in specialties},
        marketed=frozenset(r.cis for r in specialties if r.marketed),
        substances=active_substances(compositions),
    )


def read_folder(folder: Path, *, release: str = "files") -> Bdpm:
    """The same object straight from the export files (tests, benchmarks)."""
    specialties = specialty_rows(folder)
    return Bdpm(
        release=release,
        names={r["cis"]: r["name"] for r in specialties},
        marketed=frozenset(r["cis"] for r in specialties if r["marketed"]),
        substances=active_substances(composition_rows(folder)),
    )
