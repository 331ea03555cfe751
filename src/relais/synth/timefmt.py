"""Times: FHIR dateTime strings in Europe/Paris, and the French ways of writing a date."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def fhir_datetime(moment: datetime, zone: ZoneInfo) -> str:
    """``2024-03-12T14:30:00+01:00`` (local wall time with the Paris offset of that day)."""
    return moment.replace(tzinfo=zone, microsecond=0).isoformat()


def french_date(day: date, style: int) -> str:
    """One of the ways French notes write a date: 12/03/2024, 12 mars 2024, 12/03/24, 12.03.2024."""
    styles = (
        f"{day:%d/%m/%Y}",
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{day:%d/%m/%y}",
        f"{day:%d.%m.%Y}",
        f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{day:%d/%m}",
    )
    return styles[style % len(styles)]


def french_time(moment: datetime) -> str:
    return f"{moment.hour}h{moment.minute:02d}"


def age_at(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
