"""Store an edition of the thesaurus in Relais' tables, and read one back."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from relais.errors import NotFound
from relais.safety.levels import parse_level
from relais.safety.model import Edition, LevelStatement, ThesaurusEntry
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_files import ThesaurusData
from relais.store.safety_tables import (
    thesaurus_editions,
    thesaurus_entries,
    thesaurus_substances,
)


def store_edition(conn: Connection, data: ThesaurusData) -> int:
    """Insert an edition (replacing one with the same label); returns its primary key."""
    conn.execute(delete(thesaurus_editions).where(thesaurus_editions.c.label == data.edition.label))
    edition_pk = conn.execute(
        insert(thesaurus_editions).returning(thesaurus_editions.c.pk),
        {
            "label": data.edition.label,
            "published": data.edition.published,
            "source": data.edition.source,
            "loaded_at": datetime.now(UTC),
            "entries": len(data.entries),
            "substances": len(data.substances),
        },
    ).scalar_one()
    conn.execute(
        insert(thesaurus_substances),
        [
            {
                "edition_pk": edition_pk,
                "key": key,
                "name": name,
                "classes": list(classes),
                "rxnorm": data.rxnorm.get(key),
            }
            for key, (name, classes) in data.substances.items()
        ],
    )
    conn.execute(insert(thesaurus_entries), [_entry_row(edition_pk, e) for e in data.entries])
    return int(edition_pk)


def _entry_row(edition_pk: int, entry: ThesaurusEntry) -> dict[str, Any]:
    return {
        "edition_pk": edition_pk,
        "number": entry.number,
        "main": entry.main,
        "plus": entry.plus,
        "level": entry.level.code,
        "levels": [{"level": s.level.value, "conduct": s.conduct} for s in entry.levels],
        "risk": entry.risk,
        "see_also": entry.see_also,
    }


def list_editions(conn: Connection) -> list[Edition]:
    """Loaded editions, latest first (by publication date, then by loading time)."""
    e = thesaurus_editions.c
    rows = conn.execute(
        select(thesaurus_editions).order_by(e.published.desc().nulls_last(), e.loaded_at.desc())
    )
    return [Edition(r.label, r.published, r.source) for r in rows]


def read_thesaurus(conn: Connection, label: str | None = None) -> Thesaurus:
    """The edition named ``label``, or the latest loaded one."""
    editions = list_editions(conn)
    chosen = next((e for e in editions if label in (None, e.label)), None)
    if chosen is None:
        raise NotFound(
            f"No thesaurus edition {label!r} loaded."
            if label
            else "No interaction thesaurus loaded: run `relais terminology load-thesaurus`."
        )
    pk = conn.execute(
        select(thesaurus_editions.c.pk).where(thesaurus_editions.c.label == chosen.label)
    ).scalar_one()
    s, t = thesaurus_substances.c, thesaurus_entries.c
    substances: dict[str, tuple[str, tuple[str, ...]]] = {}
    rxnorm: dict[str, str] = {}
    for row in conn.execute(select(thesaurus_substances).where(s.edition_pk == pk)):
        substances[row.key] = (row.name, tuple(row.classes))
        if row.rxnorm:
            rxnorm[row.key] = row.rxnorm
    entries = [
        ThesaurusEntry(
            number=row.number,
            main=row.main,
            plus=row.plus,
            levels=tuple(
                LevelStatement(parse_level(lv["level"]), lv["conduct"]) for lv in row.levels
            ),
            risk=row.risk,
            see_also=row.see_also,
        )
        for row in conn.execute(
            select(thesaurus_entries).where(t.edition_pk == pk).order_by(t.number)
        )
    ]
    return Thesaurus.from_data(ThesaurusData(chosen, entries, substances, rxnorm))
