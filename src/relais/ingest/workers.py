"""Validation worker processes that cannot hang the import when one of them dies.

Why not ``concurrent.futures.ProcessPoolExecutor``: its workers share one result queue
guarded by a process-shared lock, and its manager thread reads that queue. A worker killed
while writing a result (the out-of-memory killer, an operator's ``kill -9``) leaves half a
message in the pipe and the lock held: the manager waits for the rest forever, the other
workers wait for the lock forever, and the import never ends (reproduced on CPython 3.11 by
killing a worker that returns a large result). Here each worker has its own task queue and
its own result pipe, read by the importer's thread directly: nothing is shared between
workers, and a dead worker's pipe reads as end-of-file, which is reported as
:class:`WorkerLost`.

Chunks go to the workers in turn and results are read back in the same turn, so they come
back in input order (what the importer needs) without any bookkeeping.
"""

import multiprocessing
import pickle
import signal
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import Any, Generic, TypeVar

from relais.errors import RelaisError

Task = TypeVar("Task")
Result = TypeVar("Result")

STOP_SECONDS = 5.0  # a worker asked to stop that has not within this is killed


class WorkerLost(RelaisError):
    """A worker process died (killed, out of memory) before returning its result."""

    def __init__(self, message: str, exitcode: int | None) -> None:
        super().__init__(message)
        self.exitcode = exitcode

    @property
    def cause(self) -> str:
        """Why, as far as the exit code tells (negative: the signal that ended it)."""
        if self.exitcode is not None and self.exitcode < 0:
            return f"killed by signal {-self.exitcode}: out of memory, or stopped by someone"
        return f"exit code {self.exitcode}: its error is printed above"


class WorkerFailed(RelaisError):
    """The function raised in a worker process; the message carries its traceback."""


@dataclass(frozen=True)
class _Failure:
    traceback: str


def _serve(function: Callable[[Any], Any], tasks: "Queue[Any]", results: Connection) -> None:
    """A worker's loop: one task in, one result (or its failure) out, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while (task := tasks.get()) is not None:
        try:
            result = function(task)
        except Exception:
            result = _Failure(traceback.format_exc())
        try:
            results.send(result)  # pickles first: a result that cannot be pickled sends nothing
        except (pickle.PicklingError, TypeError, AttributeError):
            results.send(_Failure(traceback.format_exc()))


@dataclass
class _Worker:
    process: BaseProcess
    tasks: "Queue[Any]"
    results: Connection


class OrderedWorkers(Generic[Task, Result]):
    """``count`` processes applying ``function``; results come back in submission order."""

    def __init__(
        self,
        function: Callable[[Task], Result],
        count: int,
        context: BaseContext | None = None,
    ) -> None:
        context = context or multiprocessing.get_context()
        self._workers: list[_Worker] = []
        for _ in range(count):
            tasks: Queue[Any] = context.Queue()
            tasks.cancel_join_thread()  # never wait at exit to deliver to a dead worker
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(  # type: ignore[attr-defined]
                target=_serve, args=(function, tasks, writer), daemon=True
            )
            process.start()
            writer.close()  # the worker holds the only write end: its death reads as EOF
            self._workers.append(_Worker(process, tasks, reader))
        self._submitted = 0
        self._pending: deque[_Worker] = deque()

    @property
    def pending(self) -> int:
        """Tasks submitted whose result has not been taken yet."""
        return len(self._pending)

    def submit(self, task: Task) -> None:
        worker = self._workers[self._submitted % len(self._workers)]
        self._submitted += 1
        worker.tasks.put(task)
        self._pending.append(worker)

    def next_result(self) -> Result:
        """The result of the oldest pending task; WorkerLost if its worker died first."""
        worker = self._pending.popleft()
        wait([worker.results, worker.process.sentinel])
        try:
            if worker.results.poll():
                result = worker.results.recv()
            else:
                raise EOFError
        except (EOFError, OSError) as exc:  # died before or while sending its result
            worker.process.join(1)
            code = worker.process.exitcode
            raise WorkerLost(
                f"validation worker process {worker.process.pid} stopped (exit code {code})", code
            ) from exc
        if isinstance(result, _Failure):
            raise WorkerFailed(f"a validation worker failed:\n{result.traceback}")
        return result  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop the workers: ask and wait a little, or, with results left unread, kill them."""
        if not self._pending:
            for worker in self._workers:
                worker.tasks.put(None)
            for worker in self._workers:
                worker.process.join(STOP_SECONDS)
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.tasks.close()
            worker.results.close()
        self._workers.clear()
        self._pending.clear()
