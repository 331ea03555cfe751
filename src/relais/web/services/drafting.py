"""Drafting jobs: a letter or a synthesis is drafted in a worker thread while the server keeps
serving; the job publishes what is ready as it goes, for the page to show progressively:

1. ``status`` — reading the record;
2. ``preview`` — every deterministic section (from the facts), the narrative still being written;
3. ``done`` — the narrative, verified, and the stored draft's id (or ``error``).

Jobs live in this process's memory for an hour (the draft itself is in the database): a page
following a job must reach the server that runs it (sticky sessions behind a load balancer).
"""

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine

from relais.config import Settings
from relais.errors import NotFound, RelaisError
from relais.web.services.knowledge import KnowledgeCache
from relais.web.settings import WebSettings

if TYPE_CHECKING:
    from relais.dossier.model import Dossier
    from relais.dossier.nlp.reader import NoteReader
    from relais.generate.draft import DraftDocument, Drafter
    from relais.generate.llm.base import LLMBackend

log = logging.getLogger(__name__)
Kind = Literal["letter", "synthesis"]
KEEP_JOBS_S = 3600.0
NO_NOTES = "Notes cliniques non lues pour ce brouillon (rôle sans accès aux notes)."


@dataclass(slots=True)
class Job:
    id: str
    kind: Kind
    subject: str  # stay id (letter) or patient id (synthesis)
    patient_id: str
    owner: str  # user name: only they follow the job
    created: float = field(default_factory=time.monotonic)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    done: bool = False
    draft_id: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "patient_id": self.patient_id,
            "done": self.done,
            "draft_id": self.draft_id,
            "error": self.error,
            "events": [name for name, _ in self.events],
        }


class DraftingService:
    """Starts drafting jobs on a small thread pool and keeps their progress."""

    def __init__(
        self,
        *,
        settings: Settings,
        web: WebSettings,
        engine: Engine,
        knowledge: KnowledgeCache,
        backend: "LLMBackend | None | Literal['settings']" = "settings",
    ) -> None:
        self._settings = settings
        self._web = web
        self._engine = engine
        self._knowledge = knowledge
        self._backend = backend
        self._backend_warning: str | None = None
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(web.draft_workers, thread_name_prefix="relais-draft")

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def warm(self) -> None:
        """Load in the background what the first draft needs (NLP pipeline, thesaurus, model
        settings), so that it does not wait tens of seconds."""
        self._executor.submit(self._warm)

    def _warm(self) -> None:
        try:
            if self._web.read_notes:
                from relais.dossier.nlp.reader import NoteReader

                NoteReader.shared()
            self._knowledge.get()
            self._model()
        except Exception:  # warming is best effort: the first draft reports real errors
            log.exception("warming the drafting service failed")

    def job(self, job_id: str) -> Job:
        with self._lock:
            found = self._jobs.get(job_id)
        if found is None:
            raise NotFound(
                f"Aucune rédaction en cours d'identifiant {job_id!r} (terminée depuis plus "
                "d'une heure, ou lancée sur un autre serveur)."
            )
        return found

    def start(
        self, *, kind: Kind, subject: str, patient_id: str, owner: str, read_notes: bool
    ) -> Job:
        job = Job(str(uuid.uuid4()), kind, subject, patient_id, owner)
        with self._lock:
            now = time.monotonic()
            for old in [j for j in self._jobs.values() if now - j.created > KEEP_JOBS_S]:
                del self._jobs[old.id]
            self._jobs[job.id] = job
        self._executor.submit(self._run, job, read_notes and self._web.read_notes)
        return job

    def _publish(self, job: Job, event: str, data: dict[str, Any]) -> None:
        with self._lock:
            job.events.append((event, data))
            if event in ("done", "error"):
                job.done = True

    def _drafter(self, backend: "LLMBackend | None") -> "Drafter":
        from relais.generate.draft import Drafter
        from relais.generate.llm.factory import generation_options

        return Drafter(backend=backend, options=generation_options(self._settings))

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

    def _dossier(self, job: Job, notes: "NoteReader | None") -> "Dossier":
        from relais.dossier import build_patient_dossier, build_stay_dossier

        knowledge, warning = self._knowledge.get()
        with self._engine.connect() as conn:
            if job.kind == "letter":
                dossier = build_stay_dossier(conn, job.subject, knowledge=knowledge, notes=notes)
            else:
                dossier = build_patient_dossier(conn, job.subject, knowledge=knowledge, notes=notes)
        extra = [w for w in (warning, None if notes else NO_NOTES) if w]
        if self._backend_warning:
            extra.append(self._backend_warning)
        if extra:
            from dataclasses import replace

            dossier = replace(dossier, warnings=(*dossier.warnings, *extra))
        return dossier

    def _write(self, drafter: "Drafter", job: Job, dossier: "Dossier") -> "DraftDocument":
        return drafter.letter(dossier) if job.kind == "letter" else drafter.synthesis(dossier)

    def _run(self, job: Job, read_notes: bool) -> None:
        from relais.generate.draft.archive import save_draft

        try:
            self._publish(job, "status", {"message": "Lecture du dossier…"})
            notes = None
            if read_notes:
                from relais.dossier.nlp.reader import NoteReader

                notes = NoteReader.shared()
            backend = self._model()
            dossier = self._dossier(job, notes)
            preview = self._write(self._drafter(None), job, dossier)
            self._publish(
                job, "preview", {"document": preview.to_dict(), "writing": backend is not None}
            )
            document = self._write(self._drafter(backend), job, dossier) if backend else preview
            with self._engine.begin() as conn:
                save_draft(conn, document, created_by=job.owner)
            job.draft_id = document.id
            self._publish(job, "done", {"draft_id": document.id, "version": document.version})
        except RelaisError as exc:
            job.error = str(exc)
            self._publish(job, "error", {"message": str(exc)})
        except Exception:  # a job must always end, with a message the physician can act on
            log.exception("drafting job %s failed", job.id)
            job.error = "Erreur interne pendant la rédaction : l'incident est journalisé."
            self._publish(job, "error", {"message": job.error})
