"""The JSON API's routers (``/api``)."""

from fastapi import APIRouter

from relais.web.routes import (
    api_audit,
    api_auth,
    api_docs,
    api_drafts,
    api_forecast,
    api_opposition,
    api_patients,
)


def routers() -> list[APIRouter]:
    return [
        api_auth.router,
        api_patients.router,
        api_opposition.router,
        api_drafts.router,
        api_audit.router,
        api_forecast.router,
        api_docs.router,
    ]
