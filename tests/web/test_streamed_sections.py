"""The narrative appears on the job page section by section, as the model (a loopback server
that streams) writes it: verified, with its citations, before the draft is stored — and the
stored draft is what the last event points to."""

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy import Engine

from relais.generate.draft import codes
from relais.web.routes.ui_drafts import progress
from relais.web.services.drafting import Job
from tests.web.conftest import SQLITE_ONLY, bearer, make_client
from tests.web.model_server import model_server
from tests.web.records import STAY

XSS = "<img src=x onerror=alert('phrase')> Dyspnée."


def follow(client: TestClient, headers: dict[str, str], words: str | None = None) -> list[Any]:
    """The job's events, (name, data), from the start of a letter to its end."""
    job = client.post(f"/api/stays/{STAY}/letter", headers=headers).json()
    with client.stream("GET", f"/jobs/{job['id']}/events", headers=headers) as stream:
        body = "".join(stream.iter_text())
    events = []
    for block in body.strip().split("\n\n"):
        name, data = block.split("\n", 1)
        events.append((name.removeprefix("event: "), json.loads(data.removeprefix("data: "))))
    return events


@pytest.fixture
def client(hospital_db: Engine, database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    with model_server() as url, make_client(database_url, tmp_path, model_url=url) as found:
        yield found


def test_each_narrative_section_is_shown_verified_before_the_draft_is_stored(
    client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "physician")
    events = follow(client, headers)
    assert [name for name, _ in events] == ["status", "preview", "section", "section", "done"]
    shown = {data["code"]: data for name, data in events if name == "section"}
    assert list(shown) == [codes.MOTIF, codes.STAY_SUMMARY]
    draft_id = events[-1][1]["url"].rsplit("/", 1)[1]
    stored = client.get(f"/api/drafts/{draft_id}", headers=headers).json()["document"]
    for section in stored["sections"]:
        if section["code"] not in shown:
            continue
        html = shown[section["code"]]["html"]
        assert shown[section["code"]]["title"] == section["title"]
        assert html.startswith('<p class="narrative">')
        for sentence in section["sentences"]:
            assert sentence["citations"]  # verified: cited, as stored
            assert str(escape(sentence["text"])) in html
            for cited in sentence["citations"]:
                assert re.search(rf'<span class="cite" title="[^"<]+">{cited}</span>', html)


@SQLITE_ONLY
def test_model_text_in_a_streamed_section_is_inert(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    with (
        model_server(words=XSS) as url,
        make_client(database_url, tmp_path, model_url=url) as client,
    ):
        events = follow(client, bearer(hospital_db, "physician"))
    sections = [data["html"] for name, data in events if name == "section"]
    assert len(sections) == 2
    for html in sections:
        assert "<img" not in html and "&lt;img src=x onerror=alert(&#39;phrase&#39;)&gt;" in html


def test_a_page_opened_mid_way_shows_the_sections_written_so_far() -> None:
    preview = {
        "document": {
            "title": "Lettre de liaison",
            "sections": [
                {"code": codes.MOTIF, "generated": True, "sentences": [], "text": "À rédiger"},
                {"code": codes.STAY_SUMMARY, "generated": True, "sentences": []},
            ],
        },
        "writing": True,
    }
    written = {"code": codes.MOTIF, "generated": True, "sentences": [{"text": "Dyspnée."}]}
    job = Job("j", "letter", STAY, "p", "dr.martin")
    assert progress(job) is None
    job.events += [("status", {}), ("preview", preview), ("section", {"section": written})]
    shown = progress(job)
    assert shown is not None and shown["writing"] is True
    assert shown["document"]["sections"] == [written, preview["document"]["sections"][1]]
    assert preview["document"]["sections"][0]["sentences"] == []  # the event is left as it was
