"""Server-side sessions: a random token in an HttpOnly cookie (or a bearer header), its SHA-256
in the database, an anti-forgery token per session, an idle and an absolute expiry.

Signing out or disabling the account deletes the row: the token is dead at once, on every
server (the app servers keep no state of their own).
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from relais.store.web_tables import web_sessions, web_users
from relais.web.auth.accounts import User, user_of
from relais.web.settings import WebSettings

TOUCH_EVERY = timedelta(seconds=60)  # write last_seen at most this often per session


@dataclass(frozen=True, slots=True)
class Session:
    user: User
    csrf_token: str
    expires_at: datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def open_session(
    conn: Connection, user: User, *, web: WebSettings, now: datetime | None = None
) -> tuple[str, Session]:
    """A new session for ``user``; returns the token (to hand to the client, never stored)."""
    now = now or datetime.now(UTC)
    conn.execute(delete(web_sessions).where(web_sessions.c.expires_at < now))
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    expires = now + timedelta(hours=web.session_max_hours)
    conn.execute(
        insert(web_sessions).values(
            token_hash=token_hash(token),
            user_pk=user.pk,
            csrf_token=csrf,
            created_at=now,
            last_seen=now,
            expires_at=expires,
        )
    )
    return token, Session(user, csrf, expires)


def find_session(
    conn: Connection, token: str, *, web: WebSettings, now: datetime | None = None
) -> Session | None:
    """The live session of ``token``, or None (unknown, expired, idle too long, disabled)."""
    now = now or datetime.now(UTC)
    s = web_sessions.c
    row = conn.execute(
        select(web_sessions, web_users)
        .join(web_users, web_users.c.pk == s.user_pk)
        .where(s.token_hash == token_hash(token))
    ).first()
    if row is None:
        return None
    idle = now - _utc(row.last_seen)
    if (
        not row.active
        or now >= _utc(row.expires_at)
        or idle > timedelta(minutes=web.session_idle_minutes)
    ):
        conn.execute(delete(web_sessions).where(s.token_hash == row.token_hash))
        return None
    if idle > TOUCH_EVERY:
        conn.execute(
            update(web_sessions).where(s.token_hash == row.token_hash).values(last_seen=now)
        )
    return Session(user_of(row), row.csrf_token, _utc(row.expires_at))


def close_session(conn: Connection, token: str) -> None:
    conn.execute(delete(web_sessions).where(web_sessions.c.token_hash == token_hash(token)))
