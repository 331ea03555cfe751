"""Drafts written in separate processes: the job's events reach the server, the drafting process
runs at a lower CPU priority, and a drafting process that dies costs its own job only."""

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from relais.config import Settings
from relais.web.services.draft_process import WORKER_LOST
from relais.web.services.drafting import DraftingService, Job
from relais.web.services.knowledge import KnowledgeCache
from relais.web.settings import WebSettings
from tests.web.conftest import SQLITE_ONLY, USERS
from tests.web.model_server import model_server
from tests.web.records import PATIENT, STAY


def wait_for(condition: Callable[[], bool], what: str, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.1)


def events(job: Job) -> list[str]:
    return [name for name, _ in job.events]


@SQLITE_ONLY  # nothing here depends on the database; test_api drafts through processes on both
def test_a_dying_drafting_process_costs_its_job_only(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    gate = threading.Event()  # the model answers once the first drafting process is killed
    with model_server(gate=gate) as url:
        settings = Settings(
            database_url=database_url,
            data_dir=tmp_path,
            llm_backend="openai",
            llm_url=url,
            llm_model="m",
            llm_timeout_s=120,
            llm_retries=0,
        )
        service = DraftingService(
            settings=settings,
            web=WebSettings(read_notes=False),
            engine=hospital_db,
            knowledge=KnowledgeCache(hospital_db),
        )
        owner = USERS["physician"][0]
        try:
            first = service.start(
                kind="letter", subject=STAY, patient_id=PATIENT, owner=owner, read_notes=False
            )
            # The structured sections came back from the other process; the model is asked.
            wait_for(lambda: "preview" in events(first), "the preview")
            children = [p for p in multiprocessing.active_children() if p.name == "relais-draft"]
            assert len(children) == 1 and children[0].pid != os.getpid()
            pid = children[0].pid
            assert pid is not None
            mine = os.getpriority(os.PRIO_PROCESS, 0)
            assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, mine + 10)

            os.kill(pid, signal.SIGKILL)
            wait_for(lambda: first.done, "the end of the killed job")
            assert first.error == WORKER_LOST and first.draft_id is None
            assert events(first) == ["status", "preview", "error"]

            gate.set()
            second = service.start(
                kind="letter", subject=STAY, patient_id=PATIENT, owner=owner, read_notes=False
            )
            wait_for(lambda: second.done, "the next job, in a new drafting process")
            assert second.error is None and second.draft_id
            assert events(second) == ["status", "preview", "section", "section", "done"]
            preview = dict(second.events)["preview"]
            assert preview["writing"] is True and preview["document"]["kind"] == "lettre_de_liaison"
        finally:
            gate.set()
            service.shutdown()
    assert not [p for p in multiprocessing.active_children() if p.name == "relais-draft"]
