"""Screens: record or withdraw a patient's opposition (forms of the patient page and of the
register), and the register itself (``/oppositions``: the oppositions in force, or one patient's
history found by any identifier) for roles with ``patient_rights`` — the DPO included, who has
no access to the patient page."""

from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from relais.errors import InvalidInput
from relais.privacy.research.opposition import OppositionChange, current_oppositions
from relais.web.access import Granted, gate
from relais.web.routes.cookies import safe_next
from relais.web.services.opposition import (
    CHANNEL_LABELS,
    OppositionStatus,
    opposition_status,
    record_opposition,
    withdraw,
)
from relais.web.templating import render
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


def _back(patient_id: str, next_url: str) -> Response:
    """To the register the form came from, else to the patient page."""
    if next_url.startswith("/oppositions"):
        return RedirectResponse(safe_next(next_url), status_code=303)
    return RedirectResponse(f"/patients/{quote(patient_id, safe='')}#opposition", status_code=303)


@router.get("/oppositions")
async def register(
    request: Request,
    granted: Annotated[
        Granted,
        gate(
            "patient_rights",
            purpose="droits des patients",
            patient_query="patient",
            resolve_query=True,
        ),
    ],
    patient: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    def work() -> tuple[OppositionStatus | None, list[OppositionChange]]:
        with workspace(request).engine.connect() as conn:
            if granted.patient_id:
                return opposition_status(conn, granted.patient_id), []
            return None, current_oppositions(conn)

    status, in_force = await run_in_threadpool(work)
    return render(
        request,
        "oppositions.html.j2",
        patient_id=granted.patient_id,
        asked=patient or "",
        opposition=status,
        in_force=in_force,
        channels=CHANNEL_LABELS,
        today=date.today().isoformat(),
    )


@router.post("/patients/{patient_id}/opposition")
async def record(
    request: Request,
    patient_id: str,
    granted: Annotated[Granted, gate("patient_rights", change=True)],
    channel: Annotated[str, Form(max_length=32)],
    effective: Annotated[str, Form(max_length=10)] = "",
    note: Note = "",
    next: Annotated[str, Form(max_length=200)] = "",  # noqa: A002
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
    return _back(granted.patient_id or patient_id, next)


@router.post("/patients/{patient_id}/opposition/withdraw")
async def withdrawal(
    request: Request,
    patient_id: str,
    granted: Annotated[Granted, gate("patient_rights", change=True)],
    reason: Annotated[str, Form(max_length=1000)],
    effective: Annotated[str, Form(max_length=10)] = "",
    next: Annotated[str, Form(max_length=200)] = "",  # noqa: A002
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
    return _back(granted.patient_id or patient_id, next)
