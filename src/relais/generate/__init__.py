"""Drafting: LLM backends, prompts, letters and syntheses, verification, rendering."""
