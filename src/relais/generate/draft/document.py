"""The drafted document: header, sections (items or verified sentences), facts, model run."""

from dataclasses import dataclass, field
from typing import Any

from relais.generate.verify import Flag

LETTER = "lettre_de_liaison"
SYNTHESIS = "synthese_medicale"
AI_LABEL = "Document rédigé avec l'aide d'une IA — à relire, non signé"
TO_WRITE = "À rédiger"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A generated sentence, the facts it cites and what the verifier found in it."""

    text: str
    citations: tuple[str, ...]
    flags: tuple[Flag, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "citations": list(self.citations),
            "flags": [f.to_dict() for f in self.flags],
        }


@dataclass(slots=True)
class Section:
    """One section: structured ``items`` (deterministic) and/or generated ``sentences``.

    ``text`` is the section's prose: the generated sentences joined, the "none" statement of an
    empty list, or "À rédiger" when the model could not write it (``warning`` says why).
    """

    code: str
    title: str
    generated: bool
    text: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    warning: str | None = None

    @property
    def to_write(self) -> bool:
        return self.generated and not self.sentences

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "code": self.code,
            "title": self.title,
            "generated": self.generated,
            "text": self.text,
        }
        if self.generated:
            found["sentences"] = [s.to_dict() for s in self.sentences]
        if self.items or not self.generated:
            found["items"] = self.items
        if self.warning:
            found["warning"] = self.warning
        return found


@dataclass(frozen=True, slots=True)
class ModelRun:
    """What the model was asked and what it cost; ``outcome`` ok / unavailable / bad_output."""

    backend: str
    model: str
    outcome: str
    duration_s: float
    prompt_hash: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    finish_reason: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    output: str | None = None  # the raw answer, kept in the generation log (not in documents)

    def to_dict(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "model": self.model,
            "outcome": self.outcome,
            "duration_s": round(self.duration_s, 3),
            "prompt_hash": self.prompt_hash,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "finish_reason": self.finish_reason,
            "options": self.options,
            "error": self.error,
        }


@dataclass(slots=True)
class DraftDocument:
    """A lettre de liaison or a synthèse médicale, as drafted (status ``draft`` until signed)."""

    kind: str
    code: str  # LOINC document type
    title: str
    header: dict[str, Any]
    sections: list[Section]
    facts: dict[str, dict[str, Any]]
    model: ModelRun | None
    created_at: str
    status: str = "draft"
    warnings: list[str] = field(default_factory=list)
    id: str | None = None
    version: int | None = None

    def section(self, code: str) -> Section:
        for section in self.sections:
            if section.code == code:
                return section
        raise KeyError(code)

    def verification(self) -> dict[str, Any]:
        sentences = [s for section in self.sections for s in section.sentences]
        flags = [f for s in sentences for f in s.flags]
        by_kind: dict[str, int] = {}
        for flag in flags:
            by_kind[flag.kind.value] = by_kind.get(flag.kind.value, 0) + 1
        return {
            "sentences": len(sentences),
            "sentences_flagged": sum(1 for s in sentences if s.flags),
            "flags": len(flags),
            "by_kind": dict(sorted(by_kind.items())),
            "to_write": [s.code for s in self.sections if s.to_write],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "kind": self.kind,
            "code": self.code,
            "title": self.title,
            "status": self.status,
            "label": AI_LABEL if self.status == "draft" else None,
            "created_at": self.created_at,
            **self.header,
            "sections": [s.to_dict() for s in self.sections],
            "facts": self.facts,
            "verification": self.verification(),
            "model": self.model.to_dict() if self.model else None,
            "warnings": self.warnings,
        }
