"""Load on the clinician workspace: N users browsing over loopback while letters are drafted.

A synthetic hospital is generated and imported, accounts are created, ``relais serve`` runs in
its own process, then N concurrent users (asyncio + httpx) sign in and browse for D seconds:
patient search, patient page, stay page, a letter, the JSON record. Meanwhile physicians draft
letters (the embedded model by default). Every page passes the audited gate, so every request
also appends to the hash-chained audit trail. Reports p50/p95/max per page and errors.

    .venv/bin/python bench/web_load.py --users 50 --duration 60 --drafts 4
    .venv/bin/python bench/web_load.py --no-model     # drafts without the language model

Target (issue 5): 0 errors, p95 < 300 ms for pages that do not generate text, on 2 cores.
"""

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
RELAIS = str(ROOT / ".venv" / "bin" / "relais")
PASSWORD = "charge-de-test-2024"
OUT = ROOT / "bench" / "out"


def _run(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    done = subprocess.run(
        [RELAIS, *args], env=env, input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode not in (0, 1):  # ingest exits 1 when some resources are rejected
        sys.exit(f"relais {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def prepare(folder: Path, env: dict[str, str], patients: int, users: int, days: int) -> None:
    synth = folder / "synth"
    _run(["db", "upgrade"], env)
    _run(
        [
            "synth",
            "--patients",
            str(patients),
            "--seed",
            "3",
            "--days",
            str(days),
            "--out",
            str(synth),
        ],
        env,
    )
    _run(["ingest", str(synth / "bundles"), str(synth / "activity")], env)
    _run(["terminology", "load-thesaurus"], env)
    from relais.store.engine import make_engine
    from relais.web.auth.accounts import add_user

    roles = ["physician", "nurse", "secretary"]
    url = env["RELAIS_DATABASE_URL"] or f"sqlite:///{env['RELAIS_DATA_DIR']}/relais.db"
    engine = make_engine(url)
    with engine.begin() as conn:  # in-process: one argon2 hash each, no process start-up
        for n in range(users):
            name = f"u{n:02d}"
            add_user(conn, username=name, role=roles[n % len(roles)], password=PASSWORD)
    engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_up(base: str) -> None:
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(600):
            try:
                if (await client.get("/login")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    sys.exit("the server did not start")


class Stats:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self.errors: list[str] = []

    def add(self, kind: str, seconds: float) -> None:
        self.times.setdefault(kind, []).append(seconds)

    def report(self) -> dict[str, Any]:
        pages = {}
        for kind, values in sorted(self.times.items()):
            ordered = sorted(values)
            pages[kind] = {
                "requests": len(values),
                "p50_ms": round(statistics.median(ordered) * 1000, 1),
                "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
                "max_ms": round(ordered[-1] * 1000, 1),
            }
        browsing = sorted(v for k, vs in self.times.items() if k != "draft" for v in vs)
        return {
            "pages": pages,
            "browsing_p50_ms": round(statistics.median(browsing) * 1000, 1) if browsing else None,
            "browsing_p95_ms": round(browsing[int(0.95 * (len(browsing) - 1))] * 1000, 1)
            if browsing
            else None,
            "requests": sum(len(v) for v in self.times.values()),
            "errors": len(self.errors),
            "error_samples": self.errors[:10],
        }


async def timed(client: httpx.AsyncClient, stats: Stats, kind: str, url: str) -> httpx.Response:
    started = time.perf_counter()
    try:
        response = await client.get(url)
    except httpx.HTTPError as exc:
        stats.errors.append(f"{kind} {url}: {exc!r}")
        raise
    stats.add(kind, time.perf_counter() - started)
    if response.status_code >= 400:
        stats.errors.append(f"{kind} {url}: HTTP {response.status_code}")
    return response


async def login(base: str, username: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=60, follow_redirects=True)
    page = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    response = await client.post(
        "/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token[1]},
    )
    if response.status_code != 200 or "/login" in str(response.url):
        sys.exit(f"login of {username} failed: {response.status_code}")
    return client


async def browse(
    client: httpx.AsyncClient,
    stats: Stats,
    patients: list[dict[str, Any]],
    until: float,
    think: float,
) -> None:
    """One user: search, patient, stay, letter, JSON record, with ``think`` seconds (on
    average) between pages, as a clinician reads them."""
    rng = random.Random(hash(id(client)))

    async def pause() -> None:
        await asyncio.sleep(rng.uniform(0, 2 * think))

    await pause()
    while time.monotonic() < until:
        patient = rng.choice(patients)
        try:
            await timed(client, stats, "search", f"/patients?q={patient['family'][:3]}")
            await pause()
            page = await timed(client, stats, "patient", f"/patients/{patient['id']}")
            await pause()
            stays = re.findall(r'href="/stays/([^"]+)"', page.text)
            if stays:
                await timed(client, stats, "stay", f"/stays/{rng.choice(stays)}")
                await pause()
            letters = re.findall(r'href="/drafts/([^"]+)"', page.text)
            if letters:
                await timed(client, stats, "letter", f"/drafts/{letters[0]}")
                await pause()
            await timed(client, stats, "api_record", f"/api/patients/{patient['id']}")
            await pause()
        except httpx.HTTPError:
            await asyncio.sleep(0.5)


async def draft(client: httpx.AsyncClient, stats: Stats, stays: list[str], until: float) -> int:
    """Draft letters one after another (as a physician would) until the end; count them."""
    done = 0
    while time.monotonic() < until and stays:
        stay = stays.pop()
        page = await client.get(f"/stays/{stay}")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        if token is None:
            continue
        started = time.perf_counter()
        response = await client.post(f"/stays/{stay}/letter", data={"csrf_token": token[1]})
        job = str(response.url)
        while "/jobs/" in job and time.monotonic() < until + 600:
            await asyncio.sleep(1)
            job = str((await client.get(job)).url)
        if "/drafts/" in job:
            stats.add("draft", time.perf_counter() - started)
            done += 1
        else:
            stats.errors.append(f"draft {stay}: did not finish ({job})")
    return done


async def load(base: str, args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    await wait_up(base)
    clients = [await login(base, f"u{n:02d}") for n in range(args.users)]
    patients = (await clients[0].get("/api/patients?q=e")).json()
    records = [(await clients[0].get(f"/api/patients/{p['id']}")).json() for p in patients[:20]]
    stays = [s["id"] for r in records for s in r["stays"] if s["end"]]
    warm = Stats()  # one draft first: the NLP pipeline, thesaurus and model are loaded
    await draft(clients[0], warm, stays[-1:], time.monotonic() + 1)
    stays = stays[:-1]
    stats = Stats()
    until = time.monotonic() + args.duration
    physicians = [c for n, c in enumerate(clients) if n % 3 == 0][: args.drafts]
    tasks = [browse(c, stats, patients, until, args.think) for c in clients]
    drafting = [
        draft(c, stats, stays[i :: len(physicians)], until) for i, c in enumerate(physicians)
    ]
    results = await asyncio.gather(*tasks, *drafting)
    for client in clients:
        await client.aclose()
    report = stats.report()
    report["drafts_done"] = sum(r for r in results if isinstance(r, int))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of browsing")
    parser.add_argument("--drafts", type=int, default=4, help="physicians drafting meanwhile")
    parser.add_argument("--patients", type=int, default=60)
    parser.add_argument("--days", type=int, default=60, help="days of synthetic activity")
    parser.add_argument(
        "--think", type=float, default=2.0, help="mean seconds a user reads a page (0: stress)"
    )
    parser.add_argument("--no-model", action="store_true", help="drafts without the model")
    parser.add_argument("--database-url", default="", help="default: a SQLite file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="relais-web-load-"))
    env = {
        **os.environ,
        "RELAIS_DATA_DIR": str(folder / "data"),
        "RELAIS_DATABASE_URL": args.database_url,
        "RELAIS_LLM_THREADS": os.environ.get("RELAIS_LLM_THREADS", "1"),
        "TQDM_DISABLE": "1",
    }
    if args.no_model:  # an unreachable server: the drafts keep their structured sections
        env.update(
            RELAIS_LLM_BACKEND="openai",
            RELAIS_LLM_URL="http://127.0.0.1:9",
            RELAIS_LLM_MODEL="none",
        )
    started = time.monotonic()
    prepare(folder, env, args.patients, args.users, args.days)
    port = free_port()
    log = folder / "serve.log"
    server = subprocess.Popen(
        [RELAIS, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )
    try:
        report = asyncio.run(load(f"http://127.0.0.1:{port}", args, env))
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    report.update(
        users=args.users,
        think_s=args.think,
        duration_s=args.duration,
        server_log=str(log),
        database="sqlite" if not args.database_url else args.database_url.split(":")[0],
        model=None if args.no_model else env.get("RELAIS_LLM_MODEL_PATH", "smollm2"),
        cpus=os.cpu_count(),
        total_s=round(time.monotonic() - started, 1),
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "web_load.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
