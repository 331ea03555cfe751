"""Screen « Pilotage »: activity forecasts for managers (series, chart, intervals, peaks,
backtest against the seasonal naive, warnings). The chart is ``/api/forecast/{kind}.png``."""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from relais.errors import InvalidInput, NotFound
from relais.forecast import labels
from relais.forecast.result import ForecastReport
from relais.forecast.series import Kind
from relais.forecast.table import backtest_leads, backtest_rows
from relais.web.access import Granted, gate
from relais.web.routes.api_forecast import PURPOSE
from relais.web.services.forecast import (
    KIND_LABELS,
    MAX_HORIZON,
    MAX_WEEKS,
    ForecastQuery,
    forecast_cache,
)
from relais.web.templating import render
from relais.web.workspace import workspace

router = APIRouter(include_in_schema=False)


@router.get("/pilotage")
async def pilotage(
    request: Request,
    granted: Annotated[Granted, gate("forecast", purpose=PURPOSE)],
    kind: Annotated[str, Query(max_length=20)] = Kind.ARRIVALS.value,
    service: Annotated[str | None, Query(max_length=100)] = None,
    horizon: Annotated[int, Query(ge=1, le=MAX_HORIZON)] = 14,
    weeks: Annotated[int, Query(ge=1, le=MAX_WEEKS)] = 8,
    until: Annotated[str | None, Query(max_length=10)] = None,
) -> Response:
    if kind == Kind.ARRIVALS.value:
        service = None  # the page's units are inpatient units
    query = ForecastQuery.parse(kind, service=service, horizon=horizon, weeks=weeks, until=until)
    cache, engine = forecast_cache(request.app.state), workspace(request).engine

    def work() -> tuple[tuple[str, ...], ForecastReport | None, str | None]:
        try:
            services = cache.services(engine)
            return services, cache.report(engine, query), None
        except (InvalidInput, NotFound) as exc:
            return (), None, str(exc)

    services, report, error = await run_in_threadpool(work)
    params = {
        "service": query.service,
        "horizon": query.horizon,
        "weeks": query.weeks,
        "until": query.until.isoformat() if query.until else None,
    }
    chart = f"/api/forecast/{query.kind.value}.png?" + urlencode(
        {k: v for k, v in params.items() if v is not None}
    )
    return render(
        request,
        "pilotage.html.j2",
        query=query,
        kinds=KIND_LABELS,
        services=services,
        report=report,
        error=error,
        chart=chart,
        labels=labels,
        backtest_leads=backtest_leads,
        backtest_rows=backtest_rows,
    )
