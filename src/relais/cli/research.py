"""`relais export|projects|opposition|audit`: secondary use of data, and the audit trail.

The command line acts as a local system actor: the operating-system user name, with the role
given by ``--as-role`` (each command defaults to the role it is meant for). Whoever runs the
CLI already holds the database credentials, so the role is a declaration recorded in the audit
trail, not a barrier; the web workspace checks logged-in users' roles for real.
"""

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated

import typer

from relais.cli.app import JsonFlag, app, database, emit_json, parse_day, run_action
from relais.config import load_settings
from relais.errors import InvalidInput, NotFound
from relais.privacy.audit.events import Actor

audit_app = typer.Typer(help="Audit trail of accesses to patient data.", no_args_is_help=True)
opposition_app = typer.Typer(
    help="Patients' opposition to the reuse of their data (RGPD art. 21).", no_args_is_help=True
)
app.add_typer(audit_app, name="audit")
app.add_typer(opposition_app, name="opposition")


def _role_option(default: str) -> object:
    return typer.Option(
        "--as-role",
        help="Role recorded in the audit trail: physician, nurse, secretary, dpo, admin, "
        f"data_scientist (default {default}).",
    )


def cli_actor(role: str) -> Actor:
    """The person at the terminal: the OS user name, acting with ``role``."""
    import getpass

    user = getpass.getuser()
    return Actor(id=f"os:{user}", name=user, role=role, channel="cli")


@audit_app.command("verify")
def audit_verify(
    anchor: Annotated[
        list[str] | None,
        typer.Option(help="SEQ:HASH noted from an earlier report (repeatable)."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check the hash chain; exit 0 when intact, 1 with the first broken row otherwise."""

    def action() -> int:
        from relais.privacy.audit import verify

        anchors = dict(_anchor(a) for a in anchor or [])
        with database(load_settings()) as engine, engine.connect() as conn:
            report = verify(conn, anchors=anchors)
        if as_json:
            emit_json(report.to_dict())
        elif report.ok:
            typer.echo(
                f"Journal d'audit intact : {report.rows} lignes. Dernière ligne "
                f"{report.head_seq}, empreinte {report.head_hash} (notez-la ailleurs)."
            )
        else:
            typer.echo(
                f"Journal d'audit ALTÉRÉ à la ligne {report.broken_seq} : {report.reason}.",
                err=True,
            )
        return 0 if report.ok else 1

    run_action(action)


def _anchor(text: str) -> tuple[int, str]:
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise InvalidInput(f"--anchor must be SEQ:HASH (a number and 64 hex digits), got {text!r}")
    return int(seq), digest.lower()


@audit_app.command("search")
def audit_search(
    patient: Annotated[str | None, typer.Option(help="FHIR id or identifier (IPP).")] = None,
    user: Annotated[str | None, typer.Option(help="User id or name.")] = None,
    since: Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD, UTC).")] = None,
    until: Annotated[str | None, typer.Option(help="Before this day (YYYY-MM-DD, UTC).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="At most this many.")] = 1000,
    purpose: Annotated[str, typer.Option(help="Why you search (recorded).")] = "contrôle DPO",
    as_role: Annotated[str, _role_option("dpo")] = "dpo",
    as_json: JsonFlag = False,
) -> None:
    """Who accessed what: the trail by patient, by user and by time, newest first (audited)."""

    def action() -> None:
        from relais.privacy.audit import audited_access, search
        from relais.store.patients import resolve_patient_id

        start, end = parse_day(since, "--since"), parse_day(until, "--until")
        with database(load_settings()) as engine, engine.connect() as conn:
            patient_id = patient
            if patient is not None:
                try:
                    patient_id = resolve_patient_id(conn, patient)
                except NotFound:
                    patient_id = patient  # a patient since removed can still be searched
            audited_access(
                conn,
                actor=cli_actor(as_role),
                patient_id=patient_id,
                action="audit",
                purpose=purpose,
                resource="audit_events",
                details={"user": user, "since": since, "until": until},
            )
            entries = search(
                conn,
                patient_id=patient_id,
                user=user,
                since=_midnight(start),
                until=_midnight(end + timedelta(days=1) if end else None),
                limit=limit,
            )
        if as_json:
            emit_json([e.to_dict() for e in entries])
            return
        for e in entries:
            typer.echo(
                f"{e.seq:>6}  {e.recorded_at:%Y-%m-%d %H:%M:%S}  {e.actor_id} ({e.role}, "
                f"{e.channel})  {e.action}  {e.outcome}  patient={e.patient_id or '-'}  "
                f"{e.resource or ''}  « {e.purpose or ''} »"
            )
        typer.echo(f"{len(entries)} ligne(s).")

    run_action(action)


def _midnight(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0), tzinfo=UTC) if day is not None else None


@opposition_app.command("add")
def opposition_add(
    patient: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    channel: Annotated[str, typer.Option(help="courrier, portail, oral, email, formulaire…")],
    day: Annotated[
        str | None, typer.Option("--date", help="When the patient said so (default today).")
    ] = None,
    note: Annotated[str | None, typer.Option(help="Free note (reference of the letter…).")] = None,
    as_role: Annotated[str, _role_option("dpo")] = "dpo",
) -> None:
    """Record a patient's opposition to the reuse of their data (left out of every export)."""

    def action() -> None:
        from relais.privacy.research import add_opposition

        effective = parse_day(day, "--date")
        with database(load_settings()) as engine, engine.begin() as conn:
            change = add_opposition(
                conn,
                actor=cli_actor(as_role),
                patient=patient,
                channel=channel,
                effective=effective,
                note=note,
            )
        emit_json(change.to_dict())

    run_action(action)


@opposition_app.command("remove")
def opposition_remove(
    patient: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    reason: Annotated[str, typer.Option(help="Why the opposition is withdrawn.")],
    day: Annotated[
        str | None, typer.Option("--date", help="When the patient withdrew it (default today).")
    ] = None,
    channel: Annotated[str | None, typer.Option(help="How the patient said so.")] = None,
    as_role: Annotated[str, _role_option("dpo")] = "dpo",
) -> None:
    """Withdraw an opposition (a new row: the history is kept)."""

    def action() -> None:
        from relais.privacy.research import withdraw_opposition

        effective = parse_day(day, "--date")
        with database(load_settings()) as engine, engine.begin() as conn:
            change = withdraw_opposition(
                conn,
                actor=cli_actor(as_role),
                patient=patient,
                reason=reason,
                effective=effective,
                channel=channel,
            )
        emit_json(change.to_dict())

    run_action(action)


@opposition_app.command("list")
def opposition_list(
    full_history: Annotated[
        bool, typer.Option("--history", help="Every change, withdrawals included.")
    ] = False,
    as_role: Annotated[str, _role_option("dpo")] = "dpo",
    as_json: JsonFlag = False,
) -> None:
    """Patients opposed today (or the whole history of the register)."""

    def action() -> None:
        from relais.privacy.audit import audited_access
        from relais.privacy.research import current_oppositions, history

        with database(load_settings()) as engine, engine.connect() as conn:
            audited_access(
                conn,
                actor=cli_actor(as_role),
                patient_id=None,
                action="patient_rights",
                purpose="consultation du registre des oppositions",
                resource="patient_oppositions",
            )
            changes = history(conn) if full_history else current_oppositions(conn)
        if as_json:
            emit_json([c.to_dict() for c in changes])
            return
        for c in changes:
            label = "opposition" if c.change == "opposition" else "retrait"
            typer.echo(
                f"{c.patient_id}  {label} du {c.effective:%d/%m/%Y}  "
                f"({c.channel or 'canal non précisé'})  {c.note or ''}"
            )
        typer.echo(f"{len(changes)} ligne(s).")

    run_action(action)


@app.command("projects")
def projects(
    patient: Annotated[
        str | None, typer.Option(help="Only projects whose extracts included this patient.")
    ] = None,
    as_role: Annotated[str, _role_option("dpo")] = "dpo",
    as_json: JsonFlag = False,
) -> None:
    """The transparency register: research projects and their extracts (date, counts)."""

    def action() -> None:
        from relais.privacy.audit import audited_access
        from relais.privacy.research import list_projects
        from relais.store.patients import resolve_patient_id

        with database(load_settings()) as engine, engine.connect() as conn:
            patient_id = None
            if patient is not None:
                patient_id = resolve_patient_id(conn, patient)
                audited_access(
                    conn,
                    actor=cli_actor(as_role),
                    patient_id=patient_id,
                    action="patient_rights",
                    purpose="information du patient sur les projets",
                    resource="research_exports",
                )
            found = list_projects(conn, patient_id=patient_id)
        if as_json:
            emit_json([p.to_dict() for p in found])
            return
        for p in found:
            typer.echo(
                f"{p.name} — {p.purpose} — base légale : {p.legal_basis} — demandeur : "
                f"{p.requester} — déclaré le {p.created_at:%d/%m/%Y}"
            )
            for e in p.exports:
                tables = ", ".join(f"{k} {v}" for k, v in e.counts.items())
                typer.echo(
                    f"    extraction {e.id} du {e.exported_at:%d/%m/%Y %H:%M} par "
                    f"{e.exported_by} pour {e.requester} : {e.patients} patients "
                    f"({e.excluded_opposed} exclus pour opposition) ; {tables}"
                )
        typer.echo(f"{len(found)} projet(s).")

    run_action(action)


@app.command("export")
def export(
    project: Annotated[str, typer.Option(help="Project name in the transparency register.")],
    out: Annotated[Path, typer.Option(help="New (or empty) folder for the Parquet tables.")],
    requester: Annotated[
        str | None, typer.Option(help="Who asked for the extract (required for a new project).")
    ] = None,
    purpose: Annotated[str | None, typer.Option(help="Purpose of the research.")] = None,
    legal_basis: Annotated[
        str | None, typer.Option(help='Legal basis: "MR-004", "intérêt public", "consentement"…')
    ] = None,
    as_role: Annotated[str, _role_option("data_scientist")] = "data_scientist",
) -> None:
    """Write a pseudonymised research extract (Parquet), leaving out opposed patients."""

    def action() -> None:
        from relais.privacy.research import run_export

        settings = load_settings()
        with database(settings) as engine:
            summary = run_export(
                engine,
                actor=cli_actor(as_role),
                project=project,
                out=out,
                key=settings.resolved_pseudonymisation_key(),
                requester=requester,
                purpose=purpose,
                legal_basis=legal_basis,
            )
        emit_json(summary.to_dict())

    run_action(action)
