"""Drafting jobs: a letter or a synthesis is drafted while the server keeps serving; the job
publishes what is ready as it goes, for the page to show progressively:

1. ``status`` — reading the record;
2. ``preview`` — every deterministic section (from the facts), the narrative still being written;
3. ``done`` — the narrative, verified, and the stored draft's id (or ``error``).

With the configured language model, jobs run in separate drafting processes at a lower CPU
priority (``draft_process``: pages stay fast, a crash of the model runtime costs one job, not
the server); with a model object given by the caller, or none, in a worker thread.

Jobs live in this process's memory for an hour (the draft itself is in the database): a page
following a job must reach the server that runs it (sticky sessions behind a load balancer).
"""

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine

from relais.config import Settings
from relais.errors import NotFound
from relais.web.services.draft_process import DraftProcesses
from relais.web.services.draft_runner import DraftRequest, DraftRunner
from relais.web.services.draft_runner import Kind as Kind  # the routes name jobs' kinds
from relais.web.services.knowledge import KnowledgeCache
from relais.web.settings import WebSettings

if TYPE_CHECKING:
    from relais.generate.llm.base import LLMBackend

KEEP_JOBS_S = 3600.0


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
    """Starts drafting jobs (drafting processes or a thread pool) and keeps their progress."""

    def __init__(
        self,
        *,
        settings: Settings,
        web: WebSettings,
        engine: Engine,
        knowledge: KnowledgeCache,
        backend: "LLMBackend | None | Literal['settings']" = "settings",
        processes: bool | None = None,
    ) -> None:
        """``processes``: draft in separate processes (default: when the model comes from the
        settings; a model object given here cannot cross to another process)."""
        self._web = web
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        use_processes = backend == "settings" if processes is None else processes
        self._processes: DraftProcesses | None = None
        self._runner: DraftRunner | None = None
        self._executor: ThreadPoolExecutor | None = None
        if use_processes:
            self._processes = DraftProcesses(
                settings, workers=web.draft_workers, on_event=self._on_event
            )
        else:
            self._runner = DraftRunner(
                settings=settings, engine=engine, knowledge=knowledge, backend=backend
            )
            self._executor = ThreadPoolExecutor(
                web.draft_workers, thread_name_prefix="relais-draft"
            )

    def shutdown(self) -> None:
        if self._processes is not None:
            self._processes.shutdown()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    def warm(self) -> None:
        """Load in the background what the first draft needs (NLP pipeline, thesaurus, model
        settings), so that it does not wait tens of seconds."""
        if self._processes is not None:
            self._processes.warm(read_notes=self._web.read_notes)
        elif self._executor is not None and self._runner is not None:
            self._executor.submit(self._runner.warm, read_notes=self._web.read_notes)

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
        request = DraftRequest(job.id, kind, subject, owner, read_notes and self._web.read_notes)
        if self._processes is not None:
            self._processes.submit(request)
        elif self._executor is not None and self._runner is not None:
            self._executor.submit(self._runner.run, request, partial(self._publish, job))
        return job

    def _on_event(self, job_id: str, event: str, data: dict[str, Any]) -> None:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is not None:
            self._publish(job, event, data)

    def _publish(self, job: Job, event: str, data: dict[str, Any]) -> None:
        with self._lock:
            if event == "done":
                job.draft_id = str(data["draft_id"])
            elif event == "error":
                job.error = str(data["message"])
            job.events.append((event, data))
            if event in ("done", "error"):
                job.done = True
