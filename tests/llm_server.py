"""A real HTTP server on loopback that answers like an OpenAI-compatible LLM server, from a
script: the wire format is real, only the model's words are chosen by the test."""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = tuple[int, str] | tuple[int, str, str]  # status, body[, content type]
EVENT_STREAM = "text/event-stream"


class Scripted(BaseHTTPRequestHandler):
    """Answers each POST with the next scripted (status, body[, content type]) and records the
    request; the body is written at once and the connection closed (HTTP/1.0)."""

    script: list[Answer] = []
    received: list[dict[str, Any]] = []
    default: Answer | None = None

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        length = int(self.headers["Content-Length"])
        cls = type(self)
        cls.received.append(json.loads(self.rfile.read(length)))
        status, body, *kind = cls.script.pop(0) if cls.script else (cls.default or (500, "-"))
        self.send_response(status)
        self.send_header("Content-Type", kind[0] if kind else "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def scripted_server() -> Iterator[tuple[str, type[Scripted]]]:
    handler = type("Handler", (Scripted,), {"script": [], "received": [], "default": None})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def ok(content: str, *, model: str = "mistral-small") -> tuple[int, str]:
    body = {
        "model": model,
        "choices": [
            {"message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 5},
    }
    return 200, json.dumps(body)


def streamed(
    content: str, *, piece: int = 3, complete: bool = True, model: str = "mistral-small"
) -> Answer:
    """A streamed answer: ``content`` a few characters per event, then the finish reason, the
    usage and ``[DONE]``; ``complete=False`` cuts it after half the text."""
    return 200, sse_body(content, piece=piece, complete=complete, model=model), EVENT_STREAM


def sse_body(content: str, *, piece: int, complete: bool = True, model: str = "m") -> str:
    chunks = [
        {"model": model, "choices": [{"delta": {"content": content[i : i + piece]}}]}
        for i in range(0, len(content), piece)
    ]
    if not complete:
        return "".join(f"data: {json.dumps(c)}\n\n" for c in chunks[: len(chunks) // 2])
    chunks.append({"model": model, "choices": [{"delta": {}, "finish_reason": "stop"}]})
    chunks.append({"model": model, "choices": [], "usage": {"prompt_tokens": 12}})
    return "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
