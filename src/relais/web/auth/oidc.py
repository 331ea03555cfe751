"""OpenID Connect sign-in with the hospital's identity provider (Keycloak, ADFS, Azure AD on
premises…): authorization code flow with PKCE, ID token checked with the provider's keys
(joserfc, authlib's JOSE library), the role read from a claim.

The provider is at ``RELAIS_OIDC_ISSUER`` (its ``/.well-known/openid-configuration``); Relais is
the client ``RELAIS_OIDC_CLIENT_ID`` (secret ``RELAIS_OIDC_CLIENT_SECRET`` for a confidential
client) and receives users back at ``RELAIS_WEB_PUBLIC_URL/auth/oidc/callback``. The role is the
claim at ``RELAIS_OIDC_ROLE_CLAIM`` (a dotted path: ``relais_role``, ``realm_access.roles``,
``resource_access.relais.roles``), a string or a list, values optionally prefixed
(``RELAIS_OIDC_ROLE_PREFIX=relais-`` for ``relais-physician``).
"""

import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from authlib.oauth2.rfc7636 import create_s256_code_challenge  # type: ignore[import-untyped]
from sqlalchemy import Engine, delete, insert, select

from relais.errors import AccessDenied, InvalidInput
from relais.privacy.audit import ROLES
from relais.store.web_tables import web_oidc_logins
from relais.web.auth.accounts import RPPS, USERNAME
from relais.web.errors import AuthenticationRequired
from relais.web.settings import WebSettings

CALLBACK = "/auth/oidc/callback"
PENDING_FOR = timedelta(minutes=10)
METADATA_FOR_S = 3600.0
LEEWAY_S = 60
TIMEOUT_S = 10.0


@dataclass(frozen=True, slots=True)
class ProviderIdentity:
    username: str
    display_name: str
    role: str
    rpps: str | None


def claim_at(claims: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path (``realm_access.roles``), or None."""
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def identity_from_claims(
    claims: Mapping[str, Any], *, role_claim: str, role_prefix: str = ""
) -> ProviderIdentity:
    """Who the provider says the user is, and their one Relais role.

    The first value of the role claim that names a Relais role (after the prefix) wins; a user
    with none is refused: the provider must grant a role before the user can sign in.
    """
    raw = claim_at(claims, role_claim)
    values = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    roles = [
        v[len(role_prefix) :]
        for v in values
        if isinstance(v, str) and v.startswith(role_prefix) and v[len(role_prefix) :] in ROLES
    ]
    if not roles:
        raise AccessDenied(
            f"L'annuaire ne donne aucun rôle Relais (revendication « {role_claim} ») : "
            "demandez à l'administrateur de vous attribuer un rôle."
        )
    username = str(claims.get("preferred_username") or claims.get("sub") or "").strip().lower()
    if not USERNAME.fullmatch(username):
        raise InvalidInput(
            f"Identifiant {username!r} de l'annuaire inutilisable (a-z, 0-9, . _ @ -)."
        )
    name = claims.get("name") or " ".join(
        str(claims[k]) for k in ("given_name", "family_name") if claims.get(k)
    )
    rpps = claims.get("rpps")
    return ProviderIdentity(
        username=username,
        display_name=str(name or username)[:255],
        role=roles[0],
        rpps=str(rpps) if isinstance(rpps, str | int) and RPPS.fullmatch(str(rpps)) else None,
    )


class OidcClient:
    """The provider's endpoints (discovered once an hour) and the two steps of a sign-in."""

    def __init__(self, web: WebSettings, *, transport: httpx.BaseTransport | None = None) -> None:
        if not web.oidc_enabled:
            raise InvalidInput("OpenID Connect n'est pas configuré (RELAIS_OIDC_ISSUER).")
        self.web = web
        self.issuer = web.oidc_issuer.rstrip("/")
        self.redirect_uri = web.public_url.rstrip("/") + CALLBACK
        self._transport = transport
        self._lock = threading.Lock()
        self._metadata: tuple[float, dict[str, Any]] | None = None

    def _http(self) -> httpx.Client:
        return httpx.Client(timeout=TIMEOUT_S, transport=self._transport, follow_redirects=False)

    def _get_json(self, url: str) -> dict[str, Any]:
        try:
            with self._http() as http:
                response = http.get(url)
                response.raise_for_status()
                found = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise AuthenticationRequired(
                f"L'annuaire de l'établissement ne répond pas ({url}) : {exc}. Réessayez ou "
                "connectez-vous avec un compte local."
            ) from exc
        if not isinstance(found, dict):
            raise AuthenticationRequired(f"Réponse inattendue de l'annuaire ({url}).")
        return found

    def metadata(self) -> dict[str, Any]:
        with self._lock:
            now = time.monotonic()
            if self._metadata is None or now - self._metadata[0] > METADATA_FOR_S:
                found = self._get_json(f"{self.issuer}/.well-known/openid-configuration")
                if found.get("issuer", "").rstrip("/") != self.issuer:
                    raise AuthenticationRequired(
                        f"L'annuaire annonce l'émetteur {found.get('issuer')!r} au lieu de "
                        f"{self.issuer!r} : vérifiez RELAIS_OIDC_ISSUER."
                    )
                self._metadata = (now, found)
            return self._metadata[1]

    def start(self, engine: Engine, *, next_url: str) -> str:
        """Remember a pending sign-in; the provider's URL to send the browser to."""
        state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        verifier = secrets.token_urlsafe(64)
        now = datetime.now(UTC)
        with engine.begin() as conn:
            conn.execute(
                delete(web_oidc_logins).where(web_oidc_logins.c.created_at < now - PENDING_FOR)
            )
            conn.execute(
                insert(web_oidc_logins).values(
                    state=state,
                    nonce=nonce,
                    code_verifier=verifier,
                    next_url=next_url,
                    created_at=now,
                )
            )
        query = {
            "response_type": "code",
            "client_id": self.web.oidc_client_id,
            "redirect_uri": self.redirect_uri,
            "scope": self.web.oidc_scopes,
            "state": state,
            "nonce": nonce,
            "code_challenge": create_s256_code_challenge(verifier),
            "code_challenge_method": "S256",
        }
        return f"{self.metadata()['authorization_endpoint']}?{urlencode(query)}"

    def finish(self, engine: Engine, *, code: str, state: str) -> tuple[ProviderIdentity, str]:
        """Exchange the code, check the ID token; the identity and where to go next."""
        now = datetime.now(UTC)
        with engine.begin() as conn:
            row = conn.execute(
                select(web_oidc_logins).where(web_oidc_logins.c.state == state)
            ).first()
            conn.execute(delete(web_oidc_logins).where(web_oidc_logins.c.state == state))
        created = row.created_at.replace(tzinfo=UTC) if row is not None else None
        if row is None or created is None or now - created > PENDING_FOR:
            raise AuthenticationRequired(
                "Connexion par l'annuaire expirée ou inconnue : recommencez."
            )
        claims = self._id_token_claims(self._token(code, row.code_verifier), nonce=row.nonce)
        identity = identity_from_claims(
            claims, role_claim=self.web.oidc_role_claim, role_prefix=self.web.oidc_role_prefix
        )
        return identity, str(row.next_url)

    def _token(self, code: str, verifier: str) -> str:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "client_id": self.web.oidc_client_id,
            "code_verifier": verifier,
        }
        secret = self.web.oidc_client_secret
        if secret is not None:
            form["client_secret"] = secret.get_secret_value()
        try:
            with self._http() as http:
                response = http.post(self.metadata()["token_endpoint"], data=form)
                response.raise_for_status()
                token = response.json().get("id_token")
        except (httpx.HTTPError, ValueError) as exc:
            raise AuthenticationRequired(
                f"L'annuaire a refusé la connexion : {exc}. Recommencez."
            ) from exc
        if not isinstance(token, str):
            raise AuthenticationRequired("L'annuaire n'a pas renvoyé de jeton d'identité.")
        return token

    def _id_token_claims(self, token: str, *, nonce: str) -> dict[str, Any]:
        from joserfc import jwt
        from joserfc.errors import JoseError
        from joserfc.jwk import KeySet

        keys = KeySet.import_key_set(self._get_json(self.metadata()["jwks_uri"]))  # type: ignore[arg-type]
        registry = jwt.JWTClaimsRegistry(
            leeway=LEEWAY_S,
            iss={"essential": True, "value": self.metadata()["issuer"]},
            aud={"essential": True, "value": self.web.oidc_client_id},
            nonce={"essential": True, "value": nonce},
            exp={"essential": True},
            sub={"essential": True},
        )
        try:
            decoded = jwt.decode(token, keys, algorithms=["RS256", "ES256", "PS256"])
            registry.validate(decoded.claims)
        except (JoseError, ValueError) as exc:
            raise AuthenticationRequired(
                f"Jeton d'identité de l'annuaire refusé ({exc}) : recommencez."
            ) from exc
        return dict(decoded.claims)
