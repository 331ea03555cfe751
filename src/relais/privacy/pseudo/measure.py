"""Measure a pseudonymiser on the synthetic hospital's truth of identifying spans.

Recall per truth type: a span counts as found when predicted spans of a compatible type
cover all its letters and digits (names are one family, identifiers another, places a third).
Precision per predicted type: a predicted span is right when it overlaps a truth span of a
compatible type. Clinical facts of the truth (drugs, diagnoses, labs…) touched by a predicted
span count as clinical meaning removed. Ages up to 89 are not identifying and are left out.
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from relais.store.tables import documents

GROUPS = (
    frozenset({"PATIENT_NAME", "RELATIVE_NAME", "CLINICIAN_NAME", "OTHER_NAME", "NAME"}),
    frozenset({"NIR", "INS", "IPP", "NDA", "OTHER_ID"}),
    frozenset({"ADDRESS", "POSTAL_CODE", "CITY", "HOSPITAL", "SERVICE", "LOCATION"}),
)
OLDEST_KEPT = 89
Match = Callable[[str, str], bool]


@dataclass(frozen=True, slots=True)
class Span:
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class TruthNote:
    note_id: str
    patient_id: str
    kind: str
    text: str
    spans: tuple[Span, ...]
    facts: tuple[tuple[str, int, int, str], ...]  # kind, start, end, text


Predict = Callable[[TruthNote], Iterable[Span]]


def compatible(truth: str, predicted: str) -> bool:
    if truth == predicted:
        return True
    return any(truth in g and predicted in g for g in GROUPS)


def read_truth(folder: Path) -> dict[str, Any]:
    """``truth/notes.json`` of a ``relais synth`` output folder."""
    path = Path(folder) / "truth" / "notes.json"
    notes: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["notes"]
    return notes


def truth_notes(conn: Connection, folder: Path) -> list[TruthNote]:
    """The notes of the truth with their text as stored in the database."""
    truth = read_truth(folder)
    texts = {
        row.fhir_id: row.text
        for row in conn.execute(
            select(documents.c.fhir_id, documents.c.text).where(documents.c.part == 0)
        )
    }
    out = []
    for note_id, note in sorted(truth.items()):
        text = texts.get(note_id)
        if text is None:
            continue
        spans = tuple(
            Span(s["type"], s["start"], s["end"])
            for s in note["spans"]
            if not (s["type"] == "AGE" and _age(s["text"]) <= OLDEST_KEPT)
        )
        facts = tuple((f["kind"], f["start"], f["end"], f["text"]) for f in note["facts"])
        out.append(TruthNote(note_id, note["patient_id"], note["kind"], text, spans, facts))
    return out


def _age(text: str) -> int:
    digits = "".join(c for c in text if c.isdigit())
    return int(digits) if digits else 0


@dataclass
class Counts:
    found: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0


@dataclass
class Score:
    recall: dict[str, Counts] = field(default_factory=dict)
    strict_recall: dict[str, Counts] = field(default_factory=dict)
    precision: dict[str, Counts] = field(default_factory=dict)
    removed_facts: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (note, type, text)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (note, type, text)
    characters: int = 0

    def to_dict(self) -> dict[str, Any]:
        def table(counts: dict[str, Counts]) -> dict[str, Any]:
            return {
                k: {"found": c.found, "total": c.total, "rate": round(c.rate, 4)}
                for k, c in sorted(counts.items())
            }

        return {
            "recall": table(self.recall),
            "strict_recall": table(self.strict_recall),
            "precision": table(self.precision),
            "clinical_facts_removed": len(self.removed_facts),
            "characters": self.characters,
        }


def score(notes: Iterable[TruthNote], predict: Predict, *, any_type: bool = False) -> Score:
    """Recall, precision and clinical facts touched; ``any_type``: a span of any type counts."""
    result = Score()
    for note in notes:
        predicted = list(predict(note))
        match = _any if any_type else compatible
        result.characters += len(note.text)
        _recall(note, predicted, result, match)
        _precision(note, predicted, result, match)
        for kind, start, end, text in note.facts:
            if any(p.start < end and start < p.end for p in predicted):
                result.removed_facts.append((kind, text))
    return result


def _any(truth: str, predicted: str) -> bool:
    return True


def _covered(text: str, span: Span, predicted: list[Span], match: Match) -> bool:
    for position in range(span.start, span.end):
        if not text[position].isalnum():
            continue
        if not any(p.start <= position < p.end and match(span.type, p.type) for p in predicted):
            return False
    return True


def _same(truth: str, predicted: str) -> bool:
    return truth == predicted


def _recall(note: TruthNote, predicted: list[Span], result: Score, match: Match) -> None:
    for span in note.spans:
        loose = _covered(note.text, span, predicted, match)
        strict = _covered(note.text, span, predicted, _same)
        for table, ok in ((result.recall, loose), (result.strict_recall, strict)):
            counts = table.setdefault(span.type, Counts())
            counts.total += 1
            counts.found += ok
        if not loose:
            result.missed.append((note.note_id, span.type, note.text[span.start : span.end]))


def _precision(note: TruthNote, predicted: list[Span], result: Score, match: Match) -> None:
    for span in predicted:
        ok = any(
            t.start < span.end and span.start < t.end and match(t.type, span.type)
            for t in note.spans
        )
        counts = result.precision.setdefault(span.type, Counts())
        counts.total += 1
        counts.found += ok
        if not ok:
            result.wrong.append((note.note_id, span.type, note.text[span.start : span.end]))
