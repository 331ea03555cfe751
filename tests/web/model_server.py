"""A stand-in language model on a real loopback HTTP server speaking the OpenAI chat API.

It reads what Relais sends (the numbered facts, the JSON schema of the parts and the fact ids
the grammar allows) and answers, for each part, a sentence restating a fact it cites: a note
finding when there is one (so a citation leads into a clinical note), else the first fact.
The wire format and the parsing are real; only the model's words are chosen here.
"""

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FACT_LINE = re.compile(r"^\[(F\d+)\] (.+)$", re.MULTILINE)


def answer(request: dict[str, Any]) -> str:
    schema = request["response_format"]["json_schema"]["schema"]
    facts = dict(FACT_LINE.findall(request["messages"][-1]["content"]))
    parts: dict[str, list[dict[str, Any]]] = {}
    for n, (name, spec) in enumerate(schema["properties"].items()):
        allowed = spec["items"]["properties"]["faits"]["items"]["enum"]
        notes = [f for f in allowed if "«" in facts.get(f, "")]
        chosen = notes[0] if notes and n == len(schema["properties"]) - 1 else allowed[0]
        text = facts.get(chosen, "Séjour sans particularité").split(" (")[0].rstrip(".")
        parts[name] = [{"texte": f"{text}.", "faits": [chosen]}]
    return json.dumps(parts, ensure_ascii=False)


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server API
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        body = {
            "model": request.get("model", "m"),
            "choices": [
                {
                    "message": {"role": "assistant", "content": answer(request)},
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
def model_server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
