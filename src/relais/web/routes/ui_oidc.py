"""Sign-in through the hospital's OpenID Connect provider (see ``auth.oidc``)."""

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from relais.errors import NotFound, RelaisError
from relais.web.auth.accounts import update_from_provider
from relais.web.auth.login import audit_login
from relais.web.auth.oidc import OidcClient, ProviderIdentity
from relais.web.auth.sessions import open_session
from relais.web.errors import BadCredentials, status_of
from relais.web.routes.cookies import safe_next, set_session
from relais.web.routes.ui_auth import client_address, login_page
from relais.web.workspace import Workspace, workspace

router = APIRouter(include_in_schema=False)
CALLBACK = "/auth/oidc/callback"


def client_of(ws: Workspace) -> OidcClient:
    if ws.oidc is None:
        raise NotFound("La connexion par l'annuaire de l'établissement n'est pas configurée.")
    return ws.oidc


@router.get("/auth/oidc/login")
async def oidc_login(
    request: Request, next: Annotated[str | None, Query(max_length=2000)] = None
) -> Response:
    ws = workspace(request)
    url = await run_in_threadpool(client_of(ws).start, ws.engine, next_url=safe_next(next))
    return RedirectResponse(url, status_code=303)


def _session(ws: Workspace, identity: ProviderIdentity, address: str) -> str:
    with ws.engine.begin() as conn:
        user = update_from_provider(
            conn,
            username=identity.username,
            display_name=identity.display_name,
            role=identity.role,
            rpps=identity.rpps,
        )
        reason = None if user.active else "compte désactivé"
        audit_login(conn, user, channel="ui", address=address, reason=reason, resource=CALLBACK)
        token = open_session(conn, user, web=ws.web)[0] if user.active else None
    if token is None:
        raise BadCredentials("Ce compte est désactivé : voyez l'administrateur.")
    return token


@router.get(CALLBACK)
async def oidc_callback(
    request: Request,
    code: Annotated[str | None, Query(max_length=4096)] = None,
    state: Annotated[str | None, Query(max_length=128)] = None,
    error: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    ws = workspace(request)
    try:
        if error or not code or not state:
            raise NotFound(f"L'annuaire n'a pas autorisé la connexion ({error or 'sans code'}).")
        identity, next_url = await run_in_threadpool(
            client_of(ws).finish, ws.engine, code=code, state=state
        )
        token = await run_in_threadpool(_session, ws, identity, client_address(request))
    except RelaisError as exc:
        status, _ = status_of(exc)
        return login_page(request, next_url="/", error=str(exc), status_code=status)
    response = RedirectResponse(safe_next(next_url), status_code=303)
    set_session(response, token, ws.web)
    return response
