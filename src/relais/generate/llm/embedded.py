"""llama.cpp in-process (``llama-cpp-python``) on a local GGUF file: the zero-setup default.

The model is loaded once, on first use, and calls are serialised (one llama.cpp context is not
thread-safe). Generation is streamed so that a deadline can stop it: llama.cpp has no timeout
of its own. A JSON schema constrains the output through llama.cpp's grammar.
"""

import os
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from relais.errors import LLMUnavailable
from relais.generate.llm.base import (
    DEFAULT_OPTIONS,
    Completion,
    GenerationOptions,
    JsonSchema,
    Message,
    OnText,
    prompt_hash,
)


class EmbeddedBackend:
    name = "embedded"

    def __init__(
        self, model_path: Path, *, context_tokens: int = 4096, threads: int | None = None
    ) -> None:
        self.model_path = model_path
        self.context_tokens = context_tokens
        # Half the CPUs by default: llama.cpp slows ~10x when its threads compete with other work.
        self.threads = threads or max(1, (os.cpu_count() or 2) // 2)
        self._llama: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> str:
        return self.model_path.name

    def _load(self) -> Any:
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise LLMUnavailable(
                    "llama-cpp-python is not installed: run `make install`."
                ) from exc
            try:
                self._llama = Llama(
                    model_path=str(self.model_path),
                    n_ctx=self.context_tokens,
                    n_threads=self.threads,
                    seed=0,
                    verbose=False,
                )
            except (ValueError, RuntimeError, OSError) as exc:
                raise LLMUnavailable(f"cannot load the model {self.model_path}: {exc}") from exc
        return self._llama

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: JsonSchema | None = None,
        options: GenerationOptions = DEFAULT_OPTIONS,
        on_text: OnText | None = None,
    ) -> Completion:
        return _collect(
            self.stream(messages, schema=schema, options=options),
            self,
            messages,
            schema,
            on_text=on_text,
        )

    def stream(
        self,
        messages: Sequence[Message],
        *,
        schema: JsonSchema | None = None,
        options: GenerationOptions = DEFAULT_OPTIONS,
    ) -> Iterator[dict[str, Any]]:
        """Yield llama.cpp stream chunks; stop with LLMUnavailable past the deadline."""
        with self._lock:
            llama = self._load()
            deadline = time.monotonic() + options.timeout_s
            response_format = (
                {"type": "json_object", "schema": schema} if schema is not None else None
            )
            chunks = llama.create_chat_completion(
                messages=list(messages),
                temperature=options.temperature,
                seed=options.seed,
                max_tokens=options.max_tokens,
                response_format=response_format,
                stream=True,
            )
            try:
                for chunk in chunks:
                    yield chunk
                    if time.monotonic() > deadline:
                        raise LLMUnavailable(
                            f"the embedded model did not finish within {options.timeout_s:g} s"
                        )
            finally:
                chunks.close()

    def count_tokens(self, text: str) -> int:
        with self._lock:
            return len(self._load().tokenize(text.encode("utf-8"), add_bos=False))


def _collect(
    chunks: Iterator[dict[str, Any]],
    backend: EmbeddedBackend,
    messages: Sequence[Message],
    schema: JsonSchema | None,
    *,
    on_text: OnText | None = None,
) -> Completion:
    start = time.monotonic()
    parts: list[str] = []
    finish: str | None = None
    pieces = 0
    for chunk in chunks:
        choice = chunk["choices"][0]
        content = (choice.get("delta") or {}).get("content")
        if content:
            parts.append(content)
            pieces += 1
            if on_text is not None:
                on_text("".join(parts))
        finish = choice.get("finish_reason") or finish
    text = "".join(parts)
    prompt = "\n".join(m["content"] for m in messages)
    return Completion(
        text=text,
        backend=backend.name,
        model=backend.model,
        prompt_hash=prompt_hash(messages, schema),
        prompt_tokens=backend.count_tokens(prompt),
        completion_tokens=pieces,
        duration_s=time.monotonic() - start,
        finish_reason=finish,
    )
