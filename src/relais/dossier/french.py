"""French formatting of numbers, doses and dates for fact texts.

>>> decimal(2.5)
'2,5'
>>> dose(4000.0, "UI")
'4000 UI'
>>> day(datetime(2024, 3, 12, 14, 30))
'12/03/2024'
>>> capitalised("furosémide")
'Furosémide'
"""

from datetime import date, datetime


def decimal(value: float) -> str:
    return f"{value:g}".replace(".", ",") if abs(value) < 1e15 else str(value)


def dose(value: float | None, unit: str | None) -> str | None:
    if value is None:
        return None
    return f"{decimal(value)} {unit}" if unit else decimal(value)


def day(moment: date | datetime | None) -> str:
    return moment.strftime("%d/%m/%Y") if moment else "date inconnue"


def day_time(moment: datetime | None) -> str:
    if moment is None:
        return "date inconnue"
    if moment.hour == 0 and moment.minute == 0:
        return day(moment)
    return f"{day(moment)} à {moment.strftime('%Hh%M')}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def joined(*parts: str | None, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)
