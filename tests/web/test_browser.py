"""The workspace in a real browser: Debian's chromium, headless, driven by Playwright, against
uvicorn on a free loopback port (notes read by the NLP layer, narrative from a loopback model).

A physician logs in, finds the patient, drafts the letter (shown progressively), follows a
citation into the highlighted passage of the note, edits, signs and downloads the PDF; a nurse
cannot sign; a secretary cannot open clinical notes; a script in a patient's name stays text.
Skipped locally without chromium; in CI (CI=true) a missing browser is a failure.
"""

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.config import Settings
from relais.store.engine import make_engine
from relais.web import create_app
from relais.web.settings import WebSettings
from tests.web.conftest import PASSWORD, USERS
from tests.web.model_server import model_server
from tests.web.records import PATIENT, STAY, XSS_NAME, XSS_PATIENT

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"  # ignored by git
NOTE_ID = "00000000-0000-4000-8000-000000000010"
DRAFT_TIMEOUT_MS = 240_000  # the first draft loads the NLP pipeline (tens of seconds on 2 cores)


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: apt-get install chromium (Playwright cannot download it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@dataclass(frozen=True)
class Site:
    url: str
    engine: Engine


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Site]:
    """The two patients, one account per role, and the workspace served by uvicorn."""
    _require_chromium()
    import uvicorn

    folder = tmp_path_factory.mktemp("browser")
    shutil.copyfile(sqlite_template, folder / "relais.db")
    url = f"sqlite:///{folder / 'relais.db'}"
    engine = make_engine(url)
    with model_server(pause_s=0.08) as model:  # slow enough to see the sections come
        settings = Settings(
            database_url=url,
            data_dir=folder,
            llm_backend="openai",
            llm_url=model,
            llm_model="m",
            llm_timeout_s=30,
            llm_retries=0,
        )
        app = create_app(settings, web=WebSettings(read_notes=True), warm=True)
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        try:
            yield Site(f"http://127.0.0.1:{port}", engine)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()
            engine.dispose()


@pytest.fixture(scope="module")
def browser(site: Site) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield found
        found.close()


@pytest.fixture
def page_as(browser: Any, site: Site) -> Iterator[Any]:
    """``page_as(role)``: a fresh browser context signed in through the login form."""
    contexts = []

    def login(role: str) -> Any:
        context = browser.new_context(base_url=site.url, accept_downloads=True, locale="fr-FR")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto("/patients")  # signed out: sent to the login page
        page.wait_for_url(re.compile(r"/login\?next=/patients$"))
        page.fill("input[name=username]", USERS[role][0])
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state("load")
        assert page.url.endswith("/patients"), page.inner_text("main")
        return page

    yield login
    for context in contexts:
        context.close()


def _letter(page: Any) -> str:
    """Open the stay from the search and draft its letter; returns the draft's URL."""
    page.fill("input[name=q]", "Lefèvre")
    page.click("form.search button")
    page.click(f"#results a[href='/patients/{PATIENT}']")
    assert "Insuffisance cardiaque congestive" in page.inner_text("#problems")
    assert "Pénicillines" in page.inner_text("#allergies")
    page.click(f"#stays a[href='/stays/{STAY}']")
    page.click("#draft-letter")
    page.wait_for_url(re.compile(r"/jobs/"))
    # The motif appears, verified and cited, while the rest is still being written.
    page.wait_for_selector(
        "#job-document #s-42349-1 p.narrative .sentence .cite", timeout=DRAFT_TIMEOUT_MS
    )
    page.wait_for_url(re.compile(r"/drafts/"), timeout=DRAFT_TIMEOUT_MS)
    return str(page.url)


def test_physician_drafts_checks_a_source_edits_signs_and_downloads(
    page_as: Any, site: Site
) -> None:
    page = page_as("physician")
    draft_url = _letter(page)
    assert "rédigé avec l'aide d'une IA" in page.inner_text("#status-banner")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "lettre-de-liaison.png"), full_page=True)
    citations = page.locator("a.cite")
    assert citations.count() >= 2
    cited_sentence = page.locator("#s-42545-4 .sentence").first.inner_text()

    citations.last.click()  # the synthesis sentence cites a finding of the admission note
    page.wait_for_url(re.compile(r"/facts/F\d+$"))
    assert "« " in page.inner_text("#fact .fact-text")
    assert cited_sentence.split(" ")[0] in page.inner_text("body")
    page.click("#open-source")
    page.wait_for_url(re.compile(rf"/documents/{NOTE_ID}\?part=0&start=\d+&end=\d+"))
    passage = page.inner_text("mark#passage")
    assert passage and passage in page.inner_text("#note-text")

    page.goto(draft_url)
    page.click("#s-42349-1 a.edit")
    page.fill("#section-text", "Décompensation cardiaque globale sur fibrillation atriale.")
    page.click("#save-section")
    page.wait_for_url(re.compile(r"/drafts/"))
    assert page.url != draft_url
    assert "modifié par dr.martin" in page.inner_text("#s-42349-1 h2")
    assert "Version 2" in page.inner_text(".actions h2")

    page.click("#sign")
    page.wait_for_selector("#status-banner.signed")
    assert "Document signé par Dr Claire Martin (RPPS 10101010101)" in page.inner_text(
        "#status-banner"
    )
    assert page.locator("#sign").count() == 0 and page.locator("a.edit").count() > 0
    with page.expect_download() as download:
        page.click("#download-pdf")
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF") and download.value.suggested_filename.endswith("-signee.pdf")
    shutil.copyfile(download.value.path(), ARTIFACTS / "lettre-de-liaison-signee.pdf")
    with page.expect_download() as cda:
        page.click("#download-cda")  # only offered once signed
    assert cda.value.suggested_filename == "lettre-de-liaison-v2-signee.cda.xml"
    assert b"<ClinicalDocument" in Path(cda.value.path()).read_bytes()


def test_a_secretary_records_the_patients_opposition(page_as: Any, site: Site) -> None:
    page = page_as("secretary")
    page.goto(f"/patients/{PATIENT}")
    assert "aucune opposition" in page.inner_text("#opposition")
    page.click("details.opposition-form summary")
    page.select_option("#opposition-record select[name=channel]", "courrier")
    page.click("#opposition-record button")
    page.wait_for_url(re.compile(r"#opposition$"))
    assert "(courrier)" in page.inner_text("#opposition")


def test_a_nurse_reads_the_letter_but_cannot_sign(page_as: Any, site: Site) -> None:
    doctor = page_as("physician")
    draft_url = _letter(doctor)
    page = page_as("nurse")
    page.goto(draft_url)
    assert page.locator("#sign").count() == 0 and page.locator("a.edit").count() == 0
    assert "réservée aux médecins" in page.inner_text(".actions")
    token = page.locator("header input[name=csrf_token]").get_attribute("value")
    forced = page.request.post(draft_url + "/sign", form={"csrf_token": token})
    assert forced.status == 403 and "Accès refusé" in forced.text()


def test_a_secretary_cannot_open_clinical_notes(page_as: Any, site: Site) -> None:
    page = page_as("secretary")
    page.goto(f"/patients/{PATIENT}")
    assert page.locator("#documents").count() == 0
    assert "Documents cliniques" not in page.inner_text("main")
    response = page.goto(f"/documents/{NOTE_ID}")
    assert response is not None and response.status == 403
    assert "Accès refusé" in page.inner_text("h1")


def test_a_script_in_a_patient_name_stays_text(page_as: Any, site: Site) -> None:
    page = page_as("nurse")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"/patients/{XSS_PATIENT}")
    page.goto("/patients?q=script")
    page.goto(f"/documents/{NOTE_ID.replace('-8000-', '-9000-')}")
    page.wait_for_load_state("load")
    assert dialogs == []
    page.goto(f"/patients/{XSS_PATIENT}")
    assert XSS_NAME.upper() in page.inner_text("h1")
