"""Screens: record or withdraw a patient's opposition from the patient page (forms)."""

from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from relais.errors import InvalidInput
from relais.web.access import Granted, gate
from relais.web.services.opposition import record_opposition, withdraw
from relais.web.workspace import workspace

router = APIRouter(include_in_schema=False)
Note = Annotated[str, Form(max_length=1000)]


def _date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"Date {text!r} invalide : AAAA-MM-JJ attendu.") from exc


def _back(patient_id: str) -> Response:
    return RedirectResponse(f"/patients/{quote(patient_id, safe='')}#opposition", status_code=303)


@router.post("/patients/{patient_id}/opposition")
async def record(
    request: Request,
    patient_id: str,
    granted: Annotated[Granted, gate("patient_rights", change=True)],
    channel: Annotated[str, Form(max_length=32)],
    effective: Annotated[str, Form(max_length=10)] = "",
    note: Note = "",
) -> Response:
    def work() -> None:
        with workspace(request).engine.begin() as conn:
            record_opposition(
                conn,
                actor=granted.actor,
                patient_id=granted.patient_id or "",
                channel=channel,
                effective=_date(effective),
                note=note,
            )

    await run_in_threadpool(work)
    return _back(granted.patient_id or patient_id)


@router.post("/patients/{patient_id}/opposition/withdraw")
async def withdrawal(
    request: Request,
    patient_id: str,
    granted: Annotated[Granted, gate("patient_rights", change=True)],
    reason: Annotated[str, Form(max_length=1000)],
    effective: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    def work() -> None:
        with workspace(request).engine.begin() as conn:
            withdraw(
                conn,
                actor=granted.actor,
                patient_id=granted.patient_id or "",
                reason=reason,
                effective=_date(effective),
            )

    await run_in_threadpool(work)
    return _back(granted.patient_id or patient_id)
