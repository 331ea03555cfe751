"""A stand-in language model on a real loopback HTTP server speaking the OpenAI chat API.

It reads what Relais sends (the numbered facts, the JSON schema of the parts and the fact ids
the grammar allows) and answers, for each part, a sentence restating a fact it cites: a note
finding when there is one (so a citation leads into a clinical note), else the first fact.
The wire format and the parsing are real; only the model's words are chosen here. Asked to
stream, it streams (server-sent events, a few characters each, written one by one).
"""

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.llm_server import EVENT_STREAM, sse_body

FACT_LINE = re.compile(r"^\[(F\d+)\] (.+)$", re.MULTILINE)


def answer(request: dict[str, Any], words: str | None = None) -> str:
    schema = request["response_format"]["json_schema"]["schema"]
    facts = dict(FACT_LINE.findall(request["messages"][-1]["content"]))
    parts: dict[str, list[dict[str, Any]]] = {}
    for n, (name, spec) in enumerate(schema["properties"].items()):
        allowed = spec["items"]["properties"]["faits"]["items"]["enum"]
        notes = [f for f in allowed if "«" in facts.get(f, "")]
        chosen = notes[0] if notes and n == len(schema["properties"]) - 1 else allowed[0]
        text = facts.get(chosen, "Séjour sans particularité").split(" (")[0].rstrip(".")
        parts[name] = [{"texte": words or f"{text}.", "faits": [chosen]}]
    return json.dumps(parts, ensure_ascii=False)


class Handler(BaseHTTPRequestHandler):
    words: str | None = None  # what every sentence says, instead of restating its fact
    pause_s = 0.0  # between two streamed events (for a page to be seen filling in)
    gate: threading.Event | None = None  # when given, nothing is answered before it is set

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.gate is not None:
            self.gate.wait(120)
        if request.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", EVENT_STREAM)
            self.end_headers()
            for event in sse_body(answer(request, self.words), piece=8).split("\n\n")[:-1]:
                self.wfile.write(f"{event}\n\n".encode())
                self.wfile.flush()
                time.sleep(self.pause_s)
            return
        body = {
            "model": request.get("model", "m"),
            "choices": [
                {
                    "message": {"role": "assistant", "content": answer(request, self.words)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20},
        }
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def model_server(
    *, words: str | None = None, pause_s: float = 0.0, gate: threading.Event | None = None
) -> Iterator[str]:
    handler = type("Scripted", (Handler,), {"words": words, "pause_s": pause_s, "gate": gate})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
