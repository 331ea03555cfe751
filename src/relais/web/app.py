"""``create_app(settings)``: the workspace's FastAPI application (screens, ``/api``, ``/fhir``).

Everything is built here, nothing at import time: the engine (migrated if behind), templates,
the drafting service. ``relais serve`` runs it with uvicorn.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Literal

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from relais.config import Settings
from relais.web import handlers
from relais.web.auth.oidc import OidcClient
from relais.web.headers import SecurityHeaders
from relais.web.routes import api, fhir, ui
from relais.web.services.drafting import DraftingService
from relais.web.services.knowledge import KnowledgeCache
from relais.web.settings import WebSettings, web_settings
from relais.web.templating import build_environment
from relais.web.workspace import Workspace

if TYPE_CHECKING:
    from relais.generate.llm.base import LLMBackend

API_DESCRIPTION = (
    "API de Relais : patients, séjours, brouillons de lettres de liaison et de synthèses "
    "médicales (rédaction, modification, signature, versions, PDF, FHIR), alertes "
    "d'interactions, journal d'audit. Authentification : `POST /api/login` puis "
    "`Authorization: Bearer <token>`. Chaque accès aux données d'un patient est journalisé "
    "(motif : en-tête `X-Relais-Purpose`, « soins » par défaut)."
)


def _engine(settings: Settings) -> Engine:
    from relais.store.engine import make_engine
    from relais.store.migrate import ensure_current

    engine = make_engine(settings.resolved_database_url())
    ensure_current(engine)
    return engine


def create_app(
    settings: Settings,
    *,
    web: WebSettings | None = None,
    backend: "LLMBackend | None | Literal['settings']" = "settings",
    warm: bool = False,
) -> FastAPI:
    """The application. ``backend``: the language model of drafts (default: from settings;
    None drafts the structured sections only). ``warm``: load the NLP pipeline and the
    thesaurus in the background at start (``relais serve``)."""
    web = web or web_settings(settings)
    engine = _engine(settings)
    knowledge = KnowledgeCache(engine)
    drafting = DraftingService(
        settings=settings, web=web, engine=engine, knowledge=knowledge, backend=backend
    )
    oidc = OidcClient(web) if web.oidc_enabled else None
    state = Workspace(settings, web, engine, build_environment(), drafting, knowledge, oidc)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm:
            drafting.warm()
        yield
        drafting.shutdown()
        engine.dispose()

    app = FastAPI(
        title="Relais",
        description=API_DESCRIPTION,
        version="0.1.0",
        docs_url=None,  # Swagger UI and ReDoc load assets from a CDN: /api/docs is ours
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.workspace = state
    handlers.install(app)
    app.add_middleware(SecurityHeaders, tls=web.cookie_secure)
    app.mount("/static", StaticFiles(packages=[("relais.web", "static")]), name="static")
    for router in (*ui.routers(), *api.routers(), fhir.router):
        app.include_router(router)
    return app
