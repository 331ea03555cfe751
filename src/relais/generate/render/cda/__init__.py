"""CDA R2 export of drafted documents (ANS CI-SIS volets LDL-SES and VSM)."""

from relais.generate.render.cda.context import load_context
from relais.generate.render.cda.model import CdaContext
from relais.generate.render.cda.render import export_cda, render_cda, volet

__all__ = ["CdaContext", "export_cda", "load_context", "render_cda", "volet"]
