"""A drafted document as a self-contained French HTML page (no external asset)."""

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

STATUS_LABELS = {
    "new": "Nouveau",
    "continued": "Poursuivi",
    "modified": "Modifié",
    "stopped": "Arrêté",
    "unreconciled": "À vérifier",
}
SEX_LABELS = {"male": "Homme", "female": "Femme", "other": "Autre", "unknown": "Inconnu"}


def french_day(value: str | None) -> str:
    """``2024-03-19T15:00:00`` → ``19/03/2024 à 15h00`` (a date alone → ``19/03/2024``)."""
    if not value:
        return "non renseigné"
    if len(value) <= 10:
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    moment = datetime.fromisoformat(value)
    return moment.strftime("%d/%m/%Y à %Hh%M")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("relais.generate.render", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = french_day
    env.globals["STATUS_LABELS"] = STATUS_LABELS
    env.globals["SEX_LABELS"] = SEX_LABELS
    return env


def render_html(document: dict[str, Any]) -> str:
    """``document`` is ``DraftDocument.to_dict()`` (or a stored draft)."""
    cited = {
        c for s in document["sections"] for t in s.get("sentences", []) for c in t["citations"]
    }
    return _environment().get_template("document.html.j2").render(doc=document, cited=cited)
