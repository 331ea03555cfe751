"""Versions of a drafted letter: an edit is a new version, a signed version never changes, only
the latest version may be edited or signed, the history lists them all (both databases)."""

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from relais.domain.facts import FactKind
from relais.dossier import build_stay_dossier
from relais.errors import InvalidInput, NotFound
from relais.generate.draft import Drafter, codes
from relais.generate.draft.archive import save_draft
from relais.generate.draft.document import AI_LABEL
from relais.generate.draft.versions import (
    StaleVersion,
    edit_section,
    editable_sections,
    get_draft,
    history,
    patient_drafts,
    sign_draft,
    split_sentences,
)
from relais.generate.llm.base import GenerationOptions
from relais.generate.llm.http import OpenAICompatibleBackend
from relais.ingest.importer import Importer
from relais.store.drafting_tables import drafts
from tests.ingest.french_record import PATIENT, STAY, french_stay_bundle
from tests.llm_server import ok, scripted_server


def _drafted(engine: Engine, tmp_path: Path) -> str:
    """The French cardiology stay imported and drafted through a loopback model server."""
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(french_stay_bundle()))
    assert Importer(engine, workers=1).run([str(path)]).ok
    with engine.connect() as conn:
        dossier = build_stay_dossier(conn, STAY)
    problem = dossier.of_kind(FactKind.PROBLEM)[0]
    drug = next(f for f in dossier.of_kind(FactKind.MEDICATION) if f.data["status"] == "new")
    answer = {
        "motif": [{"texte": "Insuffisance cardiaque congestive.", "faits": [problem.id]}],
        "synthese": [
            {"texte": "Introduction du furosémide.", "faits": [drug.id]},
            {"texte": "Évolution favorable.", "faits": [problem.id]},
        ],
    }
    with scripted_server() as (url, handler):
        handler.script = [ok(json.dumps(answer))]
        backend = OpenAICompatibleBackend(base_url=url, model="m")
        document = Drafter(backend, GenerationOptions(timeout_s=5, retries=0)).letter(dossier)
    with engine.begin() as conn:
        save_draft(conn, document, created_by="dr.martin")
    assert document.id is not None
    return document.id


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Dyspnée d'effort. Pas de fièvre.", ["Dyspnée d'effort.", "Pas de fièvre."]),
        (
            "Amélioration sous furosémide 80 mg… RAD à J5 !",
            ["Amélioration sous furosémide 80 mg…", "RAD à J5 !"],
        ),
        ("Kaliémie à 5,8 mmol/l", ["Kaliémie à 5,8 mmol/l"]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_an_edit_is_a_new_version_keeping_unchanged_sentences_cited(
    engine: Engine, tmp_path: Path
) -> None:
    first = _drafted(engine, tmp_path)
    with engine.begin() as conn:
        assert editable_sections(get_draft(conn, first).document) == [
            codes.MOTIF,
            codes.STAY_SUMMARY,
        ]
        edited = edit_section(
            conn,
            first,
            code=codes.STAY_SUMMARY,
            text="Introduction du furosémide.  Kaliémie à surveiller à J7.",
            editor="dr.martin",
        )
    assert (edited.version, edited.previous_id, edited.status) == (2, first, "draft")
    section = next(s for s in edited.document["sections"] if s["code"] == codes.STAY_SUMMARY)
    kept, added = section["sentences"]
    assert kept["citations"] and "edited" not in kept
    assert added == {
        "text": "Kaliémie à surveiller à J7.",
        "citations": [],
        "flags": [],
        "edited": True,
    }
    assert section["edited_by"] == "dr.martin"
    assert edited.document["label"] == AI_LABEL
    assert edited.document["verification"]["edited"] == [codes.STAY_SUMMARY]
    with engine.connect() as conn:
        original = get_draft(conn, first)
        assert original.document["sections"] != edited.document["sections"]  # untouched
        assert [d.version for d in history(conn, first)] == [2, 1]
        assert [d.id for d in patient_drafts(conn, PATIENT)] == [edited.id]


def test_signing_freezes_the_version_and_a_later_edit_is_a_new_draft(
    engine: Engine, tmp_path: Path
) -> None:
    first = _drafted(engine, tmp_path)
    with engine.begin() as conn:
        signed = sign_draft(
            conn, first, signer="dr.martin", signer_name="Dr Claire Martin", rpps="10101010101"
        )
    assert signed.status == "signed" and signed.document["label"] is None
    assert signed.document["signed_by"] == "Dr Claire Martin (RPPS 10101010101)"
    status = next(s for s in signed.document["sections"] if s["code"] == codes.STATUS)
    assert status["text"].startswith("Document validé et signé par Dr Claire Martin")
    assert status["items"][0]["value"] == "signed"
    assert signed.signed_at is not None
    with engine.begin() as conn, pytest.raises(StaleVersion, match="déjà signée"):
        sign_draft(conn, first, signer="dr.bernard")
    with engine.begin() as conn:
        again = edit_section(
            conn, first, code=codes.MOTIF, text="Décompensation cardiaque.", editor="dr.bernard"
        )
    assert (again.version, again.status, again.previous_id) == (2, "draft", first)
    assert "signed_by" not in again.document
    status = next(s for s in again.document["sections"] if s["code"] == codes.STATUS)
    assert (status["text"], status["items"][0]["value"]) == (AI_LABEL, "draft")
    with engine.connect() as conn:
        assert get_draft(conn, first).document == signed.document  # the signed one unchanged
        # an edit of the older (signed) version now is refused: version 2 is the latest
    with engine.begin() as conn, pytest.raises(StaleVersion, match="n'est plus la dernière"):
        edit_section(conn, first, code=codes.MOTIF, text="Autre motif.", editor="dr.martin")


BAD_EDITS = [
    (codes.MOTIF, "   ", InvalidInput, "vide"),
    (codes.MOTIF, "x" * 10_001, InvalidInput, "10000"),
    (codes.DISCHARGE_TREATMENT, "Lasilix 40 mg", InvalidInput, "dossier source"),
    ("00000-0", "Texte", NotFound, "00000-0"),
]


def test_bad_edits_are_refused_with_a_reason(engine: Engine, tmp_path: Path) -> None:
    first = _drafted(engine, tmp_path)
    for code, text, error, message in BAD_EDITS:
        with engine.begin() as conn, pytest.raises(error, match=message):
            edit_section(conn, first, code=code, text=text, editor="dr.martin")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(drafts)).scalar_one() == 1


def test_a_letter_with_sections_to_write_cannot_be_signed(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(french_stay_bundle()))
    assert Importer(engine, workers=1).run([str(path)]).ok
    with engine.connect() as conn:
        document = Drafter(None, GenerationOptions()).letter(build_stay_dossier(conn, STAY))
    with engine.begin() as conn:
        save_draft(conn, document)
    with engine.begin() as conn, pytest.raises(InvalidInput, match="Motif d'hospitalisation"):
        sign_draft(conn, document.id or "", signer="dr.martin")
    with engine.begin() as conn, pytest.raises(NotFound):
        sign_draft(conn, "no-such-draft", signer="dr.martin")
