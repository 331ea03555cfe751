"""Run batch writes on one background thread while the caller keeps validating.

Database drivers release the GIL while the server (or SQLite) works, so writing batch *n*
overlaps validating batch *n+1*. One thread keeps batches in order; the bounded queue keeps
memory flat; an error in the thread is re-raised in the caller at the next submit or at close.
"""

import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
_STOP = object()


class BackgroundWorker(Generic[Item]):
    def __init__(self, handle: Callable[[Item], None], *, depth: int = 2) -> None:
        self._handle = handle
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._aborted = False
        self._thread = threading.Thread(target=self._loop, name="relais-writer", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self._error is None and not self._aborted:  # after a failure, nothing more
                try:
                    self._handle(item)  # type: ignore[arg-type]
                except BaseException as exc:  # noqa: BLE001 - handed to the caller
                    self._error = exc

    def _raise_pending(self) -> None:
        if self._error is not None:
            raise self._error

    def submit(self, item: Item) -> None:
        self._raise_pending()
        self._queue.put(item)

    def close(self) -> None:
        """Wait for every submitted item; re-raise the first error of the thread."""
        self._queue.put(_STOP)
        self._thread.join()
        self._raise_pending()

    def abort(self) -> None:
        """Drop what is still queued, let the item in hand finish, and stop (never raises).

        Called when the import fails, so that no batch is written after the failure is
        reported and the counts in the report are final.
        """
        self._aborted = True
        if not self._thread.is_alive():
            return
        try:
            while True:
                self._queue.get_nowait()
        except queue.Empty:
            pass
        self._queue.put(_STOP)
        self._thread.join()
