"""Compose a drafted document: deterministic sections from facts, narrative from the model,
with the model's failures turned into "à rédiger" sections and a clear warning."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from relais.dossier.model import Dossier
from relais.generate.draft import codes, prompts
from relais.generate.draft.document import (
    LETTER,
    SYNTHESIS,
    TO_WRITE,
    DraftDocument,
    ModelRun,
    Section,
    Sentence,
)
from relais.generate.draft.facts_for_model import facts_for_model
from relais.generate.draft.header import document_header
from relais.generate.draft.letter import letter_sections
from relais.generate.draft.narrative import Narrative, write_narrative
from relais.generate.draft.synthesis import synthesis_sections
from relais.generate.llm.base import GenerationOptions, LLMBackend
from relais.generate.verify import Tools

NO_MODEL = "aucun modèle de langage configuré"
# Narrative part of the model's answer → the section it fills.
LETTER_NARRATIVE = {"motif": codes.MOTIF, "synthese": codes.STAY_SUMMARY}
SYNTHESIS_NARRATIVE = {"synthese": codes.CONCLUSIONS}
OnSection = Callable[[Section], None]  # a narrative section, verified, as soon as it is written


@dataclass
class Drafter:
    """Drafts letters and syntheses. ``backend=None`` drafts the deterministic parts only."""

    backend: LLMBackend | None
    options: GenerationOptions
    tools: Tools | None = None

    def letter(self, dossier: Dossier, *, on_section: OnSection | None = None) -> DraftDocument:
        if dossier.stay is None:
            raise ValueError("a lettre de liaison needs the dossier of a stay")
        narrative, run, warning = self._narrative(
            dossier,
            prompts.LETTER_TASK,
            prompts.LETTER_PARTS,
            LETTER_NARRATIVE,
            codes.LETTER_SECTIONS,
            on_section,
        )
        return self._document(
            LETTER,
            codes.LETTER_CODE,
            codes.LETTER_TITLE,
            dossier,
            letter_sections(dossier, narrative),
            run,
            warning,
        )

    def synthesis(self, dossier: Dossier, *, on_section: OnSection | None = None) -> DraftDocument:
        narrative, run, warning = self._narrative(
            dossier,
            prompts.SYNTHESIS_TASK,
            prompts.SYNTHESIS_PARTS,
            SYNTHESIS_NARRATIVE,
            codes.SYNTHESIS_SECTIONS,
            on_section,
        )
        return self._document(
            SYNTHESIS,
            codes.SYNTHESIS_CODE,
            codes.SYNTHESIS_TITLE,
            dossier,
            synthesis_sections(dossier, narrative[codes.CONCLUSIONS]),
            run,
            warning,
        )

    def _narrative(
        self,
        dossier: Dossier,
        task: str,
        parts: Mapping[str, tuple[str, int]],
        targets: Mapping[str, str],
        titles: Mapping[str, str],
        on_section: OnSection | None,
    ) -> tuple[dict[str, Section], ModelRun | None, str | None]:
        result: Narrative | None = None

        def on_part(part: str, sentences: list[Sentence]) -> None:
            if on_section is not None and part in targets:
                code = targets[part]
                on_section(_written(code, titles[code], sentences))

        if self.backend is not None:
            result = write_narrative(
                self.backend,
                task=task,
                facts=facts_for_model(dossier.facts),
                all_facts=dossier.by_id(),
                parts=parts,
                options=self.options,
                tools=self.tools,
                on_part=on_part if on_section else None,
            )
        failure = NO_MODEL if result is None else result.failure
        sections = {}
        for part, code in targets.items():
            sentences = result.parts.get(part, []) if result else []
            section = _written(code, titles[code], sentences)
            if not sentences:
                section.text = TO_WRITE
                section.warning = f"Partie à rédiger par le médecin : {failure}."
            sections[code] = section
        warning = (
            f"Les parties narratives sont à rédiger : {failure}. Les sections structurées "
            "sont complètes."
            if failure
            else None
        )
        return sections, result.run if result else None, warning

    def _document(
        self,
        kind: str,
        code: str,
        title: str,
        dossier: Dossier,
        sections: list[Section],
        run: ModelRun | None,
        warning: str | None,
    ) -> DraftDocument:
        warnings = [warning] if warning else []
        warnings += list(dossier.warnings)
        return DraftDocument(
            kind=kind,
            code=code,
            title=title,
            header=document_header(dossier, with_stay=kind == LETTER),
            sections=sections,
            facts={f.id: f.to_dict() for f in dossier.facts},
            model=run,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            warnings=warnings,
        )


def _written(code: str, title: str, sentences: list[Sentence]) -> Section:
    text = " ".join(s.text for s in sentences) if sentences else None
    return Section(code, title, generated=True, text=text, sentences=sentences)
