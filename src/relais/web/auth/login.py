"""Sign in with a local account: rate limit, argon2 check, new session. Every attempt counts,
and every attempt on an existing account is in the audit trail (success, failure, lockout)."""

from typing import Literal

from sqlalchemy import Connection, Engine

from relais.privacy.audit import Actor, AuditEvent, record
from relais.web.auth.accounts import User, password_hash_of
from relais.web.auth.passwords import verify_password
from relais.web.auth.ratelimit import check_allowed, note_attempt
from relais.web.auth.sessions import Session, open_session
from relais.web.errors import BadCredentials, TooManyAttempts
from relais.web.settings import WebSettings

MAX_USERNAME = 255
WRONG = "Identifiant ou mot de passe incorrect (ou compte désactivé)."
ACTION = "login"


def audit_login(
    conn: Connection,
    user: User,
    *,
    channel: Literal["ui", "api"],
    address: str,
    reason: str | None = None,
    resource: str | None = None,
) -> None:
    """The audit row of a sign-in (``reason`` set: refused). Attempts on unknown accounts are
    not recorded: there is no one to name, and the typed name may be a mistyped password."""
    details = {"address": address[:64], **({"reason": reason} if reason else {})}
    record(
        conn,
        AuditEvent(
            actor=Actor(id=user.username, role=user.role, channel=channel, name=user.display_name),
            action=ACTION,
            outcome="denied" if reason else "success",
            resource=resource or ("/api/login" if channel == "api" else "/login"),
            purpose="connexion",
            details=details,
        ),
    )


def sign_in(
    engine: Engine,
    *,
    username: str,
    password: str,
    address: str,
    web: WebSettings,
    channel: Literal["ui", "api"] = "ui",
) -> tuple[str, Session]:
    """A session token for a valid local account; ``BadCredentials`` otherwise (the message
    never says whether the account exists)."""
    username = username.strip().lower()[:MAX_USERNAME]
    with engine.connect() as conn:
        found = password_hash_of(conn, username)
    user, stored = found if found else (None, None)
    try:
        with engine.begin() as conn:
            check_allowed(conn, username=username, address=address, web=web)
    except TooManyAttempts:
        if user is not None:
            with engine.begin() as conn:
                audit_login(conn, user, channel=channel, address=address, reason="verrouillé")
        raise
    password_ok = verify_password(stored, password)
    valid = password_ok and user is not None and user.active
    with engine.begin() as conn:  # the attempt is kept whatever the outcome
        note_attempt(conn, username=username, address=address, success=valid, web=web)
        opened = open_session(conn, user, web=web) if valid and user is not None else None
        if user is not None:
            refused = None if valid else "compte désactivé" if password_ok else "mot de passe"
            audit_login(conn, user, channel=channel, address=address, reason=refused)
    if opened is None:
        raise BadCredentials(WRONG)
    return opened
