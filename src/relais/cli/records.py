"""Commands over the record: schema, import, patients, synthetic hospital, dossier."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from relais.cli.app import JsonFlag, app, database, db_app, emit_json, run_action
from relais.config import load_settings
from relais.errors import InvalidInput


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema (SQLite file or PostgreSQL)."""

    def action() -> None:
        from relais.store.engine import make_engine
        from relais.store.migrate import current_revision, upgrade

        settings = load_settings()
        engine = make_engine(settings.resolved_database_url())
        upgrade(engine)
        typer.echo(
            f"Database {engine.url.render_as_string()} at revision {current_revision(engine)}"
        )

    run_action(action)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="FHIR JSON / NDJSON files, folders, or - for stdin.")
    ],
    batch_size: Annotated[
        int | None, typer.Option(min=1, help="Resources per transaction.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Validation processes (default: one per CPU).")
    ] = None,
) -> None:
    """Import FHIR R4 resources, Bundles, NDJSON; print a JSON summary (exit 1 if rejections)."""
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        typer.echo(f"Erreur : file or folder not found: {', '.join(missing)}", err=True)
        raise typer.Exit(2)

    def action() -> int:
        from relais.ingest.importer import Importer

        settings = load_settings()
        with database(settings) as engine:
            importer = Importer(
                engine,
                batch_size=batch_size or settings.ingest_batch_size,
                workers=workers or settings.resolved_ingest_workers(),
            )
            summary = importer.run(paths)
        emit_json(summary.to_dict())
        return 0 if summary.ok else 1

    run_action(action)


@app.command("patients")
def list_patients(
    as_json: JsonFlag = False,
    search: Annotated[str, typer.Option(help="Name, IPP / identifier, or birth date.")] = "",
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0 = all).")] = 100,
) -> None:
    """List patients (name, sex, birth date, IPP, number of stays)."""

    def action() -> None:
        from relais.store.patients import list_patients as query

        with database(load_settings()) as engine, engine.connect() as conn:
            found = query(conn, search=search, limit=limit)
        if as_json:
            emit_json(found)
            return
        from relais.render_text import patients_table

        typer.echo(patients_table(found))

    run_action(action)


@app.command("patient")
def show_patient(
    patient_id: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    as_json: JsonFlag = False,
) -> None:
    """Show one patient: identity, stays, problems, treatment, allergies, results, documents."""

    def action() -> None:
        from relais.store.patients import get_patient

        with database(load_settings()) as engine, engine.connect() as conn:
            record = get_patient(conn, patient_id)
        if as_json:
            emit_json(record)
            return
        from relais.render_text import patient_sheet

        typer.echo(patient_sheet(record))

    run_action(action)


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="Output folder.")],
    patients: Annotated[int, typer.Option(min=1, help="Patients with full clinical detail.")] = 100,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same output).")] = 1,
    start: Annotated[str, typer.Option(help="First day of activity (YYYY-MM-DD).")] = "2024-01-01",
    days: Annotated[int, typer.Option(min=1, help="Days of hospital activity.")] = 730,
    ed_per_day: Annotated[float, typer.Option(min=0, help="Mean ED arrivals per day.")] = 120.0,
) -> None:
    """Generate a synthetic French hospital (FHIR R4 bundles, NDJSON activity, ground truth)."""

    def action() -> None:
        from relais.synth.generate import generate

        try:
            first_day = date.fromisoformat(start)
        except ValueError as exc:
            raise InvalidInput(f"--start must be a date YYYY-MM-DD, got {start!r}") from exc
        summary = generate(
            patients=patients,
            seed=seed,
            out=out,
            start=first_day,
            days=days,
            ed_arrivals_per_day=ed_per_day,
        )
        emit_json(summary.to_dict())

    run_action(action)


@app.command("dossier")
def show_dossier(
    stay_id: Annotated[str, typer.Argument(help="Stay: FHIR Encounter id or NDA.")],
    as_json: JsonFlag = False,
    notes: Annotated[bool, typer.Option("--notes", help="Read the clinical notes (NLP).")] = False,
    safety: Annotated[
        bool, typer.Option("--safety", help="Add drug interactions and allergy conflicts.")
    ] = False,
) -> None:
    """The numbered facts of a stay, with their sources (medication reconciliation included)."""

    def action() -> None:
        from relais.dossier import build_stay_dossier
        from relais.dossier.render import dossier_text

        with database(load_settings()) as engine, engine.connect() as conn:
            knowledge = None
            if safety:
                from relais.safety.knowledge import load_knowledge

                knowledge = load_knowledge(conn)
            reader = None
            if notes:
                from relais.dossier.nlp.reader import NoteReader

                reader = NoteReader.shared()
            dossier = build_stay_dossier(conn, stay_id, knowledge=knowledge, notes=reader)
        if as_json:
            emit_json(dossier.to_dict())
        else:
            typer.echo(dossier_text(dossier))

    run_action(action)
