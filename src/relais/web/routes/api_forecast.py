"""API: activity forecasts (the « Pilotage » page's data), for the managers' role.

No patient data: counts per day. Each request still passes the gate (action ``forecast``)
and is recorded as an access without patient.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from relais.web.access import Granted, gate
from relais.web.routes.schemas import ERRORS
from relais.web.services.forecast import MAX_HORIZON, MAX_WEEKS, ForecastQuery, forecast_cache
from relais.web.workspace import workspace

router = APIRouter(prefix="/api", tags=["forecast"], responses=ERRORS)
PURPOSE = "pilotage de l'activité"
KindName = Annotated[str, Path(max_length=20, description="arrivals, admissions ou occupancy")]
Service = Annotated[
    str | None,
    Query(
        max_length=100,
        description="Service tel que stocké (accents et casse indifférents) ; « tous » : le "
        "total et chaque service ; absent : tout l'hôpital. Pas pour les arrivées.",
    ),
]
Horizon = Annotated[int, Query(ge=1, le=MAX_HORIZON, description="Jours à prévoir.")]
Weeks = Annotated[int, Query(ge=1, le=MAX_WEEKS, description="Semaines de validation glissante.")]
Until = Annotated[
    str | None,
    Query(
        max_length=10,
        description="Dernier jour d'historique AAAA-MM-JJ (défaut : le dernier jour complet).",
    ),
]
Forecaster = Annotated[Granted, gate("forecast", purpose=PURPOSE)]


def forecast_query(
    kind: KindName,
    service: Service = None,
    horizon: Horizon = 14,
    weeks: Weeks = 8,
    until: Until = None,
) -> ForecastQuery:
    """The question both routes answer, from the path and the query string."""
    return ForecastQuery.parse(kind, service=service, horizon=horizon, weeks=weeks, until=until)


# Declared after the gate in each route: a refused role gets 403 before any 422.
Question = Annotated[ForecastQuery, Depends(forecast_query)]


@router.get(
    "/forecast/{kind}.png",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}, "description": "Le graphique."}},
)
async def forecast_chart(request: Request, granted: Forecaster, query: Question) -> Response:
    """Graphique de la prévision : historique récent, prévision, intervalles, pics attendus."""
    cache, engine = forecast_cache(request.app.state), workspace(request).engine
    image = await run_in_threadpool(cache.png, engine, query)
    return Response(image, media_type="image/png", headers={"cache-control": "no-store"})


@router.get("/forecast/{kind}")
async def forecast(request: Request, granted: Forecaster, query: Question) -> dict[str, Any]:
    """Prévision d'activité (arrivées aux urgences, admissions, lits occupés à minuit) avec
    intervalles à 80 % et 95 %, pics attendus et validation glissante de chaque modèle contre
    la méthode saisonnière naïve : le JSON de `relais forecast … --json`."""
    cache, engine = forecast_cache(request.app.state), workspace(request).engine
    report = await run_in_threadpool(cache.report, engine, query)
    return report.to_dict()
