"""The narrative through a real OpenAI-compatible wire (loopback server): a good answer is
kept with its citations, a hallucination is flagged, a server down or an answer that is
garbage leaves a complete letter with the narrative "à rédiger" — never a crash."""

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.domain.facts import FactKind
from relais.dossier import build_stay_dossier
from relais.dossier.model import Dossier
from relais.generate.draft import Drafter, codes
from relais.generate.draft.document import TO_WRITE, Section
from relais.generate.llm.base import GenerationOptions
from relais.generate.llm.http import OpenAICompatibleBackend
from tests.hospital import Hospital
from tests.llm_server import Scripted, ok, scripted_server, streamed

FAST = GenerationOptions(timeout_s=3, retries=1)


@pytest.fixture(scope="module")
def dossier(hospital: Hospital, sqlite_hospital: Engine) -> Dossier:
    """A stay with a new discharge drug (so that a sentence can cite it)."""
    stay = next(
        s for s in hospital.stays if any(m["status"] == "new" for m in s["discharge_medications"])
    )
    with sqlite_hospital.connect() as conn:
        return build_stay_dossier(conn, stay["encounter_id"])


@pytest.fixture
def server() -> Iterator[tuple[str, type[Scripted]]]:
    with scripted_server() as found:
        yield found


def _drafter(url: str) -> Drafter:
    return Drafter(backend=OpenAICompatibleBackend(base_url=url, model="m"), options=FAST)


def _answer(dossier: Dossier, drug_sentence: str) -> str:
    reason = dossier.of_kind(FactKind.REASON)[0]
    medication = next(f for f in dossier.of_kind(FactKind.MEDICATION) if f.data["status"] == "new")
    return json.dumps(
        {
            "motif": [{"texte": "Hospitalisation pour le motif rapporté.", "faits": [reason.id]}],
            "synthese": [
                {"texte": drug_sentence.format(**medication.data), "faits": [medication.id]}
            ],
        }
    )


def test_a_good_answer_is_kept_with_its_citations(
    dossier: Dossier, server: tuple[str, type[Scripted]]
) -> None:
    url, handler = server
    handler.script = [ok(_answer(dossier, "Introduction de {label} {dose}."))]
    letter = _drafter(url).letter(dossier)
    motif = letter.section(codes.MOTIF)
    assert motif.sentences and motif.sentences[0].citations
    summary = letter.section(codes.STAY_SUMMARY)
    assert summary.text and summary.text.startswith("Introduction de")
    assert [f for s in summary.sentences for f in s.flags if f.severity == "error"] == []
    assert letter.model is not None and letter.model.outcome == "ok"
    assert letter.warnings == []
    request = handler.received[0]
    schema = request["response_format"]["json_schema"]["schema"]
    cited = schema["properties"]["motif"]["items"]["properties"]["faits"]["items"]["enum"]
    assert set(cited) <= set(dossier.by_id())  # the grammar only allows ids of the dossier
    assert "Patient" not in request["messages"][1]["content"].split("\n")[1]


def test_an_invented_drug_and_dose_are_flagged(
    dossier: Dossier, server: tuple[str, type[Scripted]]
) -> None:
    url, handler = server
    handler.script = [ok(_answer(dossier, "Introduction de warfarine 7 mg, relais de {label}."))]
    letter = _drafter(url).letter(dossier)
    flags = [f for s in letter.section(codes.STAY_SUMMARY).sentences for f in s.flags]
    kinds = {f.kind.value for f in flags}
    assert "unsupported_drug" in kinds
    assert letter.verification()["sentences_flagged"] == 1
    assert letter.to_dict()["verification"]["by_kind"]["unsupported_drug"] >= 1


def test_streamed_sections_come_verified_and_equal_to_the_stored_ones(
    dossier: Dossier, server: tuple[str, type[Scripted]]
) -> None:
    url, handler = server
    answer = _answer(dossier, "Introduction de warfarine 7 mg, relais de {label}.")
    handler.script = [streamed(answer, piece=5)]
    shown: list[Section] = []
    letter = _drafter(url).letter(dossier, on_section=shown.append)
    assert handler.received[0]["stream"] is True
    assert [s.code for s in shown] == [codes.MOTIF, codes.STAY_SUMMARY]
    for section in shown:  # the stored section may add items (from the facts) to the sentences
        stored = letter.section(section.code)
        assert (section.title, section.text) == (stored.title, stored.text)
        assert section.sentences == stored.sentences
        assert all(sentence.citations for sentence in section.sentences)
    streamed_flags = {f.kind.value for s in shown for t in s.sentences for f in t.flags}
    assert "unsupported_drug" in streamed_flags  # the verifier ran before it was shown


@pytest.mark.parametrize(
    ("answer", "shown_codes"),
    [
        # the motif was written (and shown), then the answer went wrong: the letter says so
        ('{"motif": [{"texte": "Dyspnée.", "faits": ["F1"]}], "synthese": [{"tex', [codes.MOTIF]),
        ('{"motif": "texte", "synthese": []}', []),  # a part in the wrong shape is not shown
    ],
)
def test_the_whole_answer_decides_what_is_stored(
    dossier: Dossier, server: tuple[str, type[Scripted]], answer: str, shown_codes: list[str]
) -> None:
    url, handler = server
    handler.script = [streamed(answer)]
    shown: list[Section] = []
    letter = _drafter(url).letter(dossier, on_section=shown.append)
    assert [s.code for s in shown] == shown_codes
    assert letter.section(codes.MOTIF).text == TO_WRITE
    assert letter.model is not None and letter.model.outcome == "bad_output"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "answer",
    [
        None,  # nobody listens
        (200, "this is not json"),
        (200, json.dumps({"choices": []})),
        ok("Voici la lettre : le patient va bien."),  # prose instead of JSON
        ok(json.dumps({"motif": [{"texte": "x", "faits": ["F1"]}]})),  # a part is missing
        ok(json.dumps({"motif": "texte", "synthese": []})),
        (503, "overloaded"),
    ],
)
def test_model_down_or_garbage_still_gives_a_complete_letter(
    dossier: Dossier, server: tuple[str, type[Scripted]], answer: Any
) -> None:
    url, handler = server
    if answer is None:
        url = f"http://127.0.0.1:{_free_port()}"
    else:
        handler.default = answer
    letter = _drafter(url).letter(dossier)
    assert [s.code for s in letter.sections] == list(codes.LETTER_SECTIONS)
    for code in (codes.MOTIF, codes.STAY_SUMMARY):
        section = letter.section(code)
        assert section.text == TO_WRITE and section.sentences == []
        assert section.warning and "à rédiger" in section.warning.lower()
    assert letter.model is not None and letter.model.outcome in ("unavailable", "bad_output")
    assert letter.warnings and "à rédiger" in letter.warnings[0]
    assert letter.section(codes.DISCHARGE_TREATMENT).items  # the facts are all there
