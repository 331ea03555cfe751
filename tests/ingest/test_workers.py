"""The validation workers: ordered results, and a dead worker reported, never waited for."""

import math
import multiprocessing
import os
import signal
import time
from multiprocessing.connection import wait

import pytest

from relais.ingest.workers import OrderedWorkers, WorkerFailed, WorkerLost

FORKSERVER = multiprocessing.get_context("forkserver")


def test_results_come_back_in_submission_order() -> None:
    workers: OrderedWorkers[float, float] = OrderedWorkers(math.sqrt, 2, FORKSERVER)
    try:
        values = [float(n * n) for n in range(25)]
        results = []
        for value in values:
            workers.submit(value)
            if workers.pending >= 4:
                results.append(workers.next_result())
        while workers.pending:
            results.append(workers.next_result())
    finally:
        workers.close()
    assert results == [float(n) for n in range(25)]


def test_an_exception_in_a_worker_is_reported_with_its_traceback() -> None:
    workers: OrderedWorkers[float, float] = OrderedWorkers(math.sqrt, 2, FORKSERVER)
    try:
        workers.submit(-1.0)
        with pytest.raises(WorkerFailed, match="math domain error"):
            workers.next_result()
        workers.submit(9.0)  # the worker goes on with the next task
        assert workers.next_result() == 3.0
    finally:
        workers.close()


@pytest.mark.slow
def test_a_worker_killed_while_sending_its_result_is_reported_not_waited_for() -> None:
    """The case that hangs ProcessPoolExecutor: half a result in the pipe, the writer dead."""
    workers: OrderedWorkers[int, bytes] = OrderedWorkers(bytes, 2, FORKSERVER)
    try:
        workers.submit(50_000_000)  # far more than a pipe holds: the worker blocks writing
        workers.submit(10)
        first = workers._workers[0]  # noqa: SLF001 - the test needs the process and its pipe
        assert wait([first.results], timeout=60), "the worker never started its result"
        time.sleep(0.2)  # the pipe's buffer is full: the worker is inside send()
        assert first.process.pid is not None
        os.kill(first.process.pid, signal.SIGKILL)
        started = time.monotonic()
        with pytest.raises(WorkerLost, match="exit code -9") as lost:
            workers.next_result()
        assert time.monotonic() - started < 10
        assert "killed by signal 9" in lost.value.cause
        assert workers.next_result() == bytes(10)  # the other worker was not blocked
    finally:
        workers.close()


def test_close_kills_workers_whose_results_were_never_read() -> None:
    workers: OrderedWorkers[int, bytes] = OrderedWorkers(bytes, 2, FORKSERVER)
    processes = [worker.process for worker in workers._workers]  # noqa: SLF001
    workers.submit(50_000_000)
    time.sleep(0.5)
    started = time.monotonic()
    workers.close()
    assert time.monotonic() - started < 5
    assert all(not process.is_alive() for process in processes)


def test_a_result_that_cannot_be_pickled_is_a_failure_not_a_lost_worker() -> None:
    workers: OrderedWorkers[str, object] = OrderedWorkers(open, 1, FORKSERVER)  # a file object
    try:
        workers.submit(os.devnull)
        with pytest.raises(WorkerFailed, match="pickle"):
            workers.next_result()
    finally:
        workers.close()
