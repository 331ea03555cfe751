"""API: the DPO's search of the audit trail (itself recorded)."""

from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from relais.web.access import Granted, gate
from relais.web.routes.schemas import ERRORS
from relais.web.services.audit import MAX_ROWS, AuditQuery, search_trail
from relais.web.workspace import workspace

router = APIRouter(prefix="/api", tags=["audit"], responses=ERRORS)
Field = Annotated[str | None, Query(max_length=255)]


@router.get("/audit")
async def audit(
    request: Request,
    granted: Annotated[
        Granted, gate("audit", purpose="contrôle des accès", patient_query="patient")
    ],
    patient: Annotated[str | None, Query(max_length=64, description="Id FHIR du patient")] = None,
    user: Annotated[str | None, Query(max_length=255, description="Identifiant ou nom")] = None,
    since: Annotated[str | None, Query(max_length=10, description="AAAA-MM-JJ")] = None,
    until: Annotated[str | None, Query(max_length=10, description="AAAA-MM-JJ inclus")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_ROWS)] = 200,
) -> list[dict[str, Any]]:
    """Qui a accédé à quoi (le plus récent d'abord), par patient, utilisateur, période."""
    query = AuditQuery.parse(patient=patient, user=user, since=since, until=until, limit=limit)

    def work() -> list[dict[str, Any]]:
        with workspace(request).engine.connect() as conn:
            return [e.to_dict() for e in search_trail(conn, query)]

    return await run_in_threadpool(work)
