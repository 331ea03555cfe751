"""Login rate limiting: after too many failures for an account (or from an address) within the
window, sign-in is refused until the window has passed. Attempts are rows in the database,
so the limit holds across app servers; a success clears the account's count."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select

from relais.store.web_tables import web_login_attempts
from relais.web.errors import TooManyAttempts
from relais.web.settings import WebSettings


def check_allowed(
    conn: Connection, *, username: str, address: str, web: WebSettings, now: datetime | None = None
) -> None:
    """Raise ``TooManyAttempts`` when the account or the address is over its limit."""
    now = now or datetime.now(UTC)
    since = now - timedelta(minutes=web.login_window_minutes)
    a = web_login_attempts.c
    last_success = select(func.max(a.at)).where(a.username == username, a.success.is_(True))
    failures = select(func.count()).where(
        a.username == username,
        a.success.is_(False),
        a.at >= since,
        a.at > func.coalesce(last_success.scalar_subquery(), since),
    )
    from_address = select(func.count()).where(
        a.address == address, a.success.is_(False), a.at >= since
    )
    if (
        conn.execute(failures).scalar_one() >= web.login_max_failures
        or conn.execute(from_address).scalar_one() >= web.login_max_failures_per_address
    ):
        raise TooManyAttempts(
            "Trop de tentatives de connexion échouées : réessayez dans "
            f"{web.login_window_minutes} minutes, ou demandez à l'administrateur."
        )


def note_attempt(
    conn: Connection,
    *,
    username: str,
    address: str,
    success: bool,
    web: WebSettings,
    now: datetime | None = None,
) -> None:
    now = now or datetime.now(UTC)
    a = web_login_attempts.c
    keep = now - timedelta(minutes=web.login_window_minutes) * 4
    conn.execute(delete(web_login_attempts).where(a.at < keep))
    conn.execute(
        insert(web_login_attempts).values(
            username=username[:255], address=address[:64], at=now, success=success
        )
    )
