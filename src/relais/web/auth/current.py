"""Who is asking: the session behind the cookie (screens) or the bearer token (API clients),
and, for a request that changes something, the session's anti-forgery token."""

import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from relais.privacy.audit import Channel
from relais.web.auth.accounts import User
from relais.web.auth.sessions import Session, find_session
from relais.web.errors import AuthenticationRequired, CsrfRejected
from relais.web.workspace import Workspace, workspace

SESSION_COOKIE = "relais_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
API_PREFIXES = ("/api/", "/fhir/")


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in user of this request."""

    user: User
    csrf_token: str
    channel: Channel
    bearer: bool


def channel_of(path: str) -> Channel:
    return "api" if path.startswith(API_PREFIXES) or path in ("/api", "/fhir") else "ui"


def token_of(request: Request) -> tuple[str | None, bool]:
    """The session token and whether it came as a bearer header (API clients)."""
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None, True
    return request.cookies.get(SESSION_COOKIE), False


def _lookup(ws: Workspace, token: str) -> Session | None:
    with ws.engine.begin() as conn:
        return find_session(conn, token, web=ws.web)


async def check_csrf(request: Request, expected: str) -> None:
    """The token must come back in the X-CSRF-Token header or the csrf_token form field, and
    a browser's Origin, when sent, must be this site."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise CsrfRejected("Requête refusée : elle ne vient pas de Relais.")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not secrets.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRejected(
            "Jeton anti-falsification absent ou invalide : rechargez la page et recommencez."
        )


async def current_principal(request: Request) -> Principal:
    """The dependency of every route that needs a signed-in user."""
    token, bearer = token_of(request)
    if not token:
        raise AuthenticationRequired("Connectez-vous pour accéder à Relais.")
    session = await run_in_threadpool(_lookup, workspace(request), token)
    if session is None:
        raise AuthenticationRequired("Session expirée ou fermée : reconnectez-vous.")
    if request.method in UNSAFE and not bearer:
        await check_csrf(request, session.csrf_token)
    principal = Principal(session.user, session.csrf_token, channel_of(request.url.path), bearer)
    request.state.principal = principal
    return principal
