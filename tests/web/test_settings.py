"""The workspace's settings come from RELAIS_WEB_* and RELAIS_OIDC_* like every other setting."""

import pytest

from relais.config import Settings
from relais.errors import InvalidInput
from relais.web.settings import SETTING_NAMES, WebSettings, web_settings


def test_every_workspace_setting_is_a_relais_setting() -> None:
    assert set(SETTING_NAMES.values()) <= set(Settings.model_fields)
    defaults = web_settings(Settings())
    assert defaults == WebSettings()


def test_environment_variables_reach_the_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAIS_WEB_PORT", "8123")
    monkeypatch.setenv("RELAIS_WEB_COOKIE_SECURE", "true")
    monkeypatch.setenv("RELAIS_WEB_SESSION_IDLE_MINUTES", "10")
    monkeypatch.setenv("RELAIS_OIDC_ISSUER", "https://sso.chu.fr/realms/chu")
    monkeypatch.setenv("RELAIS_OIDC_CLIENT_ID", "relais")
    monkeypatch.setenv("RELAIS_OIDC_CLIENT_SECRET", "secret-du-client")
    monkeypatch.setenv("RELAIS_WEB_PUBLIC_URL", "https://relais.chu.fr")
    web = web_settings(Settings())
    assert (web.port, web.cookie_secure, web.session_idle_minutes) == (8123, True, 10)
    assert web.oidc_enabled and web.oidc_client_id == "relais"
    assert web.oidc_client_secret is not None
    assert web.oidc_client_secret.get_secret_value() == "secret-du-client"
    assert web_settings(Settings(), port=9000).port == 9000  # create_app's overrides win


def test_an_invalid_value_is_refused_with_the_variable_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RELAIS_WEB_PORT", "99999")
    with pytest.raises(ValueError, match="web_port"):
        Settings()
    monkeypatch.delenv("RELAIS_WEB_PORT")
    monkeypatch.setenv("RELAIS_OIDC_ISSUER", "https://sso.chu.fr/realms/chu")
    with pytest.raises(InvalidInput, match="RELAIS_OIDC_CLIENT_ID"):
        web_settings(Settings())


def test_workspace_settings_keep_the_bounds_declared_in_settings() -> None:
    with pytest.raises(ValueError, match="less than or equal to 65535"):
        WebSettings(port=99_999)
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        WebSettings(draft_workers=0)
    assert WebSettings().login_max_failures == Settings().web_login_max_failures
