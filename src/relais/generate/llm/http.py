"""Any OpenAI-compatible chat server: vLLM, llama.cpp ``llama-server``, Ollama, on-premise Mistral.

Structured output is asked the way each server understands it (``schema_mode``): vLLM and
llama-server take ``response_format={"type": "json_schema", …}``; the llama-cpp-python server
takes ``{"type": "json_object", "schema": …}`` and rejects ``json_schema`` (see FINDINGS).
Connection errors, timeouts, 429 and 5xx are retried with a short backoff; the rest fail at once.
"""

import time
from collections.abc import Sequence
from typing import Any, Literal

import httpx

from relais.errors import LLMBadOutput, LLMUnavailable
from relais.generate.llm.base import (
    DEFAULT_OPTIONS,
    Completion,
    GenerationOptions,
    JsonSchema,
    Message,
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
        self, messages: Sequence[Message], schema: JsonSchema | None, options: GenerationOptions
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self._model,
            "messages": list(messages),
            "temperature": options.temperature,
            "seed": options.seed,
            "max_tokens": options.max_tokens,
            "stream": False,
        }
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
    ) -> Completion:
        payload = self._payload(messages, schema, options)
        start = time.monotonic()
        body = self._post_with_retries(payload, options)
        try:
            choice = body["choices"][0]
            text = choice["message"]["content"]
            if not isinstance(text, str):
                raise TypeError("content is not text")
        except (KeyError, IndexError, TypeError) as exc:
            raise LLMBadOutput(
                f"the LLM server at {self._client.base_url} answered without a message: {exc}"
            ) from exc
        usage = body.get("usage") or {}
        return Completion(
            text=text,
            backend=self.name,
            model=str(body.get("model") or self._model),
            prompt_hash=prompt_hash(messages, schema),
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
            duration_s=time.monotonic() - start,
            finish_reason=choice.get("finish_reason"),
        )

    def _post_with_retries(
        self, payload: dict[str, Any], options: GenerationOptions
    ) -> dict[str, Any]:
        where = f"{self._client.base_url}/v1/chat/completions"
        last_error = ""
        for attempt in range(options.retries + 1):
            if attempt:
                time.sleep(min(2.0, 0.25 * 2**attempt))
            try:
                response = self._client.post(
                    "/v1/chat/completions", json=payload, timeout=options.timeout_s
                )
            except httpx.TimeoutException:
                last_error = f"no answer within {options.timeout_s:g} s"
                continue
            except httpx.TransportError as exc:
                last_error = f"cannot connect ({exc.__class__.__name__}: {exc})"
                continue
            if response.status_code in RETRY_STATUSES:
                last_error = f"HTTP {response.status_code}: {response.text[:200]}"
                continue
            if response.status_code >= 400:
                raise LLMUnavailable(
                    f"the LLM server at {where} refused the request: "
                    f"HTTP {response.status_code} {response.text[:300]}"
                )
            try:
                body = response.json()
            except ValueError as exc:
                raise LLMBadOutput(
                    f"the LLM server at {where} did not answer JSON: {response.text[:200]!r}"
                ) from exc
            if not isinstance(body, dict):
                raise LLMBadOutput(f"the LLM server at {where} answered an unexpected shape")
            return body
        raise LLMUnavailable(
            f"the LLM server at {where} is unavailable after {options.retries + 1} attempt(s): "
            f"{last_error}. "
            "Check RELAIS_LLM_URL and that the server is running."
        )
