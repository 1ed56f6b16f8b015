"""`agent-assist agent …` and `agent-assist audit`: the team and its audit trail.

Permission rule: a profile is *protected* once an active owner has a password. Then the
commands that manage the team or read the audit trail need ``--as NAME`` naming an active
owner. With ``--as`` the first line of standard input is that owner's password (an empty
line when they have none; on a terminal it is asked for); with ``--password-stdin`` the
new agent's password is the next line.
Listing agents never needs it (no secret is ever printed).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from typing import Any

from agent_assist.cli.common import UserError, add_profile_option, open_profile, print_json
from agent_assist.core.permissions import Action, PermissionDenied, Role
from agent_assist.core.team import Agent
from agent_assist.services.agents import AgentError, AgentService
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories.team import AuditQueryRepo

EXIT_DENIED = 77  # EX_NOPERM from sysexits.h


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agent = sub.add_parser("agent", help="add, list or deactivate the people who answer")
    actions = agent.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="add an agent (owner or agent)")
    add_profile_option(p)
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new agent's password or PIN from standard input")
    add_as_option(p)
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("list", help="list agents (never shows passwords)")
    add_profile_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    for name, active in (("deactivate", False), ("activate", True)):
        p = actions.add_parser(name, help=f"{name} an agent (their history stays)")
        add_profile_option(p)
        p.add_argument("--name", required=True)
        add_as_option(p)
        p.set_defaults(handler=cmd_set_active, active=active)

    p = sub.add_parser("audit", help="who did what, newest first")
    add_profile_option(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--agent", metavar="NAME", help="only this agent's actions")
    p.add_argument("--since", metavar="DATE", help="from this day or time (ISO 8601)")
    p.add_argument("--until", metavar="DATE", help="before this day or time (ISO 8601)")
    p.add_argument("--limit", type=int, default=1000)
    add_as_option(p)
    p.set_defaults(handler=cmd_audit)


def add_as_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as", dest="as_name", metavar="NAME",
        help="act as this owner (needed once an owner has a password; the password is the "
             "first line of standard input)",
    )


# -- identification ------------------------------------------------------------------------------


def _read_line(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def acting_agent(service: AgentService, args: argparse.Namespace, action: Action) -> Agent | None:
    """Who is acting: None on an unprotected profile without --as; refusals are sentences."""
    name = getattr(args, "as_name", None)
    if not name:
        try:
            service.authorize(None, action)
        except PermissionDenied as exc:
            raise UserError(
                f"{str(exc).rstrip('.')}, and an owner's password protects this profile: add "
                "--as NAME and give that owner's password on standard input.",
                EXIT_DENIED,
            ) from exc
        return None
    agent = service.by_name(name)
    if agent is None or not agent.active:
        raise UserError(f"There is no active agent named {name}.", EXIT_DENIED)
    # With --as the first line is always the actor's (empty when they have no password),
    # so a script knows which line is which whatever the agent's settings.
    interactive = sys.stdin.isatty()
    password = ""
    if agent.has_password or not interactive:
        password = _read_line(f"Password for {agent.name}: ")
    if not service.verify(agent.id, password):
        service.audit.record("session:refused", agent_id=agent.id, subject_type="agent",
                             subject_id=agent.id, details={"via": "cli"})
        raise UserError(f"Wrong password for {agent.name}.", EXIT_DENIED)
    try:
        service.authorize(agent, action)
    except PermissionDenied as exc:
        raise UserError(str(exc), EXIT_DENIED) from exc
    return agent


def _service(profile: Profile) -> AgentService:
    return AgentService(profile.pool.get())


# -- commands ------------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=True)
    try:
        service = _service(profile)
        actor = acting_agent(service, args, Action.MANAGE_AGENTS)
        password = ""
        if args.password_stdin:
            password = _read_line(f"Password or PIN for {args.name}: ")
            if not password:
                raise UserError("No password was given on standard input.")
        try:
            agent = service.add(args.name, args.role, password=password, actor=actor)
        except PermissionDenied as exc:
            raise UserError(str(exc), EXIT_DENIED) from exc
        except AgentError as exc:
            raise UserError(str(exc)) from exc
    finally:
        profile.close()
    lock = " with a password" if agent.has_password else ""
    print(f"Added {agent.role.value} {agent.name}{lock}.")
    return 0


def _agent_row(agent: Agent) -> dict[str, Any]:
    return {
        "id": agent.id, "name": agent.name, "role": agent.role.value, "active": agent.active,
        "has_password": agent.has_password, "on_duty": agent.on_duty,
        "signature_languages": sorted(agent.signatures),
    }


def cmd_list(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=False)
    try:
        rows = [_agent_row(a) for a in _service(profile).list()]
    finally:
        profile.close()
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            state = "active" if row["active"] else "inactive"
            print(f"{row['name']}\t{row['role']}\t{state}")
    return 0


def cmd_set_active(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=False)
    try:
        service = _service(profile)
        actor = acting_agent(service, args, Action.MANAGE_AGENTS)
        try:
            target = service.require_by_name(args.name)
            service.set_active(target.id, args.active, actor=actor)
        except PermissionDenied as exc:
            raise UserError(str(exc), EXIT_DENIED) from exc
        except AgentError as exc:
            raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"{target.name} is now {'active' if args.active else 'inactive'}.")
    return 0


def _parse_when(text: str | None, option: str) -> float | None:
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} {text} is not a date like 2025-03-01 or "
                        "2025-03-01T14:30.") from None
    if when.tzinfo is None:
        when = when.astimezone()  # a plain date or time means the computer's local time
    return when.timestamp()


def cmd_audit(args: argparse.Namespace) -> int:
    since, until = _parse_when(args.since, "--since"), _parse_when(args.until, "--until")
    if args.limit < 1:
        raise UserError("--limit must be at least 1.")
    profile = open_profile(args, create=False)
    try:
        service = _service(profile)
        acting_agent(service, args, Action.VIEW_AUDIT)
        agent_id = None
        if args.agent:
            try:
                agent_id = service.require_by_name(args.agent).id
            except AgentError as exc:
                raise UserError(str(exc)) from exc
        entries = AuditQueryRepo(profile.pool.get()).entries(
            agent_id=agent_id, since=since, until=until, limit=args.limit)
    finally:
        profile.close()
    rows = [
        {
            "id": e.id, "at": datetime.fromtimestamp(e.at, UTC).isoformat(timespec="seconds"),
            "agent": e.agent_name or None, "agent_id": e.agent_id, "action": e.action,
            "subject_type": e.subject_type, "subject_id": e.subject_id, "details": e.details,
        }
        for e in entries
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            subject = f"{row['subject_type']} {row['subject_id']}" if row["subject_type"] else ""
            print(f"{row['at']}\t{row['agent'] or '-'}\t{row['action']}\t{subject}")
    return 0
