"""Thin routes: parse, pass the gate, call a service, render."""
