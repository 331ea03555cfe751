"""Drafting processes: drafts written outside the server's process, at a lower CPU priority.

Why: reading the notes (NLP) and running the language model hold a core — and, for the Python
parts, the interpreter lock — for seconds to minutes. In the server's own process they slow every
page of every user; a native crash of the model runtime would take the workspace down with it.
Here each drafting process is spawned fresh (no state shared with the server but the database),
lowered with ``nice``, and watched: if one dies, its running job ends with an error, the pages
keep working, and a new process takes the next jobs.

Jobs go to the processes through one queue; their events (``draft_runner``) come back through
another, read by a relay thread of the server that hands them to ``on_event``.
"""

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable
from functools import partial
from multiprocessing.process import BaseProcess
from typing import Any

from relais.config import Settings
from relais.web.services.draft_runner import DraftRequest

log = logging.getLogger(__name__)
OnEvent = Callable[[str, str, dict[str, Any]], None]  # job id, event name, data
WORKER_LOST = (
    "Le processus de rédaction s'est arrêté de façon inattendue (mémoire insuffisante ou "
    "arrêt du modèle de langage) : relancez la rédaction ; l'incident est journalisé."
)
_WARM = "warm"
_STOP = "stop"
_STARTED = "started"


def _put_event(events: Any, job_id: str, name: str, data: dict[str, Any]) -> None:
    events.put((job_id, name, data))


def _serve(settings: Settings, niceness: int, requests: Any, events: Any) -> None:
    """A drafting process: take jobs from ``requests`` until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    with contextlib.suppress(OSError):
        os.nice(niceness)
    from relais.store.engine import make_engine
    from relais.web.services.draft_runner import DraftRunner
    from relais.web.services.knowledge import KnowledgeCache

    engine = make_engine(settings.resolved_database_url())
    runner = DraftRunner(settings=settings, engine=engine, knowledge=KnowledgeCache(engine))
    pid = os.getpid()
    while True:
        item = requests.get()
        if item == _STOP:
            break
        if isinstance(item, tuple) and item[0] == _WARM:
            runner.warm(read_notes=bool(item[1]))
            continue
        request: DraftRequest = item
        events.put((request.job_id, _STARTED, {"pid": pid}))
        runner.run(request, partial(_put_event, events, request.job_id))
    engine.dispose()


class DraftProcesses:
    """``workers`` drafting processes, started on first use and replaced when one dies."""

    def __init__(
        self, settings: Settings, *, workers: int, on_event: OnEvent, niceness: int = 10
    ) -> None:
        self._settings = settings
        self._workers = workers
        self._on_event = on_event
        self._niceness = niceness
        self._context = multiprocessing.get_context("spawn")
        self._requests: Any = self._context.Queue()
        self._events: Any = self._context.Queue()
        self._processes: list[BaseProcess] = []
        self._running: dict[str, int] = {}  # job id → pid of the process drafting it
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._relay: threading.Thread | None = None

    def submit(self, request: DraftRequest) -> None:
        self._ensure_started()
        self._requests.put(request)

    def warm(self, *, read_notes: bool) -> None:
        """Start the processes and have each load the model, the NLP pipeline, the thesaurus."""
        self._ensure_started()
        for _ in range(self._workers):
            self._requests.put((_WARM, read_notes))

    def shutdown(self) -> None:
        self._closed.set()
        with self._lock:
            processes = list(self._processes)
        for _ in processes:
            self._requests.put(_STOP)
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
        if self._relay is not None:
            self._relay.join(timeout=5)

    def _ensure_started(self) -> None:
        with self._lock:
            if self._closed.is_set():
                raise RuntimeError("drafting processes already shut down")
            while len(self._processes) < self._workers:
                self._processes.append(self._spawn())
            if self._relay is None:
                self._relay = threading.Thread(
                    target=self._relay_events, name="relais-draft-relay", daemon=True
                )
                self._relay.start()

    def _spawn(self) -> BaseProcess:
        process = self._context.Process(
            target=_serve,
            args=(self._settings, self._niceness, self._requests, self._events),
            name="relais-draft",
            daemon=True,
        )
        process.start()
        return process

    def _relay_events(self) -> None:
        while not self._closed.is_set():
            try:
                job_id, name, data = self._events.get(timeout=0.5)
            except queue.Empty:
                self._replace_dead()
                continue
            except (EOFError, OSError):  # queue closed at shutdown
                return
            with self._lock:
                if name == _STARTED:
                    self._running[job_id] = int(data["pid"])
                    continue
                if name in ("done", "error"):
                    self._running.pop(job_id, None)
            self._on_event(job_id, name, data)

    def _replace_dead(self) -> None:
        """End the jobs of a process that died with an error, and start its replacement."""
        lost: list[str] = []
        with self._lock:
            for index, process in enumerate(self._processes):
                if process.is_alive() or self._closed.is_set():
                    continue
                log.error("drafting process %s died (exit code %s)", process.pid, process.exitcode)
                its_jobs = [job for job, pid in self._running.items() if pid == process.pid]
                for job in its_jobs:
                    del self._running[job]
                lost += its_jobs
                self._processes[index] = self._spawn()
        for job in lost:
            self._on_event(job, "error", {"message": WORKER_LOST})
