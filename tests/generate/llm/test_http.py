"""The OpenAI-compatible backend against real HTTP servers on loopback: good, down, garbage."""

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from relais.errors import LLMBadOutput, LLMUnavailable
from relais.generate.llm.base import GenerationOptions
from relais.generate.llm.http import OpenAICompatibleBackend
from tests.llm_server import Scripted, ok, scripted_server

MESSAGES = [{"role": "user", "content": "Motif d'hospitalisation ?"}]
SCHEMA = {"type": "object", "properties": {"texte": {"type": "string", "maxLength": 50}}}
FAST = GenerationOptions(timeout_s=2, retries=1)


@pytest.fixture
def server() -> Iterator[tuple[str, type[Scripted]]]:
    with scripted_server() as found:
        yield found


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (
            "json_schema",
            {
                "type": "json_schema",
                "json_schema": {"name": "relais_output", "schema": SCHEMA, "strict": True},
            },
        ),
        ("json_object", {"type": "json_object", "schema": SCHEMA}),
    ],
)
def test_schema_is_sent_the_way_the_server_understands(
    server: Any, mode: Any, expected: Any
) -> None:
    url, handler = server
    handler.script.append(ok('{"texte": "Dyspnée"}'))
    backend = OpenAICompatibleBackend(base_url=url, model="mistral-small", schema_mode=mode)
    completion = backend.complete(MESSAGES, schema=SCHEMA, options=FAST)
    request = handler.received[0]
    assert request["response_format"] == expected
    assert (request["temperature"], request["seed"]) == (0.0, 0)
    assert completion.text == '{"texte": "Dyspnée"}'
    assert (completion.prompt_tokens, completion.completion_tokens, completion.model) == (
        12,
        5,
        "mistral-small",
    )
    assert len(completion.prompt_hash) == 64


def test_transient_errors_are_retried(server: Any) -> None:
    url, handler = server
    handler.script.extend([(503, "busy"), ok("bonjour")])
    backend = OpenAICompatibleBackend(base_url=url, model="m")
    assert backend.complete(MESSAGES, options=FAST).text == "bonjour"
    assert len(handler.received) == 2


@pytest.mark.parametrize(
    "answer",
    [
        (200, "<html>proxy error</html>"),
        (200, '{"choices": []}'),
        (200, '{"choices": [{"message": {"content": null}}]}'),
    ],
)
def test_garbage_answers_are_bad_output(server: Any, answer: tuple[int, str]) -> None:
    url, handler = server
    handler.script.append(answer)
    with pytest.raises(LLMBadOutput):
        OpenAICompatibleBackend(base_url=url, model="m").complete(MESSAGES, options=FAST)


def test_a_refused_request_is_not_retried(server: Any) -> None:
    url, handler = server
    handler.script.append((400, '{"error": "unknown model"}'))
    with pytest.raises(LLMUnavailable, match="refused"):
        OpenAICompatibleBackend(base_url=url, model="m").complete(MESSAGES, options=FAST)
    assert len(handler.received) == 1


def test_a_server_that_is_down_is_unavailable_with_a_hint() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = OpenAICompatibleBackend(base_url=f"http://127.0.0.1:{port}", model="m")
    with pytest.raises(LLMUnavailable, match="RELAIS_LLM_URL"):
        backend.complete(MESSAGES, options=GenerationOptions(timeout_s=1, retries=1))
