"""The OpenAI-compatible backend, streamed, against real HTTP servers on loopback: the text
reassembled as it arrives, a server that answers whole, a stream cut short, a broken stream."""

from collections.abc import Iterator
from typing import Any

import pytest

from relais.errors import LLMBadOutput, LLMUnavailable
from relais.generate.llm.base import GenerationOptions
from relais.generate.llm.http import OpenAICompatibleBackend
from tests.llm_server import EVENT_STREAM, Scripted, ok, scripted_server, streamed

MESSAGES = [{"role": "user", "content": "Motif d'hospitalisation ?"}]
ANSWER = '{"motif": [{"texte": "Dyspnée d\'effort « NYHA III », œdèmes.", "faits": ["F1"]}]}'
FAST = GenerationOptions(timeout_s=2, retries=1)


@pytest.fixture
def server() -> Iterator[tuple[str, type[Scripted]]]:
    with scripted_server() as found:
        yield found


def complete(url: str, seen: list[str], options: GenerationOptions = FAST) -> Any:
    backend = OpenAICompatibleBackend(base_url=url, model="mistral-small")
    return backend.complete(MESSAGES, options=options, on_text=seen.append)


def test_the_text_arrives_piece_by_piece_and_is_reassembled(server: Any) -> None:
    url, handler = server
    handler.script.append(streamed(ANSWER, piece=4))
    seen: list[str] = []
    completion = complete(url, seen)
    assert handler.received[0]["stream"] is True
    assert completion.text == ANSWER and seen[-1] == ANSWER
    assert len(seen) == -(-len(ANSWER) // 4)  # once per piece, each the text so far
    assert all(later.startswith(earlier) for earlier, later in zip(seen, seen[1:], strict=False))
    assert (completion.finish_reason, completion.model) == ("stop", "mistral-small")
    assert (completion.prompt_tokens, completion.completion_tokens) == (12, None)


def test_without_a_listener_nothing_is_streamed(server: Any) -> None:
    url, handler = server
    handler.script.append(ok(ANSWER))
    backend = OpenAICompatibleBackend(base_url=url, model="m")
    assert backend.complete(MESSAGES, options=FAST).text == ANSWER
    assert handler.received[0]["stream"] is False


def test_a_server_that_answers_whole_still_works(server: Any) -> None:
    url, handler = server
    handler.script.append(ok(ANSWER))  # "stream": true ignored: one JSON body
    seen: list[str] = []
    completion = complete(url, seen)
    assert completion.text == ANSWER and seen == [ANSWER]
    assert (completion.prompt_tokens, completion.completion_tokens) == (12, 5)


def test_a_stream_cut_short_is_retried_from_the_start(server: Any) -> None:
    url, handler = server
    handler.script.extend([streamed(ANSWER, complete=False), streamed(ANSWER, piece=10)])
    seen: list[str] = []
    assert complete(url, seen).text == ANSWER
    restart = next(
        i for i, (a, b) in enumerate(zip(seen, seen[1:], strict=False)) if len(b) < len(a)
    )
    assert ANSWER.startswith(seen[restart]) and seen[restart + 1] == ANSWER[:10]
    assert len(handler.received) == 2


def test_a_stream_always_cut_short_is_unavailable(server: Any) -> None:
    url, handler = server
    handler.default = streamed(ANSWER, complete=False)
    with pytest.raises(LLMUnavailable, match="stopped before its end"):
        complete(url, [])
    assert len(handler.received) == 2  # FAST: one retry


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        ("data: <html>proxy</html>\n\n", LLMBadOutput, "not JSON"),
        ('data: {"error": {"message": "CUDA out of memory"}}\n\n', LLMUnavailable, "CUDA"),
    ],
)
def test_a_broken_stream_fails_clearly(
    server: Any, body: str, error: type[Exception], message: str
) -> None:
    url, handler = server
    handler.script.append((200, body, EVENT_STREAM))
    with pytest.raises(error, match=message):
        complete(url, [])
    assert len(handler.received) == 1
