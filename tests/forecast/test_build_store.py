"""Series built from an ingested synthetic hospital equal the generator's daily truth."""

from datetime import date

from sqlalchemy import Engine

from relais.forecast.build import Activity, activity_series
from relais.forecast.encounters import load_encounters
from relais.forecast.series import Kind, Series, Step
from relais.forecast.services import slug
from tests.forecast.conftest import TinyHospital

LAST = date(2024, 2, 11)  # the 42nd day; later starts are transfers after the simulation


def by_key(series: list[Series]) -> dict[str, Series]:
    return {s.key: s for s in series}


def test_series_match_the_truth(engine: Engine, tiny_hospital: TinyHospital) -> None:
    tiny_hospital.ingest(engine)
    with engine.connect() as conn:
        activity = Activity.of(load_encounters(conn))
    assert (activity.first, activity.last) == (date(2024, 1, 1), LAST)

    (arrivals,) = activity_series(activity, kind=Kind.ARRIVALS)
    assert (arrivals.key, arrivals.label) == ("arrivals:total", "Arrivées aux urgences")
    assert arrivals.end.date() == LAST
    truth = tiny_hospital.truth("ed_arrivals", arrivals.start.date(), LAST)
    assert arrivals.values.tolist() == truth

    admissions = by_key(activity_series(activity, kind=Kind.ADMISSIONS, service="tous"))
    occupancy = by_key(activity_series(activity, kind=Kind.OCCUPANCY, service="tous"))
    for key, name in tiny_hospital.services.items():
        if key == "urgences":
            continue
        for kind, found in (("admissions", admissions), ("census", occupancy)):
            series = found[f"{'occupancy' if kind == 'census' else kind}:{slug(name)}"]
            expected = tiny_hospital.truth(f"{kind}_{key}", series.start.date(), LAST)
            assert series.values.tolist() == expected, (kind, name)
    total = admissions["admissions:total"]
    assert total.label == "Admissions — tous services"
    keys = [k for k in tiny_hospital.services if k != "urgences"]
    expected = [
        float(sum(row[f"admissions_{k}"] for k in keys))
        for day, row in tiny_hospital.daily.items()
        if total.start.date() <= day <= LAST
    ]
    assert total.values.tolist() == expected
    census = occupancy["occupancy:total"]
    assert any(n.code == "census_warm_up" for n in census.notices)
    assert census.start.date() > date(2024, 1, 8)  # the warm-up is skipped

    (hourly,) = activity_series(activity, kind=Kind.ARRIVALS, step=Step.HOUR)
    assert hourly.step is Step.HOUR and hourly.values.sum() == arrivals.values.sum()
    assert len(hourly) == 24 * len(arrivals)
