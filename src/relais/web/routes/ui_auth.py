"""Login and logout screens."""

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from relais.errors import RelaisError
from relais.privacy.audit import is_permitted
from relais.web.auth.current import Principal, current_principal, token_of
from relais.web.auth.login import sign_in
from relais.web.auth.sessions import close_session
from relais.web.errors import AuthenticationRequired, CsrfRejected, status_of
from relais.web.routes.cookies import (
    LOGIN_COOKIE,
    clear_session,
    new_login_token,
    safe_next,
    set_login_cookie,
    set_session,
)
from relais.web.templating import render
from relais.web.workspace import Workspace, workspace

router = APIRouter(include_in_schema=False)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


# Each role's first screen: the first of these its role may open.
LANDINGS = (("read", "/patients"), ("forecast", "/pilotage"), ("audit", "/audit"))


def landing_of(role: str) -> str:
    """Where a user of ``role`` lands after signing in (patients, Pilotage or the audit
    trail); roles without a workspace screen land on the patient search, which says so."""
    return next((path for action, path in LANDINGS if is_permitted(role, action)), "/patients")


@router.get("/")
async def home(request: Request) -> Response:
    try:
        principal = await current_principal(request)
    except AuthenticationRequired:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(landing_of(principal.user.role), status_code=303)


def login_page(
    request: Request, *, next_url: str, error: str | None = None, status_code: int = 200
) -> Response:
    ws = workspace(request)
    token = new_login_token()
    response = render(
        request,
        "login.html.j2",
        status_code=status_code,
        next_url=next_url,
        error=error,
        oidc=ws.web.oidc_enabled,
        login_token=token,
    )
    set_login_cookie(response, token, ws.web)
    return response


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002
    return login_page(request, next_url=safe_next(next))


@router.post("/login")
async def login(
    request: Request,
    username: Annotated[str, Form(max_length=255)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str, Form(max_length=128)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",  # noqa: A002
) -> Response:
    ws = workspace(request)
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not secrets.compare_digest(expected.encode(), csrf_token.encode()):
        raise CsrfRejected("Formulaire de connexion expiré : rechargez la page.")
    try:
        token, _ = await run_in_threadpool(
            sign_in,
            ws.engine,
            username=username,
            password=password,
            address=client_address(request),
            web=ws.web,
        )
    except RelaisError as exc:
        status, _ = status_of(exc)
        return login_page(request, next_url=safe_next(next), error=str(exc), status_code=status)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session(response, token, ws.web)
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
async def logout(request: Request, _: Annotated[Principal, Depends(current_principal)]) -> Response:
    ws = workspace(request)
    token, _bearer = token_of(request)
    if token:
        await run_in_threadpool(_close, ws, token)
    response = RedirectResponse("/login", status_code=303)
    clear_session(response, ws.web)
    return response


def _close(ws: Workspace, token: str) -> None:
    with ws.engine.begin() as conn:
        close_session(conn, token)
