"""`relais user add|list|disable`: argon2-hashed accounts, clear errors, disabling ends sessions."""

import json

from sqlalchemy import Engine, select
from typer.testing import CliRunner

from relais.cli import app
from relais.store.web_tables import web_sessions, web_users
from relais.web.auth.accounts import find_user
from relais.web.auth.sessions import open_session
from relais.web.settings import WebSettings
from tests.web.conftest import SQLITE_ONLY, USERS

pytestmark = SQLITE_ONLY  # the PostgreSQL variants run in test_api, test_access…

runner = CliRunner()


def test_add_list_disable(engine: Engine, database_url: str) -> None:
    env = {"RELAIS_DATABASE_URL": database_url}
    added = runner.invoke(
        app,
        [
            "user",
            "add",
            "c.martin",
            "--role",
            "physician",
            "--name",
            "Dr Claire Martin",
            "--rpps",
            "10101010101",
            "--password-stdin",
            "--json",
        ],
        input="Une phrase de passe solide\n",
        env=env,
    )
    assert added.exit_code == 0, added.output
    assert json.loads(added.stdout)["role_label"] == "Médecin"
    mine = web_users.c.username == "c.martin"
    with engine.connect() as conn:
        stored = conn.execute(select(web_users.c.password_hash).where(mine)).scalar_one()
    assert stored.startswith("$argon2id$") and "phrase" not in stored
    listed = runner.invoke(app, ["user", "list", "--json"], env=env)
    accounts = {u["username"]: u["role"] for u in json.loads(listed.stdout)}
    assert accounts["c.martin"] == "physician"
    assert len(accounts) == len(USERS) + 1  # the fixture's accounts too
    with engine.begin() as conn:
        user = find_user(conn, "c.martin")
        open_session(conn, user, web=WebSettings())
    disabled = runner.invoke(app, ["user", "disable", "c.martin"], env=env)
    assert disabled.exit_code == 0 and "désactivé" in disabled.stdout
    with engine.connect() as conn:
        sessions = select(web_sessions).where(web_sessions.c.user_pk == user.pk)
        assert conn.execute(sessions).first() is None
        assert conn.execute(select(web_users.c.active).where(mine)).scalar_one() is False


BAD = [
    (["Dr.Martin", "--role", "physician"], "Identifiant"),
    (["c.martin", "--role", "chirurgien"], "Rôle 'chirurgien' inconnu"),
    (["c.martin", "--role", "nurse", "--rpps", "123"], "RPPS"),
]


def test_bad_accounts_are_refused_with_the_reason(engine: Engine, database_url: str) -> None:
    env = {"RELAIS_DATABASE_URL": database_url}
    for args, message in BAD:
        result = runner.invoke(
            app, ["user", "add", *args, "--password-stdin"], input="Une phrase de passe\n", env=env
        )
        assert result.exit_code == 2 and message in result.stderr, (args, result.output)
    short = runner.invoke(
        app,
        ["user", "add", "c.martin", "--role", "nurse", "--password-stdin"],
        input="court\n",
        env=env,
    )
    assert short.exit_code == 2 and "12 caractères" in short.stderr
    ok = ["user", "add", "c.martin", "--role", "nurse", "--password-stdin"]
    assert runner.invoke(app, ok, input="Une phrase de passe\n", env=env).exit_code == 0
    again = runner.invoke(app, ok, input="Une phrase de passe\n", env=env)
    assert again.exit_code == 2 and "existe déjà" in again.stderr
    tolerated = runner.invoke(app, [*ok, "--exist-ok"], input="Une phrase de passe\n", env=env)
    assert tolerated.exit_code == 0  # make demo, run twice
    other_role = ["user", "add", "c.martin", "--role", "dpo", "--password-stdin", "--exist-ok"]
    clash = runner.invoke(app, other_role, input="Une phrase de passe\n", env=env)
    assert clash.exit_code == 2 and "rôle nurse" in clash.stderr
    missing = runner.invoke(app, ["user", "disable", "personne"], env=env)
    assert missing.exit_code == 3
