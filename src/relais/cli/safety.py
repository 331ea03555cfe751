"""Medication safety commands: terminologies, interaction and allergy checks, acknowledgements."""

from pathlib import Path
from typing import Annotated

import typer

from relais.cli.app import JsonFlag, app, database, emit_json, parse_day, run_action
from relais.config import load_settings
from relais.errors import InvalidInput

terminology_app = typer.Typer(
    help="Drug terminologies: ANSM interaction thesaurus, BDPM.", no_args_is_help=True
)
app.add_typer(terminology_app, name="terminology")


@terminology_app.command("load-thesaurus")
def terminology_load_thesaurus(
    folder: Annotated[
        Path | None,
        typer.Argument(help="Folder with a newer edition's JSON (default: bundled, newest)."),
    ] = None,
    edition: Annotated[
        str | None, typer.Option(help="Edition label, e.g. 2023-09 (required with FOLDER).")
    ] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Where the files come from.")] = None,
) -> None:
    """Load an edition of the ANSM interaction thesaurus (replaces one with the same label)."""

    def action() -> None:
        from relais.safety.service import load_thesaurus

        day = parse_day(published, "--published")
        with database(load_settings()) as engine, engine.begin() as conn:
            summary = load_thesaurus(conn, folder, edition=edition, published=day, source=source)
        emit_json(summary)

    run_action(action)


@terminology_app.command("load-bdpm")
def terminology_load_bdpm(
    folder: Annotated[Path, typer.Argument(help="Folder with CIS_bdpm.txt, CIS_COMPO_bdpm.txt.")],
    release: Annotated[str | None, typer.Option(help="Release label (default: file date).")] = None,
) -> None:
    """Load a BDPM release, replacing the previous one in one transaction (idempotent)."""

    def action() -> None:
        from relais.safety.bdpm import load_release

        with database(load_settings()) as engine, engine.begin() as conn:
            summary = load_release(conn, folder, release=release)
        emit_json(summary.to_dict())

    run_action(action)


@app.command()
def interactions(
    patient_id: Annotated[
        str | None, typer.Argument(help="FHIR id or identifier (IPP, INS).")
    ] = None,
    drugs: Annotated[
        str | None, typer.Option(help='Drugs taken together: "simvastatine, clarithromycine".')
    ] = None,
    at: Annotated[str | None, typer.Option(help="Only lines active on this day.")] = None,
    edition: Annotated[str | None, typer.Option(help="Thesaurus edition label.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Drug interactions (ANSM thesaurus) and allergy conflicts of a patient or a drug list."""

    def action() -> None:
        from datetime import datetime, time

        from relais.safety.knowledge import load_knowledge
        from relais.safety.render import report_dict, report_text
        from relais.safety.service import check_drugs, check_patient

        if (patient_id is None) == (drugs is None):
            raise InvalidInput('Give either PATIENT_ID or --drugs "a, b", not both.')
        day = parse_day(at, "--at")
        moment = datetime.combine(day, time(12)) if day else None
        with database(load_settings()) as engine, engine.connect() as conn:
            knowledge = load_knowledge(conn, edition=edition)
            if patient_id is not None:
                _, report = check_patient(conn, knowledge, patient_id, at=moment)
            else:
                report = check_drugs(knowledge, drugs or "")
        if as_json:
            emit_json(report_dict(report, knowledge.sources))
        else:
            typer.echo(report_text(report))

    run_action(action)


@app.command("acknowledge")
def acknowledge_alert(
    patient_id: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    alert: Annotated[str, typer.Argument(help="The alert's reference shown in brackets.")],
    reason: Annotated[str, typer.Option(help="Why the alert is accepted.")],
    by: Annotated[str, typer.Option(help="Name or RPPS of the acknowledging physician.")],
) -> None:
    """Acknowledge a medication safety alert with a reason (stored with who and when)."""

    def action() -> None:
        from relais.safety.acknowledgements import acknowledge
        from relais.safety.knowledge import load_knowledge
        from relais.safety.service import check_patient

        with database(load_settings()) as engine, engine.begin() as conn:
            found_id, report = check_patient(conn, load_knowledge(conn), patient_id)
            key = acknowledge(
                conn, report, patient_id=found_id, finding=alert, reason=reason, by=by
            )
        emit_json({"patient": found_id, "acknowledged": key, "reason": reason, "by": by})

    run_action(action)
