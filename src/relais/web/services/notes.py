"""A clinical note's text, with the passage a fact comes from highlighted."""

from dataclasses import dataclass

from sqlalchemy import Connection, select

from relais.errors import InvalidInput, NotFound
from relais.store.tables import documents


@dataclass(frozen=True, slots=True)
class Note:
    resource_type: str
    id: str
    part: int
    patient_id: str | None
    title: str | None
    type: str | None
    date: object
    text: str
    span: tuple[int, int] | None  # [start, end) highlighted

    @property
    def pieces(self) -> tuple[str, str, str]:
        """Text before, inside and after the highlighted span."""
        if self.span is None:
            return self.text, "", ""
        start, end = self.span
        return self.text[:start], self.text[start:end], self.text[end:]


def read_note(
    conn: Connection,
    document_id: str,
    *,
    part: int = 0,
    start: int | None = None,
    end: int | None = None,
) -> Note:
    d = documents.c
    row = conn.execute(
        select(documents).where(d.fhir_id == document_id, d.part == part).limit(1)
    ).first()
    if row is None:
        raise NotFound(f"Aucun document clinique {document_id!r} (partie {part}).")
    text = row.text or ""
    span = None
    if start is not None or end is not None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            raise InvalidInput(f"Passage {start}–{end} hors du document ({len(text)} caractères).")
        span = (start, end)
    return Note(
        row.resource_type,
        row.fhir_id,
        int(row.part),
        row.patient_id,
        row.title,
        row.type_text,
        row.date,
        text,
        span,
    )


def parse_source(source: str) -> tuple[str, str, int | None, int | None]:
    """``DocumentReference/abc#10-25`` → type, id, start, end (no span: None, None)."""
    reference, _, span = source.partition("#")
    kind, _, ident = reference.partition("/")
    if not span:
        return kind, ident, None, None
    first, _, last = span.partition("-")
    try:
        return kind, ident, int(first), int(last)
    except ValueError:
        return kind, ident, None, None
