"""``/api/docs``: the OpenAPI description as a plain page (Swagger UI would load a CDN)."""

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from relais.web.templating import render

router = APIRouter(include_in_schema=False)
METHODS = ("get", "post", "put", "patch", "delete")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = item[method]
                found.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": op.get("summary", ""),
                        "description": op.get("description", ""),
                        "tags": op.get("tags", []),
                        "parameters": [
                            (p["name"], p["in"], p.get("required", False))
                            for p in op.get("parameters", [])
                        ],
                        "responses": sorted(op.get("responses", {})),
                    }
                )
    return found


@router.get("/api/docs")
def docs(request: Request) -> Response:
    schema = request.app.openapi()
    return render(
        request,
        "api_docs.html.j2",
        info=schema["info"],
        operations=operations(schema),
    )
