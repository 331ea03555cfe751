"""API: sign in (a bearer token), sign out, who am I."""

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from relais.web.auth.current import Principal, current_principal, token_of
from relais.web.auth.login import sign_in
from relais.web.auth.sessions import close_session
from relais.web.routes.schemas import ERRORS, Credentials, Token, UserOut
from relais.web.routes.ui_auth import client_address
from relais.web.workspace import Workspace, workspace

router = APIRouter(prefix="/api", tags=["session"], responses=ERRORS)


@router.post("/login", response_model=Token)
async def login(request: Request, body: Credentials) -> Token:
    """Ouvrir une session : renvoie le jeton à passer en `Authorization: Bearer`."""
    ws = workspace(request)
    token, session = await run_in_threadpool(
        sign_in,
        ws.engine,
        username=body.username,
        password=body.password,
        address=client_address(request),
        web=ws.web,
        channel="api",
    )
    return Token(
        token=token,
        csrf_token=session.csrf_token,
        expires_at=session.expires_at.isoformat(timespec="seconds"),
        user=UserOut(**session.user.to_dict()),
    )


def _close(ws: Workspace, token: str) -> None:
    with ws.engine.begin() as conn:
        close_session(conn, token)


@router.post("/logout", status_code=204)
async def logout(request: Request, _: Annotated[Principal, Depends(current_principal)]) -> None:
    """Fermer la session (le jeton ne sert plus)."""
    token, _bearer = token_of(request)
    if token:
        await run_in_threadpool(_close, workspace(request), token)


@router.get("/me", response_model=UserOut)
async def me(principal: Annotated[Principal, Depends(current_principal)]) -> UserOut:
    """L'utilisateur connecté et son rôle."""
    return UserOut(**principal.user.to_dict())
