"""Recognizers of identifying details, one family per module (each returns ``Finding``s)."""
