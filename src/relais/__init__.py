"""Relais: sovereign clinical AI platform for French hospitals."""

__version__ = "0.1.0"
