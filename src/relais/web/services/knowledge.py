"""The medication-safety knowledge (ANSM thesaurus, BDPM), loaded once and kept for a while:
loading takes about a second, every patient page and draft needs it."""

import threading
import time
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from relais.safety.knowledge import Knowledge

KEEP_S = 600.0  # reload after this long (a new thesaurus edition is seen within 10 minutes)


class KnowledgeCache:
    def __init__(self, engine: Engine, *, keep_s: float = KEEP_S) -> None:
        self._engine = engine
        self._keep_s = keep_s
        self._lock = threading.Lock()
        self._loaded: tuple[float, Knowledge | None, str | None] | None = None

    def get(self) -> "tuple[Knowledge | None, str | None]":
        """The knowledge, or None with the warning to show (no thesaurus loaded)."""
        from relais.generate.draft.service import safety_knowledge

        with self._lock:
            now = time.monotonic()
            if self._loaded is None or now - self._loaded[0] > self._keep_s:
                with self._engine.connect() as conn:
                    knowledge, warning = safety_knowledge(conn)
                self._loaded = (now, knowledge, warning)
            return self._loaded[1], self._loaded[2]
