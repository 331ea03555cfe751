"""API: draft (a job), follow the job, read, edit a section, sign, versions, fact, PDF, CDA."""

from typing import Annotated, Any

from fastapi import APIRouter, Path
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from relais.generate.draft.versions import StoredDraft, edit_section, history, sign_draft
from relais.web.access import Granted, gate
from relais.web.routes.schemas import ERRORS, JobOut, SectionText
from relais.web.routes.ui_drafts import load, own_job, start_job, stay_key
from relais.web.services.cda import cda_response_of
from relais.web.services.drafting import Job
from relais.web.services.exports import file_name, pdf_of
from relais.web.services.facts import cited_fact
from relais.web.workspace import workspace

router = APIRouter(prefix="/api", tags=["documents"], responses=ERRORS)
SectionCode = Annotated[str, Path(max_length=16, pattern=r"^[0-9A-Za-z-]+$")]


def job_out(job: Job) -> JobOut:
    preview = next((data["document"] for name, data in job.events if name == "preview"), None)
    return JobOut(**job.to_dict(), preview=preview)


@router.post("/stays/{stay_id}/letter", status_code=202, response_model=JobOut)
async def draft_letter(
    request: Request, stay_id: str, granted: Annotated[Granted, gate("draft")]
) -> JobOut:
    """Lancer la rédaction de la lettre de liaison du séjour ; suivre `GET /api/jobs/{id}`."""
    subject = await run_in_threadpool(stay_key, request, stay_id)
    return job_out(start_job(request, granted, kind="letter", subject=subject))


@router.post("/patients/{patient_id}/synthesis", status_code=202, response_model=JobOut)
async def draft_synthesis(
    request: Request, patient_id: str, granted: Annotated[Granted, gate("draft")]
) -> JobOut:
    """Lancer la rédaction de la synthèse médicale du patient."""
    return job_out(start_job(request, granted, kind="synthesis", subject=granted.patient_id or ""))


@router.get("/jobs/{job_id}", response_model=JobOut)
async def job(request: Request, job_id: str, granted: Annotated[Granted, gate("draft")]) -> JobOut:
    """Où en est la rédaction : `preview` (sections structurées) puis `draft_id` (ou `error`)."""
    return job_out(own_job(request, granted, job_id))


@router.get("/drafts/{draft_id}")
async def draft(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> dict[str, Any]:
    """Une version d'un document rédigé, avec ses phrases, citations, signalements et faits."""
    return (await run_in_threadpool(load, request, draft_id)).to_dict()


@router.get("/drafts/{draft_id}/versions")
async def versions(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> list[dict[str, Any]]:
    """Toutes les versions du document, la plus récente d'abord."""

    def work() -> list[dict[str, Any]]:
        with workspace(request).engine.connect() as conn:
            return [d.summary() for d in history(conn, draft_id)]

    return await run_in_threadpool(work)


@router.get("/drafts/{draft_id}/facts/{fact_id}")
async def fact(
    request: Request,
    draft_id: str,
    fact_id: Annotated[str, Path(max_length=16)],
    granted: Annotated[Granted, gate("read_letters")],
) -> dict[str, Any]:
    """Un fait cité : texte, source (ressource FHIR, passage de note) et phrases qui le citent."""
    cited = cited_fact((await run_in_threadpool(load, request, draft_id)).document, fact_id)
    return {
        "id": cited.id,
        "fact": cited.fact,
        "source": {
            "resource_type": cited.resource_type,
            "id": cited.resource_id,
            "start": cited.start,
            "end": cited.end,
            "part": cited.part,
        },
        "citing": [{"section": s, "sentence": t} for s, t in cited.citing],
    }


@router.put("/drafts/{draft_id}/sections/{code}", status_code=201)
async def edit(
    request: Request,
    draft_id: str,
    code: SectionCode,
    body: SectionText,
    granted: Annotated[Granted, gate("draft", change=True)],
) -> dict[str, Any]:
    """Réécrire une section narrative : enregistre une nouvelle version (renvoyée)."""
    user = granted.principal.user

    def work() -> StoredDraft:
        return granted.change(
            request,
            lambda conn: edit_section(
                conn, draft_id, code=code, text=body.text, editor=user.username
            ),
            draft=draft_id,
            section=code,
        )

    return (await run_in_threadpool(work)).to_dict()


@router.post("/drafts/{draft_id}/sign")
async def sign(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("sign", change=True)]
) -> dict[str, Any]:
    """Signer la dernière version (médecin) : elle devient immuable."""
    user = granted.principal.user

    def work() -> StoredDraft:
        return granted.change(
            request,
            lambda conn: sign_draft(
                conn, draft_id, signer=user.username, signer_name=user.display_name, rpps=user.rpps
            ),
            draft=draft_id,
        )

    return (await run_in_threadpool(work)).to_dict()


@router.get(
    "/drafts/{draft_id}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
async def pdf(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    """Le document en PDF."""
    found = await run_in_threadpool(load, request, draft_id)
    data = await run_in_threadpool(pdf_of, found)
    disposition = f'attachment; filename="{file_name(found, "pdf")}"'
    return Response(
        data, media_type="application/pdf", headers={"content-disposition": disposition}
    )


@router.get(
    "/drafts/{draft_id}/cda",
    response_class=Response,
    responses={200: {"content": {"application/xml": {}}}},
)
async def cda(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    """La version signée en CDA R2 (volet ANS LDL-SES ou VSM) ; 409 tant qu'elle n'est pas
    signée."""
    found = workspace(request)
    root = found.settings.cda_document_oid
    return await run_in_threadpool(cda_response_of, found.engine, draft_id, document_root=root)
