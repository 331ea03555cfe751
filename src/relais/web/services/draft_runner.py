"""One drafting job from start to end: read the record, publish the structured preview, write
and verify the narrative, store the draft. The same code runs in a worker thread of the server
or in a drafting process (``draft_process``); it only talks to the outside through ``publish``.

Events, in order: ``status`` (reading the record), ``preview`` (every deterministic section,
the narrative still being written), one ``section`` per narrative section as soon as the model
has written it (verified: its sentences with their citations and flags), then ``done`` (the
stored draft's id) or ``error``. The stored draft, not the ``section`` events, is what counts:
a later failure (a cut answer, invalid JSON) still leaves its sections "à rédiger".
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine

from relais.config import Settings
from relais.errors import RelaisError
from relais.web.services.knowledge import KnowledgeCache

if TYPE_CHECKING:
    from relais.dossier.model import Dossier
    from relais.dossier.nlp.reader import NoteReader
    from relais.generate.draft import DraftDocument, Drafter
    from relais.generate.draft.compose import OnSection
    from relais.generate.llm.base import LLMBackend

log = logging.getLogger(__name__)
Kind = Literal["letter", "synthesis"]
Publish = Callable[[str, dict[str, Any]], None]
NO_NOTES = "Notes cliniques non lues pour ce brouillon (rôle sans accès aux notes)."
INTERNAL_ERROR = "Erreur interne pendant la rédaction : l'incident est journalisé."


@dataclass(frozen=True, slots=True)
class DraftRequest:
    """What a job asks for (picklable: it crosses to the drafting process)."""

    job_id: str
    kind: Kind
    subject: str  # stay id (letter) or patient id (synthesis)
    owner: str  # the user name recorded as the draft's author
    read_notes: bool


class DraftRunner:
    """Holds what drafts need across jobs (model, note reader, thesaurus) and runs jobs."""

    def __init__(
        self,
        *,
        settings: Settings,
        engine: Engine,
        knowledge: KnowledgeCache,
        backend: "LLMBackend | None | Literal['settings']" = "settings",
    ) -> None:
        self._settings = settings
        self._engine = engine
        self._knowledge = knowledge
        self._backend = backend
        self._backend_warning: str | None = None

    def warm(self, *, read_notes: bool) -> None:
        """Load what the first draft needs (NLP pipeline, thesaurus, verifier, model), best
        effort: the verifier's resources loaded mid-answer would hold back the first section."""
        try:
            if read_notes:
                from relais.dossier.nlp.reader import NoteReader

                NoteReader.shared()
            self._knowledge.get()
            from relais.generate.verify import default_tools

            default_tools()
            self._model()
        except Exception:  # warming is best effort: the first draft reports real errors
            log.exception("warming the drafting service failed")

    def run(self, request: DraftRequest, publish: Publish) -> None:
        """Run one job to its end: it always ends with ``done`` or ``error``."""
        from relais.generate.draft.archive import save_draft

        try:
            publish("status", {"message": "Lecture du dossier…"})
            notes = None
            if request.read_notes:
                from relais.dossier.nlp.reader import NoteReader

                notes = NoteReader.shared()
            backend = self._model()
            dossier = self._dossier(request, notes)
            preview = self._write(self._drafter(None), request, dossier)
            publish("preview", {"document": preview.to_dict(), "writing": backend is not None})
            document = preview
            if backend is not None:
                document = self._write(
                    self._drafter(backend),
                    request,
                    dossier,
                    on_section=lambda section: publish("section", {"section": section.to_dict()}),
                )
            with self._engine.begin() as conn:
                save_draft(conn, document, created_by=request.owner)
            publish("done", {"draft_id": document.id, "version": document.version})
        except RelaisError as exc:
            publish("error", {"message": str(exc)})
        except Exception:  # a job must always end, with a message the physician can act on
            log.exception("drafting job %s failed", request.job_id)
            publish("error", {"message": INTERNAL_ERROR})

    def _model(self) -> "LLMBackend | None":
        """The configured language model, made once; None (with a warning) when unusable."""
        if self._backend == "settings":
            from relais.generate.llm.factory import make_backend

            try:
                self._backend = make_backend(self._settings)
            except RelaisError as exc:
                self._backend = None
                self._backend_warning = f"Modèle de langage inutilisable : {exc}"
        return self._backend

    def _drafter(self, backend: "LLMBackend | None") -> "Drafter":
        from relais.generate.draft import Drafter
        from relais.generate.llm.factory import generation_options

        return Drafter(backend=backend, options=generation_options(self._settings))

    def _dossier(self, request: DraftRequest, notes: "NoteReader | None") -> "Dossier":
        from relais.dossier import build_patient_dossier, build_stay_dossier

        knowledge, warning = self._knowledge.get()
        with self._engine.connect() as conn:
            if request.kind == "letter":
                dossier = build_stay_dossier(
                    conn, request.subject, knowledge=knowledge, notes=notes
                )
            else:
                dossier = build_patient_dossier(
                    conn, request.subject, knowledge=knowledge, notes=notes
                )
        extra = [w for w in (warning, None if notes else NO_NOTES, self._backend_warning) if w]
        return replace(dossier, warnings=(*dossier.warnings, *extra)) if extra else dossier

    @staticmethod
    def _write(
        drafter: "Drafter",
        request: DraftRequest,
        dossier: "Dossier",
        *,
        on_section: "OnSection | None" = None,
    ) -> "DraftDocument":
        if request.kind == "letter":
            return drafter.letter(dossier, on_section=on_section)
        return drafter.synthesis(dossier, on_section=on_section)
