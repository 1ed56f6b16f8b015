"""Roles: owners manage the shop's setup, agents use it; refusals are one clear sentence."""

from __future__ import annotations

import pytest

from agent_assist.core.permissions import (
    Action,
    PermissionDenied,
    Role,
    can,
    owner_only,
    require,
)

OWNER_ONLY = [
    Action.MANAGE_AGENTS, Action.MANAGE_ACCOUNTS, Action.MANAGE_SECRETS, Action.VIEW_SECRETS,
    Action.MANAGE_SLA, Action.MANAGE_BUSINESS_HOURS, Action.MANAGE_TEMPLATES,
    Action.MANAGE_PLAYBOOKS, Action.VIEW_AUDIT, Action.EXPORT_DATA, Action.RESTORE_DATA,
    Action.FORGET_CONTACTS,
]
EVERYONE = [Action.REPLY, Action.NOTE, Action.CHANGE_STATUS, Action.ASSIGN,
            Action.USE_TEMPLATES, Action.USE_PLAYBOOKS]


@pytest.mark.parametrize("action", OWNER_ONLY)
def test_only_owners_manage(action: Action) -> None:
    assert can(Role.OWNER, action)
    assert not can(Role.AGENT, action)
    assert owner_only(action)


@pytest.mark.parametrize("action", EVERYONE)
def test_everyone_uses(action: Action) -> None:
    assert can(Role.OWNER, action) and can(Role.AGENT, action)
    assert not owner_only(action)


def test_owners_may_do_every_action() -> None:
    assert all(can("owner", action) for action in Action)


def test_strings_are_accepted_and_unknowns_refused() -> None:
    assert can("agent", "reply")
    assert not can("agent", "view_secrets")
    assert not can("intern", "reply")  # an unknown role is never allowed anything
    assert not can("owner", "launch_rockets")
    assert not can(None, Action.REPLY)


def test_require_raises_a_one_sentence_refusal() -> None:
    require(Role.OWNER, Action.MANAGE_TEMPLATES)  # no error
    with pytest.raises(PermissionDenied) as caught:
        require(Role.AGENT, Action.MANAGE_TEMPLATES, who="Yasmine")
    message = str(caught.value)
    assert message == "Yasmine is not an owner: only an owner can create, edit or delete reply templates."
    assert caught.value.action is Action.MANAGE_TEMPLATES
    assert message.count(".") == 1


def test_refusal_without_a_name() -> None:
    assert str(PermissionDenied(Action.VIEW_SECRETS)) == (
        "Only an owner can see the shop's passwords and tokens.")
    assert str(PermissionDenied("no_such_thing")) == "Only an owner can do this."
