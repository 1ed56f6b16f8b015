"""Roles and what each may do: owners manage the shop's setup, agents use it (pure rules)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """An agent's role in the team."""

    OWNER = "owner"
    AGENT = "agent"


class Action(enum.StrEnum):
    """Something a person may or may not do; checked with :func:`can`."""

    # Everyday work: every active agent.
    REPLY = "reply"
    NOTE = "note"
    CHANGE_STATUS = "change_status"
    ASSIGN = "assign"
    USE_TEMPLATES = "use_templates"
    USE_PLAYBOOKS = "use_playbooks"
    EDIT_OWN_SIGNATURE = "edit_own_signature"
    EDIT_OWN_NAME = "edit_own_name"
    CHANGE_OWN_PASSWORD = "change_own_password"
    # The shop's setup: owners only.
    MANAGE_AGENTS = "manage_agents"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SECRETS = "manage_secrets"
    VIEW_SECRETS = "view_secrets"
    MANAGE_SLA = "manage_sla"
    MANAGE_BUSINESS_HOURS = "manage_business_hours"
    MANAGE_TEMPLATES = "manage_templates"
    MANAGE_PLAYBOOKS = "manage_playbooks"
    MANAGE_ASSIGNMENT = "manage_assignment"
    MANAGE_TEAM_SETTINGS = "manage_team_settings"
    VIEW_AUDIT = "view_audit"
    EXPORT_DATA = "export_data"
    RESTORE_DATA = "restore_data"
    FORGET_CONTACTS = "forget_contacts"


_EVERYONE = frozenset(
    {
        Action.REPLY, Action.NOTE, Action.CHANGE_STATUS, Action.ASSIGN, Action.USE_TEMPLATES,
        Action.USE_PLAYBOOKS, Action.EDIT_OWN_SIGNATURE, Action.EDIT_OWN_NAME,
        Action.CHANGE_OWN_PASSWORD,
    }
)

_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.OWNER: frozenset(Action),
    Role.AGENT: _EVERYONE,
}

# Completes "Only an owner can …" in the refusal sentence.
_DESCRIPTIONS: dict[Action, str] = {
    Action.MANAGE_AGENTS: "add, change or deactivate agents",
    Action.MANAGE_ACCOUNTS: "add, change or remove channel accounts",
    Action.MANAGE_SECRETS: "change the shop's passwords and tokens",
    Action.VIEW_SECRETS: "see the shop's passwords and tokens",
    Action.MANAGE_SLA: "change response-time targets",
    Action.MANAGE_BUSINESS_HOURS: "change business hours",
    Action.MANAGE_TEMPLATES: "create, edit or delete reply templates",
    Action.MANAGE_PLAYBOOKS: "create, edit or delete playbooks",
    Action.MANAGE_ASSIGNMENT: "change how new conversations are assigned",
    Action.MANAGE_TEAM_SETTINGS: "change team settings such as the idle lock",
    Action.VIEW_AUDIT: "see the audit log",
    Action.EXPORT_DATA: "export or back up the shop's data",
    Action.RESTORE_DATA: "restore a backup over the shop's data",
    Action.FORGET_CONTACTS: "delete a customer and all their data",
}


class PermissionDenied(Exception):
    """The current person's role does not allow the action; the message says so in one sentence."""

    def __init__(self, action: Action | str, role: Role | str | None = None,
                 who: str = "") -> None:
        self.action = _action(action)
        self.role = role
        what = _DESCRIPTIONS.get(self.action, f"do this ({self.action.value})") \
            if self.action is not None else "do this"
        subject = f"{who} is not an owner: only" if who else "Only"
        super().__init__(f"{subject} an owner can {what}.")


def _action(action: Action | str) -> Action | None:
    try:
        return Action(action)
    except ValueError:
        return None


def _role(role: Role | str | None) -> Role | None:
    if role is None:
        return None
    try:
        return Role(role)
    except ValueError:
        return None


def can(role: Role | str | None, action: Action | str) -> bool:
    """Whether ``role`` may do ``action``; unknown roles and actions are refused."""
    parsed_role, parsed_action = _role(role), _action(action)
    if parsed_role is None or parsed_action is None:
        return False
    return parsed_action in _ALLOWED[parsed_role]


def require(role: Role | str | None, action: Action | str, *, who: str = "") -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may do ``action``."""
    if not can(role, action):
        raise PermissionDenied(action, role, who)


def owner_only(action: Action | str) -> bool:
    """True for the actions reserved to owners (the UI disables them for agents)."""
    return can(Role.OWNER, action) and not can(Role.AGENT, action)
