"""`relais pseudonymize`: French clinical text with identities replaced by keyed surrogates."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from relais.cli.app import JsonFlag, app, database, emit_json, run_action
from relais.config import load_settings
from relais.errors import InvalidInput


def _read_source(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InvalidInput(f"{source}: no such file (give a text file, or - for standard input)")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{source}: not UTF-8 text ({exc.reason}); convert it first") from exc


def _report_kept(added: int) -> None:
    typer.echo(f"Table de ré-identification : {added} correspondance(s) ajoutée(s).", err=True)


@app.command()
def pseudonymize(
    source: Annotated[
        str | None, typer.Argument(help="A text file, or - for standard input.")
    ] = None,
    patient: Annotated[
        str | None,
        typer.Option(
            "--patient",
            help="Patient (FHIR id, IPP or INS): all their documents, or, with FILE, "
            "the context (names, addresses, date shift) of that patient.",
        ),
    ] = None,
    as_role: Annotated[
        str,
        typer.Option(
            "--as-role",
            help="With --patient: role recorded in the audit trail (reading the record).",
        ),
    ] = "physician",
    purpose: Annotated[
        str, typer.Option(help="With --patient: why the record is read (recorded).")
    ] = "pseudonymisation",
    as_json: JsonFlag = False,
) -> None:
    """Pseudonymise French clinical text: names, contact details, identifiers, dates, ages > 89.

    Original ↔ surrogate pairs are stored only when RELAIS_KEEP_REIDENTIFICATION_TABLE=true.
    """

    def action() -> None:
        from relais.cli.research import cli_actor
        from relais.privacy.audit import audited_access
        from relais.privacy.pseudo import Pseudonymizer, patient_context, pseudonymous_id
        from relais.privacy.pseudo.documents import pseudonymize_documents
        from relais.privacy.pseudo.reidentify import keep_pairs
        from relais.store.patients import resolve_patient_id

        if source is None and patient is None:
            raise InvalidInput("give a text file, - for standard input, or --patient ID")
        settings = load_settings()
        key = settings.resolved_pseudonymisation_key()
        pseudonymizer = Pseudonymizer(key=key)
        keep = settings.keep_reidentification_table
        if source is not None:
            text = _read_source(source)
            context = None
            if patient is not None:
                with database(settings) as engine, engine.connect() as conn:
                    patient_id = resolve_patient_id(conn, patient)
                    audited_access(
                        conn,
                        actor=cli_actor(as_role),
                        patient_id=patient_id,
                        action="read",
                        purpose=purpose,
                        resource="patients",
                        details={"pseudonymised": True, "context_of": "a text file"},
                    )
                    context = patient_context(conn, patient_id)
            result = pseudonymizer.pseudonymize(text, context=context)
            if keep:
                with database(settings) as engine, engine.begin() as conn:
                    added = keep_pairs(conn, context.patient_id if context else None, result.spans)
                _report_kept(added)
            if as_json:
                emit_json(result.to_dict())
            else:
                sys.stdout.write(result.text)
            return
        assert patient is not None
        with database(settings) as engine, engine.begin() as conn:
            patient_id = resolve_patient_id(conn, patient)
            audited_access(
                conn,
                actor=cli_actor(as_role),
                patient_id=patient_id,
                action="read_notes",
                purpose=purpose,
                resource="documents",
                details={"pseudonymised": True},
            )
            docs = pseudonymize_documents(conn, patient_id, key=key, pseudonymizer=pseudonymizer)
            if keep:
                spans = [s for d in docs for s in d.result.spans]
                _report_kept(keep_pairs(conn, patient_id, spans))
        pseudonym = pseudonymous_id(patient_id, kind="patient", key=key)
        if as_json:
            emit_json({"patient": pseudonym, "documents": [d.to_dict() for d in docs]})
            return
        if not docs:
            typer.echo("Aucun document texte pour ce patient.", err=True)
        for doc in docs:
            day = doc.date.isoformat() if doc.date else "date inconnue"
            typer.echo(f"=== {doc.type or doc.resource_type} — {day} — {doc.document_id} ===")
            typer.echo(doc.result.text)

    run_action(action)
