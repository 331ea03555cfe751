"""PDF through WeasyPrint (local fonts only; no URL is ever fetched)."""

from typing import Any

from relais.errors import RelaisError
from relais.generate.render.html import render_html


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"refused to fetch {url}: documents are self-contained")


def render_pdf(document: dict[str, Any]) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: pango missing
        raise RelaisError(
            f"PDF rendering is not available ({exc}); install the Debian packages "
            "libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core."
        ) from exc
    pdf = HTML(string=render_html(document), url_fetcher=_no_fetch).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf
