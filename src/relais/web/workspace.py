"""What one running workspace holds: settings, the database engine, the templates, the drafting
service. Built by ``create_app``, kept on ``app.state``; nothing here is built at import time."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jinja2 import Environment
from sqlalchemy import Engine
from starlette.requests import Request

from relais.config import Settings
from relais.web.settings import WebSettings

if TYPE_CHECKING:
    from relais.web.auth.oidc import OidcClient
    from relais.web.services.drafting import DraftingService
    from relais.web.services.knowledge import KnowledgeCache


@dataclass(slots=True)
class Workspace:
    settings: Settings
    web: WebSettings
    engine: Engine
    templates: Environment
    drafting: "DraftingService"
    knowledge: "KnowledgeCache"
    oidc: "OidcClient | None" = None


def workspace(request: Request) -> Workspace:
    found = request.app.state.workspace
    assert isinstance(found, Workspace)
    return found
