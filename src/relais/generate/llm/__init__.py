"""One small interface to language models, with an embedded and an HTTP implementation."""
