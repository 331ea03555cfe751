"""The demo flow run inside a network namespace with only loopback (see test_sovereignty.py):
synthesise a hospital, import it, draft a letter with the embedded model, browse the workspace.
Any outbound connection (model hub, CDN, telemetry) would fail here and so fail the flow.
Drafts do not read the clinical notes here (the prompt is half as long, the NLP pipeline not
built): the test stays under two minutes on two cores.

    unshare --net sh -c 'ip link set lo up && python -m tests.web.sovereign_flow FOLDER'
"""

import json
import re
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ACCOUNT, PASSWORD = "medecin", "souverainete-2024"


def outbound_is_impossible() -> str:
    """Proof that the namespace has no way out (else the test proves nothing)."""
    try:
        socket.create_connection(("192.0.2.1", 443), timeout=3)  # TEST-NET-1, never routed
    except OSError as exc:
        reason = exc.strerror or str(exc)
    else:
        raise SystemExit("an outbound connection succeeded: not an isolated namespace")
    try:
        socket.getaddrinfo("pypi.org", 443)
    except OSError:
        return reason
    raise SystemExit("a public name resolved: not an isolated namespace")


def prepare(folder: Path) -> Any:
    from relais.config import Settings
    from relais.ingest.importer import Importer
    from relais.safety.service import load_thesaurus
    from relais.store.engine import make_engine
    from relais.store.migrate import upgrade
    from relais.synth.generate import generate
    from relais.web.auth.accounts import add_user

    generate(patients=4, seed=11, out=folder / "synth", days=10, ed_arrivals_per_day=2)
    url = f"sqlite:///{folder / 'relais.db'}"
    engine = make_engine(url)
    upgrade(engine)
    bundles = sorted(str(p) for p in (folder / "synth" / "bundles").glob("*.json"))
    assert Importer(engine, workers=1).run(bundles).ok
    with engine.begin() as conn:
        load_thesaurus(conn)
        add_user(conn, username=ACCOUNT, role="physician", password=PASSWORD, display_name="Dr X")
    engine.dispose()
    return Settings(
        database_url=url,
        data_dir=folder,
        llm_backend="embedded",
        llm_max_tokens=256,
        llm_timeout_s=600,  # the drafting process runs niced: slow on a busy machine
    )


def serve(settings: Any) -> str:
    import uvicorn

    from relais.web import create_app
    from relais.web.settings import WebSettings

    app = create_app(settings, web=WebSettings(read_notes=False))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}"


def browse(base: str, stay: str) -> dict[str, Any]:
    client = httpx.Client(base_url=base, follow_redirects=True, timeout=600)
    login = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', login.text)
    assert token is not None
    page = client.post(
        "/login", data={"username": ACCOUNT, "password": PASSWORD, "csrf_token": token[1]}
    )
    assert page.url.path == "/patients", page.text[:500]
    stay_page = client.get(f"/stays/{stay}")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', stay_page.text)
    assert stay_page.status_code == 200 and csrf is not None
    job = client.post(f"/stays/{stay}/letter", data={"csrf_token": csrf[1]})
    started = time.monotonic()
    while "/jobs/" in job.url.path and time.monotonic() - started < 900:
        time.sleep(1)
        job = client.get(job.url.path)
    assert job.url.path.startswith("/drafts/"), job.text[:500]
    draft_id = job.url.path.split("/")[2]
    document = client.get(f"/api/drafts/{draft_id}").json()
    pdf = client.get(f"/drafts/{draft_id}/pdf")
    assert pdf.content.startswith(b"%PDF")
    assert "lettre" in client.get(f"/drafts/{draft_id}").text.lower()
    return {
        "draft": draft_id,
        "model": document["document"]["model"],
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> None:
    folder = Path(sys.argv[1])
    reason = outbound_is_impossible()
    settings = prepare(folder)
    stays = json.loads((folder / "synth" / "truth" / "stays.json").read_text())["stays"]
    result = browse(serve(settings), stays[0]["encounter_id"])
    print(json.dumps({"outbound": reason, **result}))


if __name__ == "__main__":
    main()
