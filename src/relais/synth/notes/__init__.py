"""French clinical notes written from the structured facts, with their identifying spans."""
