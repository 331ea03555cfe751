"""The small error hierarchy. Translated to exit codes in ``cli`` and to HTTP in ``web``."""


class RelaisError(Exception):
    """Base of every error Relais reports to a user. Messages say what to do."""


class InvalidInput(RelaisError):
    """The input (file, argument, resource) cannot be used as given."""


class NotFound(RelaisError):
    """The requested patient, stay or document does not exist."""


class AccessDenied(RelaisError):
    """The caller's role does not allow this action."""


class StorageError(RelaisError):
    """The database is unreachable or not migrated."""


class LLMUnavailable(RelaisError):
    """The language model cannot be reached, loaded, or did not answer in time."""


class LLMBadOutput(RelaisError):
    """The language model answered something that is not what was asked (not JSON, wrong shape)."""
