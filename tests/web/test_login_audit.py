"""Sign-in attempts on an account are in the audit trail: success, wrong password, disabled
account, lockout (from the form and the API); attempts on unknown accounts are not (no one to
name, and the typed name may be a mistyped password)."""

from pathlib import Path

from sqlalchemy import Engine, func, select

from relais.store.privacy_tables import audit_events
from relais.web.auth.accounts import set_active
from tests.web.conftest import PASSWORD, make_client
from tests.web.test_access import trail
from tests.web.test_auth import _form_login


def test_every_attempt_on_an_account_is_audited(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    with make_client(database_url, tmp_path, login_max_failures=2) as client:
        assert _form_login(client, "dr.martin", PASSWORD).status_code == 303  # type: ignore[attr-defined]
        assert (
            client.post(
                "/api/login", json={"username": "dr.martin", "password": "mauvais-mot-de-passe"}
            ).status_code
            == 401
        )
        assert _form_login(client, "dr.martin", "encore-faux").status_code == 401  # type: ignore[attr-defined]
        assert _form_login(client, "dr.martin", PASSWORD).status_code == 429  # type: ignore[attr-defined]
        with hospital_db.begin() as conn:
            set_active(conn, "sec.roux", active=False)
        assert (
            client.post(
                "/api/login", json={"username": "sec.roux", "password": PASSWORD}
            ).status_code
            == 401
        )
        assert _form_login(client, "personne", PASSWORD).status_code == 401  # type: ignore[attr-defined]
    rows = [
        (r.action, r.outcome, r.channel, r.resource, r.details.get("reason"))
        for r in trail(hospital_db, "dr.martin")
    ]
    assert rows == [
        ("login", "success", "ui", "/login", None),
        ("login", "denied", "api", "/api/login", "mot de passe"),
        ("login", "denied", "ui", "/login", "mot de passe"),
        ("login", "denied", "ui", "/login", "verrouillé"),
    ]
    (disabled,) = trail(hospital_db, "sec.roux")
    assert (disabled.outcome, disabled.details["reason"]) == ("denied", "compte désactivé")
    assert disabled.role == "secretary" and disabled.details["address"] == "testclient"
    with hospital_db.connect() as conn:
        named = select(func.count()).where(audit_events.c.actor_id == "personne")
        assert conn.execute(named).scalar_one() == 0
