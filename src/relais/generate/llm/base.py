"""The LLM interface: messages in, text (optionally constrained to a JSON schema) out.

Every backend returns a ``Completion`` that records what was asked and what it cost, so that a
generation can be logged and reproduced (model, prompt hash, options, tokens, duration).
"""

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

import orjson

from relais.errors import LLMBadOutput

Message = dict[str, str]
JsonSchema = dict[str, Any]
OnText = Callable[[str], None]  # called with the whole text received so far, as it grows


@dataclass(frozen=True, slots=True)
class GenerationOptions:
    """Deterministic by default: temperature 0 and a fixed seed."""

    temperature: float = 0.0
    seed: int = 0
    max_tokens: int = 512
    timeout_s: float = 120.0
    retries: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_OPTIONS = GenerationOptions()


@dataclass(frozen=True, slots=True)
class Completion:
    text: str
    backend: str
    model: str
    prompt_hash: str
    prompt_tokens: int | None
    completion_tokens: int | None
    duration_s: float
    finish_reason: str | None


class LLMBackend(Protocol):
    """Implemented by ``EmbeddedBackend`` (llama.cpp in-process) and ``OpenAICompatibleBackend``."""

    name: str

    @property
    def model(self) -> str: ...

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: JsonSchema | None = None,
        options: GenerationOptions = DEFAULT_OPTIONS,
        on_text: OnText | None = None,
    ) -> Completion:
        """The whole answer. With ``on_text`` the answer is streamed: ``on_text`` receives the
        text so far each time it grows (from the start again if a retry restarts it)."""
        ...


def prompt_hash(messages: Sequence[Message], schema: JsonSchema | None) -> str:
    """SHA-256 of the exact request (messages and schema), to find identical generations."""
    payload = orjson.dumps(
        {"messages": list(messages), "schema": schema}, option=orjson.OPT_SORT_KEYS
    )
    return hashlib.sha256(payload).hexdigest()


def parse_json_output(completion: Completion) -> Any:
    """The completion's JSON. Raw control characters inside strings are accepted (llama.cpp's
    JSON grammar lets a model write a literal newline); anything else that is not JSON fails."""
    try:
        return json.loads(completion.text, strict=False)
    except ValueError as exc:
        raise LLMBadOutput(
            f"{completion.backend} model {completion.model} did not return valid JSON "
            f"({exc}; finish reason {completion.finish_reason}): {completion.text[:200]!r}"
        ) from exc
