"""Facts before numbering, and their numbering: kind order, then time, then source."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from relais.domain.facts import Fact, FactKind, Source
from relais.dossier.labels import KIND_ORDER


@dataclass(frozen=True, slots=True)
class Draft:
    kind: FactKind
    text: str
    source: Source
    when: datetime | None = None
    code: str | None = None
    system: str | None = None
    negated: bool = False
    hypothesis: bool = False
    data: Mapping[str, Any] = field(default_factory=dict)

    def sort_key(self) -> tuple[int, int, datetime, str, int, str]:
        return (
            KIND_ORDER.get(self.kind, len(KIND_ORDER)),
            0 if self.when is None else 1,
            self.when or datetime.min,
            self.source.reference,
            self.source.start if self.source.start is not None else -1,
            self.text,
        )


def number(drafts: Iterable[Draft], *, prefix: str = "F") -> tuple[Fact, ...]:
    """Facts ``F1``… in a deterministic order; exact duplicates are kept once."""
    unique = {(d.kind, d.source, d.text): d for d in drafts}
    ordered = sorted(unique.values(), key=Draft.sort_key)
    return tuple(
        Fact(
            id=f"{prefix}{n}",
            kind=d.kind,
            text=d.text,
            source=d.source,
            when=d.when,
            code=d.code,
            system=d.system,
            negated=d.negated,
            hypothesis=d.hypothesis,
            data={"when": d.when.isoformat() if d.when else None, **d.data},
        )
        for n, d in enumerate(ordered, 1)
    )
