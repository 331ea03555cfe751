"""The screens' routers."""

from fastapi import APIRouter

from relais.web.routes import (
    ui_audit,
    ui_auth,
    ui_drafts,
    ui_forecast,
    ui_oidc,
    ui_opposition,
    ui_patients,
)


def routers() -> list[APIRouter]:
    return [
        ui_auth.router,
        ui_oidc.router,
        ui_patients.router,
        ui_opposition.router,
        ui_drafts.router,
        ui_audit.router,
        ui_forecast.router,
    ]
