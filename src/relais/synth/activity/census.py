"""Daily activity table: ED arrivals, admissions, discharges and midnight census per service.

``census`` of day D counts the inpatients present at 00:00 at the start of D (admitted before,
discharged after). Stays admitted before ``start`` do not exist in the simulation, so the
first days' census is low: forecasting tests should skip a warm-up (the first 30 days).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from relais.synth.activity.model import Activity


@dataclass(frozen=True, slots=True)
class DailyRow:
    day: date
    ed_arrivals: int
    ed_admitted: int
    admissions: dict[str, int]
    discharges: dict[str, int]
    census: dict[str, int]


def daily_table(activity: Activity, services: list[str]) -> list[DailyRow]:
    days = activity.days
    first = activity.start
    arrivals = [0] * days
    admitted = [0] * days
    admissions = {s: [0] * days for s in services}
    discharges = {s: [0] * days for s in services}
    census = {s: [0] * days for s in services}
    for visit in activity.visits:
        offset = (visit.arrival.date() - first).days
        if 0 <= offset < days:
            arrivals[offset] += 1
            admitted[offset] += 1 if visit.stays else 0
    for stay in activity.stays:
        begin = (stay.start.date() - first).days
        end = (stay.end.date() - first).days
        if 0 <= begin < days:
            admissions[stay.service][begin] += 1
        if 0 <= end < days:
            discharges[stay.service][end] += 1
        for offset in range(max(begin + 1, 0), min(end + 1, days)):
            census[stay.service][offset] += 1
    return [
        DailyRow(
            first + timedelta(days=i),
            arrivals[i],
            admitted[i],
            {s: admissions[s][i] for s in services},
            {s: discharges[s][i] for s in services},
            {s: census[s][i] for s in services},
        )
        for i in range(days)
    ]


def csv_lines(rows: list[DailyRow], services: list[str]) -> list[str]:
    header = ["date", "ed_arrivals", "ed_admitted"]
    for kind in ("admissions", "discharges", "census"):
        header.extend(f"{kind}_{s}" for s in services)
    lines = [",".join(header)]
    for row in rows:
        cells = [row.day.isoformat(), str(row.ed_arrivals), str(row.ed_admitted)]
        for table in (row.admissions, row.discharges, row.census):
            cells.extend(str(table[s]) for s in services)
        lines.append(",".join(cells))
    return lines
