"""Any OpenAI-compatible chat server: vLLM, llama.cpp ``llama-server``, Ollama, on-premise Mistral.

Structured output is asked the way each server understands it (``schema_mode``): vLLM and
llama-server take ``response_format={"type": "json_schema", …}``; the llama-cpp-python server
takes ``{"type": "json_object", "schema": …}`` and rejects ``json_schema`` (see FINDINGS).
Connection errors, timeouts, 429 and 5xx are retried with a short backoff; the rest fail at once.
With ``on_text`` the answer is streamed (``"stream": true``) and each attempt has ``timeout_s``
in all; a stream cut short is retried like a dropped connection, from the start.
"""

import time
from collections.abc import Sequence
from typing import Any, Literal

import httpx

from relais.errors import LLMBadOutput, LLMUnavailable
from relais.generate.llm.answers import Answer, StreamCut, answer_of_body, read_stream
from relais.generate.llm.base import (
    DEFAULT_OPTIONS,
    Completion,
    GenerationOptions,
    JsonSchema,
    Message,
    OnText,
    prompt_hash,
)

SchemaMode = Literal["json_schema", "json_object", "none"]
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class OpenAICompatibleBackend:
    name = "openai-compatible"

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        schema_mode: SchemaMode = "json_schema",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, transport=transport
        )
        self._model = model
        self.schema_mode = schema_mode

    @property
    def model(self) -> str:
        return self._model

    def close(self) -> None:
        self._client.close()

    def _payload(
        self,
        messages: Sequence[Message],
        schema: JsonSchema | None,
        options: GenerationOptions,
        *,
        stream: bool,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self._model,
            "messages": list(messages),
            "temperature": options.temperature,
            "seed": options.seed,
            "max_tokens": options.max_tokens,
            "stream": stream,
        }
        if stream:
            payload["stream_options"] = {"include_usage": True}
        if schema is not None and self.schema_mode == "json_schema":
            payload["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "relais_output", "schema": schema, "strict": True},
            }
        elif schema is not None and self.schema_mode == "json_object":
            payload["response_format"] = {"type": "json_object", "schema": schema}
        return payload

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: JsonSchema | None = None,
        options: GenerationOptions = DEFAULT_OPTIONS,
        on_text: OnText | None = None,
    ) -> Completion:
        payload = self._payload(messages, schema, options, stream=on_text is not None)
        start = time.monotonic()
        answer = self._post_with_retries(payload, options, on_text)
        return Completion(
            text=answer.text,
            backend=self.name,
            model=str(answer.model or self._model),
            prompt_hash=prompt_hash(messages, schema),
            prompt_tokens=answer.prompt_tokens,
            completion_tokens=answer.completion_tokens,
            duration_s=time.monotonic() - start,
            finish_reason=answer.finish_reason,
        )

    def _post_with_retries(
        self, payload: dict[str, Any], options: GenerationOptions, on_text: OnText | None
    ) -> Answer:
        where = f"{self._client.base_url}/v1/chat/completions"
        last_error = ""
        for attempt in range(options.retries + 1):
            if attempt:
                time.sleep(min(2.0, 0.25 * 2**attempt))
            try:
                return self._post(payload, options, on_text, where)
            except httpx.TimeoutException:
                last_error = f"no answer within {options.timeout_s:g} s"
            except httpx.TransportError as exc:
                last_error = f"cannot connect ({exc.__class__.__name__}: {exc})"
            except _Retry as exc:
                last_error = str(exc)
        raise LLMUnavailable(
            f"the LLM server at {where} is unavailable after {options.retries + 1} attempt(s): "
            f"{last_error}. "
            "Check RELAIS_LLM_URL and that the server is running."
        )

    def _post(
        self,
        payload: dict[str, Any],
        options: GenerationOptions,
        on_text: OnText | None,
        where: str,
    ) -> Answer:
        """One attempt. A server that ignores ``stream`` and answers one JSON body is read
        whole (``on_text`` then gets the whole text once)."""
        deadline = time.monotonic() + options.timeout_s
        with self._client.stream(
            "POST", "/v1/chat/completions", json=payload, timeout=options.timeout_s
        ) as response:
            if response.status_code in RETRY_STATUSES:
                raise _Retry(f"HTTP {response.status_code}: {_head(response, 200)}")
            if response.status_code >= 400:
                raise LLMUnavailable(
                    f"the LLM server at {where} refused the request: "
                    f"HTTP {response.status_code} {_head(response, 300)}"
                )
            if response.headers.get("content-type", "").startswith("text/event-stream"):
                try:
                    return read_stream(
                        response.iter_lines(),
                        where,
                        on_text=on_text,
                        deadline=deadline,
                        limit_s=options.timeout_s,
                    )
                except StreamCut as exc:
                    raise _Retry(str(exc)) from exc
            response.read()
            try:
                body = response.json()
            except ValueError as exc:
                raise LLMBadOutput(
                    f"the LLM server at {where} did not answer JSON: {response.text[:200]!r}"
                ) from exc
        answer = answer_of_body(body, where)
        if on_text is not None:
            on_text(answer.text)
        return answer


def _head(response: httpx.Response, size: int) -> str:
    return response.read()[:size].decode(errors="replace")


class _Retry(Exception):
    """A failure worth another attempt (busy server, stream cut short)."""
