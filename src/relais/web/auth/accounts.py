"""User accounts: create, find, list, disable. An account is never deleted (the audit trail
names it); a disabled account cannot sign in and its sessions end."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Row, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from relais.errors import InvalidInput, NotFound
from relais.privacy.audit import ROLES
from relais.store.web_tables import web_sessions, web_users
from relais.web.auth.passwords import hash_password

USERNAME = re.compile(r"[a-z0-9][a-z0-9._@-]{1,63}")
RPPS = re.compile(r"\d{11}")
ROLE_LABELS = {
    "physician": "Médecin",
    "nurse": "Infirmier·ère",
    "secretary": "Secrétaire médicale",
    "dpo": "Délégué·e à la protection des données",
    "admin": "Administrateur·rice",
    "data_scientist": "Data scientist",
    "manager": "Cadre de santé / direction",
}
Source = Literal["local", "oidc"]


@dataclass(frozen=True, slots=True)
class User:
    pk: int
    username: str
    display_name: str
    role: str
    rpps: str | None
    source: str
    active: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def to_dict(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "role_label": self.role_label,
            "rpps": self.rpps,
            "source": self.source,
            "active": self.active,
        }


def user_of(row: Row[Any]) -> User:
    return User(
        int(row.pk), row.username, row.display_name, row.role, row.rpps, row.source, row.active
    )


def check_account(*, username: str, role: str, rpps: str | None) -> None:
    if not USERNAME.fullmatch(username):
        raise InvalidInput(
            f"Identifiant {username!r} invalide : 2 à 64 caractères parmi a-z, 0-9, . _ @ -, "
            "en minuscules (par ex. c.martin)."
        )
    if role not in ROLES:
        raise InvalidInput(f"Rôle {role!r} inconnu : choisissez parmi {', '.join(ROLES)}.")
    if rpps is not None and not RPPS.fullmatch(rpps):
        raise InvalidInput(f"Numéro RPPS {rpps!r} invalide : 11 chiffres attendus.")


def add_user(
    conn: Connection,
    *,
    username: str,
    role: str,
    password: str | None,
    display_name: str | None = None,
    rpps: str | None = None,
    source: Source = "local",
) -> User:
    """Create an account; local accounts need a password (argon2-hashed here)."""
    check_account(username=username, role=role, rpps=rpps)
    if source == "local" and password is None:
        raise InvalidInput("Un compte local a besoin d'un mot de passe.")
    hashed = hash_password(password) if password is not None else None
    try:
        with conn.begin_nested():
            conn.execute(
                insert(web_users).values(
                    username=username,
                    display_name=(display_name or username).strip()[:255],
                    role=role,
                    password_hash=hashed,
                    rpps=rpps,
                    source=source,
                    active=True,
                    created_at=datetime.now(UTC),
                )
            )
    except IntegrityError as exc:
        raise InvalidInput(f"Le compte {username!r} existe déjà.") from exc
    return find_user(conn, username)


def find_user(conn: Connection, username: str) -> User:
    row = conn.execute(select(web_users).where(web_users.c.username == username)).first()
    if row is None:
        raise NotFound(f"Aucun compte {username!r} (`relais user list`).")
    return user_of(row)


def password_hash_of(conn: Connection, username: str) -> tuple[User, str | None] | None:
    row = conn.execute(select(web_users).where(web_users.c.username == username)).first()
    return (user_of(row), row.password_hash) if row else None


def list_users(conn: Connection) -> list[User]:
    return [user_of(r) for r in conn.execute(select(web_users).order_by(web_users.c.username))]


def set_active(conn: Connection, username: str, *, active: bool) -> User:
    """Enable or disable an account; disabling ends its sessions at once."""
    user = find_user(conn, username)
    conn.execute(update(web_users).where(web_users.c.pk == user.pk).values(active=active))
    if not active:
        conn.execute(delete(web_sessions).where(web_sessions.c.user_pk == user.pk))
    return find_user(conn, username)


def update_from_provider(
    conn: Connection, *, username: str, display_name: str, role: str, rpps: str | None
) -> User:
    """Create or refresh an OpenID Connect account from the provider's claims."""
    check_account(username=username, role=role, rpps=rpps)
    row = conn.execute(select(web_users).where(web_users.c.username == username)).first()
    if row is None:
        return add_user(
            conn,
            username=username,
            role=role,
            password=None,
            display_name=display_name,
            rpps=rpps,
            source="oidc",
        )
    if row.source != "oidc":
        raise InvalidInput(
            f"Le compte {username!r} est un compte local : il ne peut pas se connecter par "
            "l'annuaire de l'établissement (demandez à l'administrateur)."
        )
    conn.execute(
        update(web_users)
        .where(web_users.c.pk == row.pk)
        .values(display_name=display_name[:255], role=role, rpps=rpps)
    )
    return find_user(conn, username)
