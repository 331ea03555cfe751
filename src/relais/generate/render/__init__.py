"""Drafted documents as HTML, PDF and FHIR (document Bundle)."""
