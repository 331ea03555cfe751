"""A real HTTP server on loopback that answers like an OpenAI-compatible LLM server, from a
script: the wire format is real, only the model's words are chosen by the test."""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Scripted(BaseHTTPRequestHandler):
    """Answers each POST with the next scripted (status, body) and records the request."""

    script: list[tuple[int, str]] = []
    received: list[dict[str, Any]] = []
    default: tuple[int, str] | None = None

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        length = int(self.headers["Content-Length"])
        cls = type(self)
        cls.received.append(json.loads(self.rfile.read(length)))
        status, body = cls.script.pop(0) if cls.script else (cls.default or (500, "no script"))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
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
