"""The session cookie and the login form's anti-forgery cookie."""

import secrets

from starlette.responses import Response

from relais.web.auth.current import SESSION_COOKIE
from relais.web.settings import WebSettings

LOGIN_COOKIE = "relais_login"


def set_session(response: Response, token: str, web: WebSettings) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        secure=web.cookie_secure,
        samesite="strict",
        path="/",
    )


def clear_session(response: Response, web: WebSettings) -> None:
    response.delete_cookie(
        SESSION_COOKIE, httponly=True, secure=web.cookie_secure, samesite="strict", path="/"
    )


def new_login_token() -> str:
    return secrets.token_urlsafe(32)


def set_login_cookie(response: Response, token: str, web: WebSettings) -> None:
    """The login form's token, also set as a cookie (double submit)."""
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        httponly=True,
        secure=web.cookie_secure,
        samesite="strict",
        path="/login",
        max_age=3600,
    )


def safe_next(value: str | None) -> str:
    """Only a path of this site (no scheme, no //host) may follow a login."""
    if value and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"  # the home page sends each role to its first screen
