"""Screens: patient search, patient page, stay page, clinical note (with a passage marked)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from relais.privacy.audit import is_permitted
from relais.web.access import Granted, gate
from relais.web.services.notes import read_note
from relais.web.services.opposition import CHANNEL_LABELS, opposition_status
from relais.web.services.patients import Search, patient_page, search_patients, stay_page
from relais.web.services.safety import patient_alerts
from relais.web.templating import render
from relais.web.workspace import workspace

router = APIRouter(include_in_schema=False)
Text = Annotated[str | None, Query(max_length=100)]


@router.get("/patients")
async def patients(
    request: Request,
    granted: Annotated[Granted, gate("read", purpose="recherche de patient")],
    q: Text = None,
    birth_date: Annotated[str | None, Query(max_length=10)] = None,
    service: Text = None,
) -> Response:
    search = Search.parse(q, birth_date, service)

    def work() -> object:
        with workspace(request).engine.connect() as conn:
            return search_patients(conn, search)

    found = await run_in_threadpool(work)
    return render(request, "patients.html.j2", search=search, found=found)


@router.get("/patients/{patient_id}")
async def patient(
    request: Request, patient_id: str, granted: Annotated[Granted, gate("read")]
) -> Response:
    ws = workspace(request)
    role = granted.principal.user.role
    assert granted.patient_id is not None

    def work() -> tuple[object, object, object]:
        with ws.engine.connect() as conn:
            page = patient_page(
                conn, granted.patient_id or "", notes=is_permitted(role, "read_notes")
            )
            alerts = patient_alerts(conn, ws.knowledge, page.record.id)
            return page, alerts, opposition_status(conn, page.record.id)

    page, alerts, opposition = await run_in_threadpool(work)
    return render(
        request,
        "patient.html.j2",
        page=page,
        alerts=alerts,
        opposition=opposition,
        channels=CHANNEL_LABELS,
        today=date.today().isoformat(),
    )


@router.get("/stays/{stay_id}")
async def stay(
    request: Request, stay_id: str, granted: Annotated[Granted, gate("read")]
) -> Response:
    ws = workspace(request)
    role = granted.principal.user.role

    def work() -> object:
        with ws.engine.connect() as conn:
            return stay_page(
                conn, stay_id, granted.patient_id or "", notes=is_permitted(role, "read_notes")
            )

    page = await run_in_threadpool(work)
    return render(request, "stay.html.j2", page=page)


@router.get("/documents/{document_id}")
async def document(
    request: Request,
    document_id: str,
    granted: Annotated[Granted, gate("read_notes")],
    part: Annotated[int, Query(ge=0, le=10_000)] = 0,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> Response:
    def work() -> object:
        with workspace(request).engine.connect() as conn:
            return read_note(conn, document_id, part=part, start=start, end=end)

    note = await run_in_threadpool(work)
    return render(request, "note.html.j2", note=note, patient_id=granted.patient_id)
