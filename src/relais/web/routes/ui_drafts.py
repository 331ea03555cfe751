"""Screens: draft a letter or a synthesis (followed live), read a draft with its citations,
follow a citation to its source, edit a section, sign, versions, PDF, FHIR and CDA downloads."""

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Form, Path
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse

from relais.dossier.queries import find_stay
from relais.errors import AccessDenied, NotFound
from relais.generate.draft.versions import (
    StoredDraft,
    edit_section,
    editable_sections,
    get_draft,
    history,
    sign_draft,
)
from relais.privacy.audit import is_permitted
from relais.web.access import Granted, gate
from relais.web.services.cda import cda_response_of
from relais.web.services.drafting import Job, Kind
from relais.web.services.exports import fhir_bytes, fhir_of, file_name, pdf_of
from relais.web.services.facts import cited_fact
from relais.web.templating import render
from relais.web.workspace import workspace

router = APIRouter(include_in_schema=False)
POLL_S = 0.2
FOLLOW_LIMIT_S = 1800.0
SectionCode = Annotated[str, Path(max_length=16, pattern=r"^[0-9A-Za-z-]+$")]


def start_job(request: Request, granted: Granted, *, kind: Kind, subject: str) -> Job:
    """Start drafting for the gate's patient (notes read only for roles that may read them)."""
    assert granted.patient_id is not None
    user = granted.principal.user
    return workspace(request).drafting.start(
        kind=kind,
        subject=subject,
        patient_id=granted.patient_id,
        owner=user.username,
        read_notes=is_permitted(user.role, "read_notes"),
    )


def stay_key(request: Request, stay_id: str) -> str:
    with workspace(request).engine.connect() as conn:
        return str(find_stay(conn, stay_id).fhir_id)


@router.post("/stays/{stay_id}/letter")
async def draft_letter(
    request: Request, stay_id: str, granted: Annotated[Granted, gate("draft")]
) -> Response:
    subject = await run_in_threadpool(stay_key, request, stay_id)
    job = start_job(request, granted, kind="letter", subject=subject)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.post("/patients/{patient_id}/synthesis")
async def draft_synthesis(
    request: Request, patient_id: str, granted: Annotated[Granted, gate("draft")]
) -> Response:
    job = start_job(request, granted, kind="synthesis", subject=granted.patient_id or "")
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def own_job(request: Request, granted: Granted, job_id: str) -> Job:
    job = workspace(request).drafting.job(job_id)
    if job.owner != granted.principal.user.username:
        raise AccessDenied("Cette rédaction a été lancée par un autre utilisateur.")
    return job


@router.get("/jobs/{job_id}")
async def job_page(
    request: Request, job_id: str, granted: Annotated[Granted, gate("draft")]
) -> Response:
    job = own_job(request, granted, job_id)
    if job.draft_id:
        return RedirectResponse(f"/drafts/{job.draft_id}", status_code=303)
    return render(request, "job.html.j2", job=job, preview=progress(job))


def progress(job: Job) -> dict[str, Any] | None:
    """The preview with the narrative sections written so far (for a page opened mid-way)."""
    preview = next((data for name, data in job.events if name == "preview"), None)
    if preview is None:
        return None
    written = {d["section"]["code"]: d["section"] for name, d in job.events if name == "section"}
    sections = [written.get(s["code"], s) for s in preview["document"]["sections"]]
    return {**preview, "document": {**preview["document"], "sections": sections}}


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: ".encode() + orjson.dumps(data) + b"\n\n"


def _rendered(request: Request, job: Job, name: str, data: dict[str, Any]) -> dict[str, Any]:
    if name == "preview":
        template = workspace(request).templates.get_template("document_body.html.j2")
        html = template.render(
            doc=data["document"],
            draft=None,
            writing=data["writing"],
            editable=[],
            latest=False,
            can=lambda _: False,
        )
        return {"html": html}
    if name == "section":
        preview = next((d["document"] for n, d in job.events if n == "preview"), None)
        template = workspace(request).templates.get_template("narrative.html.j2")
        section = data["section"]
        html = template.render(s=section, draft=None, doc=preview)
        return {"code": section["code"], "title": section["title"], "html": html}
    if name == "done":
        return {"url": f"/drafts/{data['draft_id']}", "version": data["version"]}
    return data


@router.get("/jobs/{job_id}/events")
async def job_events(
    request: Request, job_id: str, granted: Annotated[Granted, gate("draft")]
) -> Response:
    """Server-sent events: status, preview (HTML of the structured sections), section (HTML of
    each narrative section once written and verified), done or error."""
    job = own_job(request, granted, job_id)

    async def stream() -> AsyncIterator[bytes]:
        sent, waited = 0, 0.0
        while waited < FOLLOW_LIMIT_S:
            done = job.done  # read before the events: once done, the last event is in them
            events = list(job.events)
            for name, data in events[sent:]:
                yield _event(name, _rendered(request, job, name, data))
            sent = len(events)
            if done or await request.is_disconnected():
                return
            await asyncio.sleep(POLL_S)
            waited += POLL_S
        yield _event("error", {"message": "La rédaction n'a pas abouti à temps."})

    headers = {"cache-control": "no-store", "x-accel-buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


def load(request: Request, draft_id: str) -> StoredDraft:
    with workspace(request).engine.connect() as conn:
        return get_draft(conn, draft_id)


@router.get("/drafts/{draft_id}")
async def draft_page(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    def work() -> tuple[StoredDraft, list[StoredDraft]]:
        with workspace(request).engine.connect() as conn:
            return get_draft(conn, draft_id), history(conn, draft_id)

    draft, versions = await run_in_threadpool(work)
    return render(
        request,
        "draft.html.j2",
        draft=draft,
        doc=draft.document,
        versions=versions,
        latest=versions[0].id == draft.id,
        editable=editable_sections(draft.document),
        writing=False,
    )


@router.get("/drafts/{draft_id}/facts/{fact_id}")
async def fact_page(
    request: Request,
    draft_id: str,
    fact_id: Annotated[str, Path(max_length=16)],
    granted: Annotated[Granted, gate("read_letters")],
) -> Response:
    draft = await run_in_threadpool(load, request, draft_id)
    return render(request, "fact.html.j2", draft=draft, cited=cited_fact(draft.document, fact_id))


@router.get("/drafts/{draft_id}/sections/{code}")
async def edit_form(
    request: Request,
    draft_id: str,
    code: SectionCode,
    granted: Annotated[Granted, gate("draft")],
) -> Response:
    draft = await run_in_threadpool(load, request, draft_id)
    section = next((s for s in draft.document["sections"] if s["code"] == code), None)
    if section is None or code not in editable_sections(draft.document):
        raise NotFound(f"Pas de section modifiable {code!r} dans ce document.")
    return render(request, "edit_section.html.j2", draft=draft, section=section)


@router.post("/drafts/{draft_id}/sections/{code}")
async def edit(
    request: Request,
    draft_id: str,
    code: SectionCode,
    text: Annotated[str, Form(max_length=20_000)],
    granted: Annotated[Granted, gate("draft", change=True)],
) -> Response:
    user = granted.principal.user

    def work() -> StoredDraft:
        return granted.change(
            request,
            lambda conn: edit_section(conn, draft_id, code=code, text=text, editor=user.username),
            draft=draft_id,
            section=code,
        )

    edited = await run_in_threadpool(work)
    return RedirectResponse(f"/drafts/{edited.id}", status_code=303)


@router.post("/drafts/{draft_id}/sign")
async def sign(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("sign", change=True)]
) -> Response:
    user = granted.principal.user

    def work() -> StoredDraft:
        return granted.change(
            request,
            lambda conn: sign_draft(
                conn, draft_id, signer=user.username, signer_name=user.display_name, rpps=user.rpps
            ),
            draft=draft_id,
        )

    signed = await run_in_threadpool(work)
    return RedirectResponse(f"/drafts/{signed.id}", status_code=303)


@router.get("/drafts/{draft_id}/pdf")
async def pdf(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    draft = await run_in_threadpool(load, request, draft_id)
    data = await run_in_threadpool(pdf_of, draft)
    disposition = f'attachment; filename="{file_name(draft, "pdf")}"'
    return Response(
        data, media_type="application/pdf", headers={"content-disposition": disposition}
    )


@router.get("/drafts/{draft_id}/fhir")
async def fhir(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    def work() -> bytes:
        with workspace(request).engine.connect() as conn:
            return fhir_bytes(fhir_of(conn, get_draft(conn, draft_id)))

    draft = await run_in_threadpool(load, request, draft_id)
    disposition = f'attachment; filename="{file_name(draft, "fhir.json")}"'
    return Response(
        await run_in_threadpool(work),
        media_type="application/fhir+json",
        headers={"content-disposition": disposition},
    )


@router.get("/drafts/{draft_id}/cda")
async def cda(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    found = workspace(request)
    root = found.settings.cda_document_oid
    return await run_in_threadpool(cda_response_of, found.engine, draft_id, document_root=root)
