"""API: the patient's opposition to the reuse of their data for research (RGPD art. 21)."""

from typing import Annotated, Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from relais.web.access import Granted, gate
from relais.web.routes.schemas import ERRORS, OppositionIn, WithdrawalIn
from relais.web.services.opposition import opposition_status, record_opposition, withdraw
from relais.web.workspace import workspace

router = APIRouter(prefix="/api", tags=["patients"], responses=ERRORS)


@router.get("/patients/{patient_id}/opposition")
async def opposition(
    request: Request,
    patient_id: str,
    granted: Annotated[Granted, gate(("read", "patient_rights"))],
) -> dict[str, Any]:
    """L'opposition du patient à la réutilisation de ses données (recherche) : en cours ou
    non, et l'historique des enregistrements et retraits."""

    def work() -> dict[str, Any]:
        with workspace(request).engine.connect() as conn:
            return opposition_status(conn, granted.patient_id or "").to_dict()

    return await run_in_threadpool(work)


@router.post("/patients/{patient_id}/opposition", status_code=201)
async def record(
    request: Request,
    patient_id: str,
    body: OppositionIn,
    granted: Annotated[Granted, gate("patient_rights", change=True)],
) -> dict[str, Any]:
    """Enregistrer l'opposition (canal, date où le patient l'a exprimée, note) ; journalisé."""

    def work() -> dict[str, Any]:
        with workspace(request).engine.begin() as conn:
            change = record_opposition(
                conn,
                actor=granted.actor,
                patient_id=granted.patient_id or "",
                channel=body.channel,
                effective=body.effective,
                note=body.note,
            )
        return change.to_dict()

    return await run_in_threadpool(work)


@router.delete("/patients/{patient_id}/opposition")
async def withdrawal(
    request: Request,
    patient_id: str,
    body: WithdrawalIn,
    granted: Annotated[Granted, gate("patient_rights", change=True)],
) -> dict[str, Any]:
    """Retirer l'opposition en cours (motif obligatoire ; l'opposition reste dans
    l'historique) ; journalisé."""

    def work() -> dict[str, Any]:
        with workspace(request).engine.begin() as conn:
            change = withdraw(
                conn,
                actor=granted.actor,
                patient_id=granted.patient_id or "",
                reason=body.reason,
                effective=body.effective,
                channel=body.channel,
            )
        return change.to_dict()

    return await run_in_threadpool(work)
