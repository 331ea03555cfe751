"""Read the notes of a stay or patient into NOTE_FINDING facts (span = the finding's offsets)."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.french import day
from relais.dossier.nlp.findings import Finding, note_findings
from relais.dossier.nlp.pipeline import (
    DEFAULT_OPTIONS,
    PipelineOptions,
    build_pipeline,
    shared_pipeline,
)
from relais.dossier.queries import Records
from relais.store.tables import documents

KIND_LABELS = {
    "symptom": "signe",
    "condition": "pathologie",
    "diagnosis": "diagnostic (CIM-10)",
    "drug": "médicament",
    "lab": "résultat",
}
CODE_KEYS = {"drug": "atc", "diagnosis": "cim10", "lab": "loinc"}


def _qualifiers(finding: Finding) -> list[str]:
    flags = [
        ("négation", finding.negated),
        ("hypothèse", finding.hypothesis),
        ("antécédent familial", finding.family),
        ("antécédent", finding.history),
    ]
    return [name for name, on in flags if on]


def finding_draft(finding: Finding, row: Any) -> Draft:
    title = row.title or row.type_text or "note"
    shown = f"{finding.label} : {finding.value}" + (f" {finding.unit}" if finding.unit else "")
    what = shown if finding.value is not None and finding.kind == "lab" else finding.label
    qualifiers = _qualifiers(finding)
    text = f"{title} du {day(row.date)} — {KIND_LABELS[finding.kind]} « {finding.text} »"
    if what != finding.text:
        text += f" ({what})"
    text += f" [{', '.join(qualifiers)}]" if qualifiers else ""
    data: dict[str, Any] = {
        "finding": finding.kind,
        "label": finding.label,
        "span_text": finding.text,
        "value": finding.value,
        "unit": finding.unit,
        "family": finding.family,
        "history": finding.history,
        "date_text": finding.date,
        "document": title,
        "part": row.part,
    }
    if finding.kind in CODE_KEYS:
        data[CODE_KEYS[finding.kind]] = finding.code
    return Draft(
        FactKind.NOTE_FINDING,
        text,
        Source(row.resource_type, row.fhir_id, finding.start, finding.end),
        when=row.date,
        code=finding.code,
        negated=finding.negated,
        hypothesis=finding.hypothesis,
        data=data,
    )


@dataclass(slots=True)
class NoteReader:
    """Holds the NLP pipeline; build it once per process (``NoteReader.shared()``)."""

    nlp: Any

    @classmethod
    def shared(cls, options: PipelineOptions = DEFAULT_OPTIONS) -> "NoteReader":
        return cls(shared_pipeline(options))

    @classmethod
    def build(cls, options: PipelineOptions = DEFAULT_OPTIONS) -> "NoteReader":
        return cls(build_pipeline(options))

    def read(self, text: str) -> list[Finding]:
        return note_findings(self.nlp(text))

    def read_many(self, texts: Iterable[str]) -> list[list[Finding]]:
        return [note_findings(doc) for doc in self.nlp.pipe(list(texts))]

    def findings(self, records: Records) -> list[Draft]:
        """NOTE_FINDING facts of the scope's notes (documents with text)."""
        notes = [r for r in records.rows(documents) if r.text]
        drafts = []
        for row, found in zip(notes, self.read_many(r.text for r in notes), strict=True):
            drafts += [finding_draft(f, row) for f in found]
        return drafts
