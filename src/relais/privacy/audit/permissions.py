"""Who may do what: the roles, their actions (on patient data, and the few without any: forecasts,
accounts, the audit search), and the permission matrix (data only).

docs/privacy.md shows the same matrix; a test fails when the two disagree.
"""

from typing import Literal, get_args

Role = Literal["physician", "nurse", "secretary", "dpo", "admin", "data_scientist", "manager"]
Action = Literal[
    "read",  # identity, stays, structured record
    "read_notes",  # clinical notes
    "read_letters",  # letters (lettres de liaison, synthèses)
    "write",  # change clinical data (import, acknowledge an alert)
    "draft",  # draft or edit a letter
    "sign",  # sign a letter
    "export",  # pseudonymised research extract
    "patient_rights",  # record an opposition, tell a patient which projects used the data
    "audit",  # search the audit trail
    "accounts",  # manage user accounts
    "forecast",  # activity forecasts (counts per day, no patient data): the "Pilotage" page
]
ROLES: tuple[Role, ...] = get_args(Role)
ACTIONS: tuple[Action, ...] = get_args(Action)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    "physician": frozenset(
        {"read", "read_notes", "read_letters", "write", "draft", "sign", "patient_rights"}
    ),
    "nurse": frozenset({"read", "read_notes", "read_letters", "write"}),
    "secretary": frozenset({"read", "read_letters", "draft", "patient_rights"}),
    "dpo": frozenset({"patient_rights", "audit"}),
    "admin": frozenset({"accounts"}),
    "data_scientist": frozenset({"export"}),
    "manager": frozenset({"forecast"}),  # cadre de santé, direction: no patient data
}


def is_permitted(role: str, action: str) -> bool:
    """Whether ``role`` may perform ``action`` (unknown roles and actions are never permitted)."""
    return any(name == role and action in actions for name, actions in PERMISSIONS.items())
