"""An OpenID Connect provider on a real loopback HTTP server (discovery, authorization with
PKCE, token, keys), as a hospital's Keycloak answers: the protocol is real, the users are the
test's. ``claims`` sets what the next ID token says; ``sign_with`` may swap the signing key."""

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "relais"
CLIENT_SECRET = "secret-du-client"


REALM = "/realms/chu"


def new_key() -> RSAKey:
    return RSAKey.generate_key(2048, private=True, auto_kid=True)


@dataclass
class Provider:
    issuer: str = ""
    key: RSAKey = field(default_factory=lambda: new_key())
    sign_with: RSAKey | None = None
    claims: dict[str, Any] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)

    def token(self, grant: dict[str, str]) -> str:
        now = int(time.time())
        payload = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": grant["nonce"],
            **self.claims,
        }
        key = self.sign_with or self.key
        return jwt.encode({"alg": "RS256", "kid": key.kid}, payload, key)


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            url = urlsplit(self.path)
            path = url.path.removeprefix(REALM)
            if path == "/.well-known/openid-configuration":
                self._json(
                    200,
                    {
                        "issuer": provider.issuer,
                        "authorization_endpoint": provider.issuer + "/auth",
                        "token_endpoint": provider.issuer + "/token",
                        "jwks_uri": provider.issuer + "/certs",
                    },
                )
            elif path == "/certs":
                self._json(200, {"keys": [provider.key.as_dict(private=False)]})
            elif path == "/auth":  # the user signs in here; back to Relais with a code
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                assert query["client_id"] == CLIENT_ID and query["response_type"] == "code"
                code = secrets.token_urlsafe(16)
                provider.codes[code] = query
                back = urlencode({"code": code, "state": query["state"]})
                self.send_response(302)
                self.send_header("Location", f"{query['redirect_uri']}?{back}")
                self.end_headers()
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:  # noqa: N802 - http.server API
            form = {
                k: v[0]
                for k, v in parse_qs(
                    self.rfile.read(int(self.headers["Content-Length"])).decode()
                ).items()
            }
            grant = provider.codes.pop(form.get("code", ""), None)
            if (
                grant is None
                or form.get("client_secret") != CLIENT_SECRET
                or form.get("redirect_uri") != grant["redirect_uri"]
                or _challenge(form.get("code_verifier", "")) != grant["code_challenge"]
            ):
                self._json(400, {"error": "invalid_grant"})
                return
            self._json(
                200,
                {"access_token": "a", "token_type": "Bearer", "id_token": provider.token(grant)},
            )

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def oidc_provider() -> Iterator[Provider]:
    provider = Provider()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(provider))
    provider.issuer = f"http://127.0.0.1:{httpd.server_address[1]}{REALM}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        httpd.shutdown()
        httpd.server_close()
