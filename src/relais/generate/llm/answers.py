"""An OpenAI-compatible server's answer, read whole (one JSON body) or streamed (server-sent
events: ``data: {chunk}`` lines, each with ``choices[0].delta.content``, until ``data: [DONE]``).

Usage may be missing from a stream (servers send it only when asked, and some never do).
"""

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from relais.errors import LLMBadOutput, LLMUnavailable
from relais.generate.llm.base import OnText

DONE = "[DONE]"


class StreamCut(Exception):
    """The stream stopped before the answer's end: retried like a dropped connection."""


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    model: str | None
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None


def answer_of_body(body: Any, where: str) -> Answer:
    """The answer of a whole (non-streamed) JSON body."""
    if not isinstance(body, dict):
        raise LLMBadOutput(f"the LLM server at {where} answered an unexpected shape")
    try:
        choice = body["choices"][0]
        text = choice["message"]["content"]
        if not isinstance(text, str):
            raise TypeError("content is not text")
    except (KeyError, IndexError, TypeError) as exc:
        raise LLMBadOutput(f"the LLM server at {where} answered without a message: {exc}") from exc
    usage = body.get("usage") or {}
    return Answer(
        text=text,
        model=body.get("model"),
        finish_reason=choice.get("finish_reason"),
        prompt_tokens=usage.get("prompt_tokens"),
        completion_tokens=usage.get("completion_tokens"),
    )


def read_stream(
    lines: Iterable[str], where: str, *, on_text: OnText | None, deadline: float, limit_s: float
) -> Answer:
    """Reassemble a streamed answer, calling ``on_text`` with the text so far as it grows."""
    text = ""
    model: str | None = None
    finish: str | None = None
    usage: dict[str, Any] = {}
    for line in lines:
        if time.monotonic() > deadline:
            raise StreamCut(f"no complete answer within {limit_s:g} s")
        if not line.startswith("data:"):
            continue  # comments, event names, keep-alives, blank separators
        data = line[5:].strip()
        if data == DONE:
            break
        chunk = _chunk(data, where)
        model = chunk.get("model") or model
        usage = chunk.get("usage") or usage
        choices = chunk.get("choices") or []  # the usage chunk has none
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            continue
        content = (choices[0].get("delta") or {}).get("content")
        if isinstance(content, str) and content:
            text += content
            if on_text is not None:
                on_text(text)
        finish = choices[0].get("finish_reason") or finish
    else:
        if finish is None:
            raise StreamCut("the answer stopped before its end")
    return Answer(
        text=text,
        model=model,
        finish_reason=finish,
        prompt_tokens=usage.get("prompt_tokens"),
        completion_tokens=usage.get("completion_tokens"),
    )


def _chunk(data: str, where: str) -> dict[str, Any]:
    try:
        chunk = json.loads(data)
    except ValueError as exc:
        raise LLMBadOutput(
            f"the LLM server at {where} streamed something that is not JSON: {data[:200]!r}"
        ) from exc
    if not isinstance(chunk, dict):
        raise LLMBadOutput(f"the LLM server at {where} streamed an unexpected shape")
    if chunk.get("error"):
        raise LLMUnavailable(
            f"the LLM server at {where} stopped with an error: {str(chunk['error'])[:300]}"
        )
    return chunk
