"""OpenID Connect: the role read from the provider's claims, the settings it needs, and the whole
code flow (PKCE, signed ID token, nonce) against a provider on loopback."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from relais.config import Settings
from relais.errors import AccessDenied, InvalidInput
from relais.store.privacy_tables import audit_events
from relais.store.web_tables import web_users
from relais.web import create_app
from relais.web.auth.oidc import ProviderIdentity, identity_from_claims
from relais.web.settings import WebSettings, web_settings
from tests.web.conftest import SQLITE_ONLY
from tests.web.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider, new_key, oidc_provider

CLAIMS = [
    (
        {
            "preferred_username": "C.Martin",
            "name": "Dr Claire Martin",
            "relais_role": "physician",
            "rpps": "10101010101",
            "sub": "1",
        },
        "relais_role",
        "",
        ProviderIdentity("c.martin", "Dr Claire Martin", "physician", "10101010101"),
    ),
    (
        {
            "preferred_username": "j.petit",
            "given_name": "Julien",
            "family_name": "Petit",
            "realm_access": {"roles": ["offline_access", "relais-nurse"]},
            "rpps": "123",
        },
        "realm_access.roles",
        "relais-",
        ProviderIdentity("j.petit", "Julien Petit", "nurse", None),
    ),
    (
        {
            "sub": "5f0c2a9e-1b7d-4c1e-9a55-0d5b1a7e9c11",
            "resource_access": {"relais": {"roles": ["chirurgien", "secretary", "dpo"]}},
        },
        "resource_access.relais.roles",
        "",
        ProviderIdentity(
            "5f0c2a9e-1b7d-4c1e-9a55-0d5b1a7e9c11",
            "5f0c2a9e-1b7d-4c1e-9a55-0d5b1a7e9c11",
            "secretary",
            None,
        ),
    ),
]
REFUSED = [
    ({"preferred_username": "a.b"}, "relais_role", AccessDenied),
    ({"preferred_username": "a.b", "relais_role": "chirurgien"}, "relais_role", AccessDenied),
    ({"preferred_username": "a.b", "relais_role": ["relais-dpo"]}, "relais_role", AccessDenied),
    ({"preferred_username": "Nom Prénom", "relais_role": "nurse"}, "relais_role", InvalidInput),
]


@pytest.mark.parametrize(("claims", "path", "prefix", "expected"), CLAIMS)
def test_identity_from_claims(
    claims: dict[str, Any], path: str, prefix: str, expected: ProviderIdentity
) -> None:
    assert identity_from_claims(claims, role_claim=path, role_prefix=prefix) == expected


@pytest.mark.parametrize(("claims", "path", "error"), REFUSED)
def test_claims_without_a_usable_role_or_name_are_refused(
    claims: dict[str, Any], path: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        identity_from_claims(claims, role_claim=path)


def test_oidc_settings_must_be_complete() -> None:
    with pytest.raises(InvalidInput, match="RELAIS_OIDC_CLIENT_ID"):
        web_settings(Settings(), oidc_issuer="https://sso.chu.fr/realms/chu")
    with pytest.raises(InvalidInput, match="Unknown workspace settings: oidc_realm"):
        web_settings(Settings(), oidc_realm="chu")
    assert not web_settings(Settings()).oidc_enabled


@pytest.fixture
def sso(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> Iterator[tuple[TestClient, Provider]]:
    with oidc_provider() as provider:
        web = WebSettings(
            read_notes=False,
            public_url="http://relais.test",
            oidc_issuer=provider.issuer,
            oidc_client_id=CLIENT_ID,
            oidc_client_secret=CLIENT_SECRET,  # type: ignore[arg-type]
            oidc_role_claim="realm_access.roles",
            oidc_role_prefix="relais-",
        )
        app = create_app(
            Settings(database_url=database_url, data_dir=tmp_path), web=web, backend=None
        )
        with TestClient(app, base_url="http://relais.test") as client:
            yield client, provider


def _sign_in(client: TestClient, next_url: str = "/patients") -> Any:
    """What the browser does: Relais → provider (the user signs in there) → Relais."""
    assert "annuaire" in client.get("/login").text
    to_provider = client.get("/auth/oidc/login", params={"next": next_url}, follow_redirects=False)
    assert to_provider.status_code == 303
    authorize = httpx.get(to_provider.headers["location"])  # the provider's login page
    assert authorize.status_code == 302
    back = authorize.headers["location"]
    assert back.startswith("http://relais.test/auth/oidc/callback?")
    return client.get(back.removeprefix("http://relais.test"), follow_redirects=False)


@SQLITE_ONLY
def test_sign_in_through_the_hospital_provider(
    sso: tuple[TestClient, Provider], hospital_db: Engine
) -> None:
    client, provider = sso
    provider.claims = {
        "sub": "9a1",
        "preferred_username": "b.durand",
        "name": "Dr Bruno Durand",
        "realm_access": {"roles": ["relais-physician"]},
        "rpps": "10000000042",
    }
    response = _sign_in(client, "/patients?q=lef")
    assert response.status_code == 303 and response.headers["location"] == "/patients?q=lef"
    assert "HttpOnly" in response.headers["set-cookie"]
    me = client.get("/api/me").json()
    assert (me["username"], me["role"], me["source"], me["rpps"]) == (
        "b.durand",
        "physician",
        "oidc",
        "10000000042",
    )
    with hospital_db.connect() as conn:
        stored = conn.execute(
            select(web_users.c.password_hash).where(web_users.c.username == "b.durand")
        ).scalar_one()
    assert stored is None  # no password kept for directory accounts
    provider.claims["realm_access"] = {"roles": ["relais-nurse"]}  # role changed in the directory
    client.cookies.clear()
    assert _sign_in(client).status_code == 303
    assert client.get("/api/me").json()["role"] == "nurse"
    with hospital_db.connect() as conn:
        rows = conn.execute(
            select(audit_events.c.role, audit_events.c.outcome, audit_events.c.resource)
            .where(audit_events.c.actor_id == "b.durand", audit_events.c.action == "login")
            .order_by(audit_events.c.seq)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("physician", "success", "/auth/oidc/callback"),
        ("nurse", "success", "/auth/oidc/callback"),
    ]


@SQLITE_ONLY
def test_provider_answers_that_are_refused(sso: tuple[TestClient, Provider]) -> None:
    client, provider = sso
    provider.claims = {"sub": "1", "preferred_username": "x.y", "realm_access": {"roles": []}}
    no_role = _sign_in(client)
    assert no_role.status_code == 403 and "aucun rôle Relais" in no_role.text
    provider.claims = {
        "sub": "2",
        "preferred_username": "dr.martin",
        "realm_access": {"roles": ["relais-physician"]},
    }
    local = _sign_in(client)  # a local account of that name exists: no takeover
    assert local.status_code == 422 and "compte local" in local.text
    provider.sign_with = new_key()
    forged = _sign_in(client)
    assert forged.status_code == 401 and "Jeton d&#39;identité" in forged.text, forged.text[-1500:]
    replay = client.get("/auth/oidc/callback", params={"code": "c", "state": "inconnu"})
    assert replay.status_code == 401 and "expirée ou inconnue" in replay.text
    denied = client.get("/auth/oidc/callback", params={"error": "access_denied"})
    assert denied.status_code == 404 and "access_denied" in denied.text
    assert client.get("/api/me").status_code == 401


@SQLITE_ONLY
def test_oidc_routes_without_configuration(app_client: TestClient) -> None:
    response = app_client.get("/auth/oidc/login")
    assert response.status_code == 404 and "pas configurée" in response.text
