"""« Pilotage »: the forecast API (JSON and chart) and page, for the manager's role only; each
request recorded as an access without patient; one computation per question and data state."""

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete, func, select

from relais.store.privacy_tables import audit_events
from relais.store.tables import encounters
from relais.web.services.forecast import ForecastCache, ForecastQuery, forecast_cache
from tests.forecast.conftest import TinyHospital, tiny_hospital  # noqa: F401 (fixture)
from tests.web.conftest import SQLITE_ONLY, USERS, bearer, make_client

QUICK = {"horizon": 7, "weeks": 1}


@pytest.fixture
def client(
    hospital_db: Engine,
    database_url: str,
    tmp_path: Path,
    tiny_hospital: TinyHospital,  # noqa: F811 (the fixture imported above)
) -> Iterator[TestClient]:
    """The workspace on a database holding six weeks of activity."""
    tiny_hospital.ingest(hospital_db)
    with make_client(database_url, tmp_path) as found:
        yield found


def trail(engine: Engine, role: str) -> list[tuple[str, str | None, str, str, str]]:
    table = audit_events
    query = select(table.c.action, table.c.patient_id, table.c.outcome, table.c.channel)
    query = query.add_columns(table.c.resource)
    with engine.connect() as conn:
        rows = conn.execute(query.where(table.c.actor_id == USERS[role][0]).order_by(table.c.seq))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_the_manager_gets_the_forecast_json_and_chart(
    client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "manager")
    response = client.get("/api/forecast/admissions", params=QUICK, headers=headers)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["horizon_days"], report["levels"], report["backtest_weeks"]) == (7, [80, 95], 1)
    (series,) = report["series"]
    assert series["series"]["key"] == "admissions:total"
    assert len(series["forecast"]) == 7
    assert all(
        p["low_95"] <= p["low_80"] <= p["mean"] <= p["high_80"] <= p["high_95"]
        for p in series["forecast"]
    )
    models = {s["model"] for s in series["backtest"]["scores"]}
    assert "SeasonalNaive" in models and series["chosen_model"] in models
    chart = client.get("/api/forecast/admissions.png", params=QUICK, headers=headers)
    assert chart.status_code == 200
    assert (
        chart.headers["content-type"] == "image/png" and chart.content[:8] == b"\x89PNG\r\n\x1a\n"
    )
    assert trail(hospital_db, "manager") == [
        ("forecast", None, "success", "api", "/api/forecast/admissions"),
        ("forecast", None, "success", "api", "/api/forecast/admissions.png"),
    ]


@SQLITE_ONLY
def test_a_second_request_is_answered_from_memory_until_the_data_changes(
    client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "manager")
    cache = forecast_cache(client.app.state)  # type: ignore[attr-defined]
    first = client.get("/api/forecast/occupancy", params=QUICK, headers=headers).json()
    again = client.get("/api/forecast/occupancy", params=QUICK, headers=headers).json()
    assert again == first and cache.computed == 1
    other = client.get("/api/forecast/occupancy", params={**QUICK, "horizon": 8}, headers=headers)
    assert len(other.json()["series"][0]["forecast"]) == 8 and cache.computed == 2
    with hospital_db.begin() as conn:  # one stay fewer: the data changed
        last = conn.execute(select(func.max(encounters.c.pk))).scalar_one()
        conn.execute(delete(encounters).where(encounters.c.pk == last))
    fresh = client.get("/api/forecast/occupancy", params=QUICK, headers=headers)
    assert fresh.status_code == 200 and cache.computed == 3


@SQLITE_ONLY
def test_simultaneous_requests_wait_for_one_computation(
    client: TestClient, hospital_db: Engine
) -> None:
    cache = ForecastCache()
    query = ForecastQuery.parse("admissions", service=None, horizon=7, weeks=1)
    with ThreadPoolExecutor(3) as pool:
        reports = list(pool.map(lambda _: cache.report(hospital_db, query), range(3)))
    assert cache.computed == 1 and reports[0] is reports[1] is reports[2]


@pytest.mark.parametrize(
    ("url", "status", "code", "words"),
    [
        ("/api/forecast/lits", 422, "invalid_input", "arrivals, admissions, occupancy"),
        ("/api/forecast/arrivals?horizon=400", 422, "invalid_input", "horizon"),
        ("/api/forecast/arrivals?until=2024-13-01", 422, "invalid_input", "AAAA-MM-JJ"),
        ("/api/forecast/arrivals?until=2023-12-01", 422, "invalid_input", "précède"),
        (
            "/api/forecast/admissions?service=urologie&horizon=7&weeks=1",
            422,
            "invalid_input",
            "Services présents",
        ),
    ],
)
@SQLITE_ONLY
def test_bad_questions_get_the_one_error_shape(
    client: TestClient, hospital_db: Engine, url: str, status: int, code: str, words: str
) -> None:
    response = client.get(url, headers=bearer(hospital_db, "manager"))
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert words in body["error"]["message"]


@SQLITE_ONLY
def test_the_last_day_of_history_can_be_chosen(client: TestClient, hospital_db: Engine) -> None:
    headers = bearer(hospital_db, "manager")
    params = {**QUICK, "until": "2024-02-05"}
    report = client.get("/api/forecast/arrivals", params=params, headers=headers).json()
    (series,) = report["series"]
    assert series["series"]["end"] == "2024-02-05" and series["forecast"][0]["at"] == "2024-02-06"
    assert "incomplete_end" not in {w["code"] for w in series["warnings"]}
    page = client.get("/pilotage", params={"kind": "arrivals", **params}, headers=headers)
    assert 'name="until" type="date" value="2024-02-05"' in page.text
    assert "until=2024-02-05" in page.text  # the chart is the same question's


@SQLITE_ONLY
def test_the_pilotage_page_shows_forecast_backtest_peaks_and_warnings(
    client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "manager")
    page = client.get("/pilotage", params={"kind": "occupancy", **QUICK}, headers=headers)
    assert page.status_code == 200, page.text
    html = page.text
    assert '<a href="/pilotage">Pilotage</a>' in html and 'href="/patients"' not in html
    assert "Lits occupés à minuit" in html and "Modèle retenu" in html
    assert 'src="/api/forecast/occupancy.png?horizon=7&amp;weeks=1"' in html
    assert html.count("<tr><td>") >= 7  # a row per forecast day
    assert "Intervalle à 95 %" in html and "Pics attendus" in html
    assert "Saisonnier naïf" in html and "Couverture 80 %" in html
    assert "Avertissements" in html  # six weeks of data: a short history is flagged
    chart = client.get("/api/forecast/occupancy.png", params=QUICK, headers=headers)
    assert chart.status_code == 200
    units = client.get(
        "/pilotage", params={"kind": "admissions", "service": "tous", **QUICK}, headers=headers
    )
    assert units.status_code == 200 and units.text.count('class="card series"') >= 2


@SQLITE_ONLY
def test_the_page_says_what_is_wrong_without_data(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    with make_client(database_url, tmp_path) as client:
        page = client.get("/pilotage", headers=bearer(hospital_db, "manager"))
    assert page.status_code == 200
    assert 'id="forecast-error"' in page.text and "img" not in page.text.split("<main>")[1]


@pytest.mark.parametrize("role", ["physician", "dpo", "admin"])
@SQLITE_ONLY
def test_other_roles_are_refused_and_the_refusal_recorded(
    hospital_db: Engine, database_url: str, tmp_path: Path, role: str
) -> None:
    headers = bearer(hospital_db, role)
    with make_client(database_url, tmp_path) as client:
        page = client.get("/pilotage", headers=headers)
        api = client.get("/api/forecast/arrivals", headers=headers)
        chart = client.get("/api/forecast/arrivals.png", headers=headers)
        home = client.get("/patients", headers=headers)
    assert page.status_code == api.status_code == chart.status_code == 403
    assert "Accès refusé" in page.text and api.json()["error"]["code"] == "forbidden"
    assert "/pilotage" not in home.text
    refused = [row for row in trail(hospital_db, role) if row[0] == "forecast"]
    assert [(r[2], r[3], r[4]) for r in refused] == [
        ("denied", "ui", "/pilotage"),
        ("denied", "api", "/api/forecast/arrivals"),
        ("denied", "api", "/api/forecast/arrivals.png"),
    ]


@SQLITE_ONLY
def test_a_manager_account_is_made_with_relais_user_add(
    hospital_db: Engine, database_url: str
) -> None:
    from typer.testing import CliRunner

    from relais.cli import app

    added = CliRunner().invoke(
        app,
        ["user", "add", "dir.durand", "--role", "manager", "--password-stdin", "--json"],
        input="Une phrase de passe solide\n",
        env={"RELAIS_DATABASE_URL": database_url},
    )
    assert added.exit_code == 0, added.output
    user = json.loads(added.stdout)
    assert (user["role"], user["role_label"]) == ("manager", "Cadre de santé / direction")
