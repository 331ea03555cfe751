"""Jinja2 templates of the screens (autoescaped: whatever the record says is shown as text)."""

from datetime import date, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from relais.generate.render.html import SEX_LABELS, STATUS_LABELS
from relais.privacy.audit import is_permitted
from relais.web.workspace import workspace


def french_date(value: date | datetime | str | None) -> str:
    """12/03/2024, or 12/03/2024 à 14h30 for a time; "non renseigné" when missing."""
    if value is None or value == "":
        return "non renseigné"
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y à %Hh%M")
    return value.strftime("%d/%m/%Y")


def build_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("relais.web", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fr"] = french_date
    env.globals.update(SEX_LABELS=SEX_LABELS, STATUS_LABELS=STATUS_LABELS)
    return env


def render(request: Request, name: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page: ``principal`` (if signed in) and ``can(action)`` are available to every template."""
    principal = getattr(request.state, "principal", None)

    def can(action: str) -> bool:
        return principal is not None and is_permitted(principal.user.role, action)

    template = workspace(request).templates.get_template(name)
    csrf = principal.csrf_token if principal is not None else ""
    html = template.render(request=request, principal=principal, can=can, csrf=csrf, **context)
    return HTMLResponse(html, status_code=status_code)
