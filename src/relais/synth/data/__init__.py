"""Data-only modules of the synthetic hospital: French names, places, drugs, labs, scenarios."""
