"""`relais audit verify|search`: exit codes, the broken row named, searches audited."""

import json

from sqlalchemy import Engine, update
from typer.testing import CliRunner

from relais.cli import app
from relais.store.privacy_tables import audit_events
from tests.privacy.audit.sample import EVENTS, as_database_owner, fill

runner = CliRunner()


def test_verify_exits_0_on_an_intact_trail_and_1_on_the_broken_row(
    engine: Engine, database_url: str
) -> None:
    env = {"RELAIS_DATABASE_URL": database_url}
    fill(engine)
    intact = runner.invoke(app, ["audit", "verify", "--json"], env=env)
    assert intact.exit_code == 0, intact.output
    report = json.loads(intact.stdout)
    assert (report["ok"], report["rows"]) == (True, len(EVENTS))
    anchor = f"{report['head_seq']}:{report['head_hash']}"
    assert runner.invoke(app, ["audit", "verify", "--anchor", anchor], env=env).exit_code == 0
    with engine.begin() as conn:
        as_database_owner(conn)
        conn.execute(update(audit_events).where(audit_events.c.seq == 2).values(role="dpo"))
    broken = runner.invoke(app, ["audit", "verify"], env=env)
    assert broken.exit_code == 1
    assert "ALTÉRÉ à la ligne 2" in broken.stderr
    bad_anchor = runner.invoke(app, ["audit", "verify", "--anchor", "3:abc"], env=env)
    assert bad_anchor.exit_code == 2 and "SEQ:HASH" in bad_anchor.stderr


def test_search_by_patient_user_and_day_is_itself_audited(
    engine: Engine, database_url: str
) -> None:
    env = {"RELAIS_DATABASE_URL": database_url}
    fill(engine)
    by_patient = runner.invoke(
        app, ["audit", "search", "--patient", "pat-2", "--purpose", "plainte", "--json"], env=env
    )
    assert by_patient.exit_code == 0, by_patient.output
    found = json.loads(by_patient.stdout)
    assert [(e["actor_id"], e["action"], e["outcome"]) for e in found] == [
        ("os:" + found[0]["actor_name"], "audit", "success"),  # this search, recorded first
        ("dr.martin", "sign", "success"),
        ("sec.roux", "sign", "denied"),
    ]
    assert found[0]["purpose"] == "plainte"
    by_user = runner.invoke(
        app, ["audit", "search", "--user", "dr.martin", "--since", "2024-03-04"], env=env
    )
    assert by_user.exit_code == 0
    assert by_user.stdout.count("dr.martin") == 2 and "2 ligne(s)." in by_user.stdout
    later = runner.invoke(
        app, ["audit", "search", "--user", "dr.martin", "--since", "2024-03-05"], env=env
    )
    assert "0 ligne(s)." in later.stdout
    wrong = runner.invoke(app, ["audit", "search", "--as-role", "nurse"], env=env)
    assert wrong.exit_code == 4 and "nurse" in wrong.stderr
