"""Workspace tables: user accounts, server-side sessions, login attempts, pending OIDC logins.

Passwords are stored as argon2 hashes only; accounts signed in through the hospital's OpenID
Connect provider have no password (``source`` = ``oidc``). A session row is keyed by the SHA-256
of its token, so a copy of the table does not let anyone sign in. Accounts are never deleted
(the audit trail names them): they are disabled.
"""

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
)

from relais.store.tables import SHORT, PrimaryKey, metadata

HASH = 64  # hex SHA-256
TOKEN = 64  # URL-safe random tokens (CSRF, OIDC state)

web_users = Table(
    "web_users",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("username", String(SHORT), nullable=False, unique=True),
    Column("display_name", String(SHORT), nullable=False),
    Column("role", String(32), nullable=False),
    Column("password_hash", Text),  # argon2id; NULL for OIDC accounts
    Column("rpps", String(11)),
    Column("source", String(16), nullable=False),  # local / oidc
    Column("active", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("token_hash", String(HASH), primary_key=True),
    Column(
        "user_pk",
        PrimaryKey,
        ForeignKey("web_users.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("csrf_token", String(TOKEN), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)

web_login_attempts = Table(
    "web_login_attempts",
    metadata,
    Column("pk", PrimaryKey, primary_key=True, autoincrement=True),
    Column("username", String(SHORT), nullable=False),
    Column("address", String(64), nullable=False),  # client IP
    Column("at", DateTime(timezone=True), nullable=False),
    Column("success", Boolean, nullable=False),
    Index("ix_web_login_attempts_username", "username", "at"),
    Index("ix_web_login_attempts_address", "address", "at"),
)

web_oidc_logins = Table(
    "web_oidc_logins",
    metadata,
    Column("state", String(TOKEN), primary_key=True),
    Column("nonce", String(TOKEN), nullable=False),
    Column("code_verifier", String(128), nullable=False),
    Column("next_url", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
