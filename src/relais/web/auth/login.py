"""Sign in with a local account: rate limit, argon2 check, new session. Every attempt counts."""

from sqlalchemy import Engine

from relais.web.auth.accounts import password_hash_of
from relais.web.auth.passwords import verify_password
from relais.web.auth.ratelimit import check_allowed, note_attempt
from relais.web.auth.sessions import Session, open_session
from relais.web.errors import BadCredentials
from relais.web.settings import WebSettings

MAX_USERNAME = 255
WRONG = "Identifiant ou mot de passe incorrect (ou compte désactivé)."


def sign_in(
    engine: Engine, *, username: str, password: str, address: str, web: WebSettings
) -> tuple[str, Session]:
    """A session token for a valid local account; ``BadCredentials`` otherwise (the message
    never says whether the account exists)."""
    username = username.strip().lower()[:MAX_USERNAME]
    with engine.begin() as conn:
        check_allowed(conn, username=username, address=address, web=web)
        found = password_hash_of(conn, username)
    user, stored = found if found else (None, None)
    valid = verify_password(stored, password) and user is not None and user.active
    with engine.begin() as conn:  # the attempt is kept whatever the outcome
        note_attempt(conn, username=username, address=address, success=valid, web=web)
        opened = open_session(conn, user, web=web) if valid and user is not None else None
    if opened is None:
        raise BadCredentials(WRONG)
    return opened
