"""Screen: the DPO searches the audit trail by patient or by user (the search is audited too)."""

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from relais.privacy.audit import AuditEntry
from relais.web.access import Granted, gate
from relais.web.services.audit import AuditQuery, search_trail
from relais.web.templating import render
from relais.web.workspace import workspace

router = APIRouter(include_in_schema=False)
Field = Annotated[str | None, Query(max_length=255)]


@router.get("/audit")
async def audit(
    request: Request,
    granted: Annotated[
        Granted, gate("audit", purpose="contrôle des accès", patient_query="patient")
    ],
    patient: Field = None,
    user: Field = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
) -> Response:
    query = AuditQuery.parse(patient=patient, user=user, since=since, until=until)

    def work() -> list[AuditEntry]:
        with workspace(request).engine.connect() as conn:
            return search_trail(conn, query)

    entries = await run_in_threadpool(work)
    return render(request, "audit.html.j2", query=query, entries=entries)
