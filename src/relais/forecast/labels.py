"""French words for managers: model names, lead labels, weekdays, numbers (data only)."""

from datetime import datetime

from relais.forecast.models import ARIMA, ENSEMBLE, ETS, MSTL, NAIVE

MODELS = {
    NAIVE: "Saisonnier naïf",
    ETS: "Lissage exponentiel (ETS)",
    ARIMA: "ARIMA",
    MSTL: "MSTL (saisonnalités)",
    ENSEMBLE: "Ensemble (moyenne)",
}
WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
REGRESSORS = {
    "jour_ferie": "jours fériés",
    "lendemain_ferie": "lendemains de fériés",
    "vacances_scolaires": "vacances scolaires",
}


def model_label(model: str) -> str:
    return MODELS.get(model, model)


def lead_label(lead: int | None, hourly: bool) -> str:
    """« J+7 », « H+24 »; ``None`` (all leads): « tout l'horizon »."""
    if lead is None:
        return "tout l'horizon"
    return f"H+{lead}" if hourly else f"J+{lead}"


def number(value: float | None, digits: int = 0) -> str:
    """French number: decimal comma, narrow no-break space between thousands."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def percent(share: float | None) -> str:
    return "—" if share is None else f"{number(share * 100)} %"


def day(moment: datetime, hourly: bool = False) -> str:
    text = f"{WEEKDAYS[moment.weekday()]} {moment:%d/%m/%Y}"
    return f"{text} {moment:%H}h" if hourly else text


def regressor_label(name: str) -> str:
    if name.startswith("annee_"):
        return "saison annuelle"
    return REGRESSORS.get(name, name)
