"""`relais serve` (the clinician workspace) and `relais user add|list|disable` (accounts)."""

import sys
from typing import Annotated

import typer

from relais.cli.app import JsonFlag, app, database, emit_json, run_action
from relais.config import load_settings
from relais.errors import InvalidInput

user_app = typer.Typer(
    help="Workspace accounts (local, argon2-hashed passwords).", no_args_is_help=True
)
app.add_typer(user_app, name="user")

ROLES_HELP = "physician, nurse, secretary, dpo, admin, data_scientist or manager"


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(min=0, max=65_535, help="Port.")] = None,
) -> None:
    """Start the clinician workspace (screens, /api, /fhir) with uvicorn."""

    def action() -> None:
        import uvicorn

        from relais.web import create_app
        from relais.web.settings import web_settings

        settings = load_settings()
        web = web_settings(settings)
        application = create_app(settings, web=web, warm=True)
        bind_host, bind_port = host or web.host, port if port is not None else web.port
        typer.echo(f"Relais : http://{bind_host}:{bind_port}/ (Ctrl+C pour arrêter)", err=True)
        uvicorn.run(
            application,
            host=bind_host,
            port=bind_port,
            log_level="info",
            proxy_headers=False,
            server_header=False,
        )

    run_action(action)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("--password-stdin: no password on standard input.")
        return password
    value: str = typer.prompt("Mot de passe", hide_input=True, confirmation_prompt=True)
    return value


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help="Login, lower case (e.g. c.martin).")],
    role: Annotated[str, typer.Option(help=f"Role: {ROLES_HELP}.")],
    name: Annotated[str | None, typer.Option(help="Display name (Dr Claire Martin).")] = None,
    rpps: Annotated[str | None, typer.Option(help="RPPS number (11 digits).")] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    exist_ok: Annotated[
        bool,
        typer.Option("--exist-ok", help="No error when the account exists with this role."),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Create a local account (the password is asked, or read with --password-stdin)."""

    def action() -> None:
        from relais.errors import NotFound
        from relais.web.auth.accounts import add_user, check_account, find_user

        check_account(username=username, role=role, rpps=rpps)
        password = _read_password(password_stdin)
        with database(load_settings()) as engine, engine.begin() as conn:
            try:
                existing = find_user(conn, username) if exist_ok else None
            except NotFound:
                existing = None
            if existing is not None and existing.role != role:
                raise InvalidInput(
                    f"Le compte {username!r} existe déjà avec le rôle {existing.role}."
                )
            user = existing or add_user(
                conn, username=username, role=role, password=password, display_name=name, rpps=rpps
            )
        if as_json:
            emit_json(user.to_dict())
        else:
            done = "existe déjà" if existing is not None else "créé"
            typer.echo(f"Compte {user.username} {done} ({user.role_label}).")

    run_action(action)


@user_app.command("list")
def user_list(as_json: JsonFlag = False) -> None:
    """List the accounts (never the password hashes)."""

    def action() -> None:
        from relais.web.auth.accounts import list_users

        with database(load_settings()) as engine, engine.connect() as conn:
            users = list_users(conn)
        if as_json:
            emit_json([u.to_dict() for u in users])
            return
        for u in users:
            state = "actif" if u.active else "désactivé"
            typer.echo(f"{u.username}\t{u.role}\t{u.display_name}\t{u.source}\t{state}")
        typer.echo(f"{len(users)} compte(s).", err=True)

    run_action(action)


@user_app.command("disable")
def user_disable(
    username: Annotated[str, typer.Argument(help="Login of the account to disable.")],
) -> None:
    """Disable an account: it can no longer sign in and its sessions end now."""

    def action() -> None:
        from relais.web.auth.accounts import set_active

        with database(load_settings()) as engine, engine.begin() as conn:
            set_active(conn, username, active=False)
        typer.echo(f"Compte {username} désactivé ; ses sessions sont fermées.")

    run_action(action)
