"""Clinical notes → NOTE_FINDING facts with edsnlp (rule-based pipes, no torch)."""
