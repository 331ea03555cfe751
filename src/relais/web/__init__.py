"""The clinician workspace: French screens, JSON API (``/api``), FHIR (``/fhir``).

Every request that touches patient data passes one gate (``access.Gate``) that checks the role
and writes the audit row; see docs/workspace.md.
"""

from relais.web.app import create_app

__all__ = ["create_app"]
