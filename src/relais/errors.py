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
