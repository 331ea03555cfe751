"""The audit trail (append-only, hash-chained) and the access gate in front of patient data.

>>> from relais.privacy.audit import Actor, is_permitted
>>> is_permitted(Actor(id="dr.martin", role="physician", channel="ui").role, "sign")
True
>>> is_permitted("nurse", "sign")
False
"""

from relais.privacy.audit.events import CHANNELS, OUTCOMES, Actor, AuditEvent, Channel, Outcome
from relais.privacy.audit.gate import audited_access, record_apart, require
from relais.privacy.audit.permissions import ACTIONS, PERMISSIONS, ROLES, Action, Role, is_permitted
from relais.privacy.audit.search import AuditEntry, search
from relais.privacy.audit.trail import Appended, record
from relais.privacy.audit.verify import ChainReport, verify

__all__ = [
    "ACTIONS",
    "CHANNELS",
    "OUTCOMES",
    "PERMISSIONS",
    "ROLES",
    "Action",
    "Actor",
    "Appended",
    "AuditEntry",
    "AuditEvent",
    "ChainReport",
    "Channel",
    "Outcome",
    "Role",
    "audited_access",
    "is_permitted",
    "record",
    "record_apart",
    "require",
    "search",
    "verify",
]
