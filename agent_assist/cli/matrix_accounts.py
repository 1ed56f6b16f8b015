"""`agent-assist account add-matrix`, and the Matrix branches of `account test` and `sync --once`.

The Matrix modules are imported inside the handlers: matrix-nio and aiohttp take ~0.6 s to
import, which every other command should not pay.
"""

from __future__ import annotations

import argparse
import sys

from agent_assist.cli.common import UserError, add_profile_option, open_profile
from agent_assist.core.models import Account
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = actions.add_parser("add-matrix", help="add a Matrix account (and the chats bridged "
                           "into it: WhatsApp, Signal, Messenger…)")
    add_profile_option(p)
    p.add_argument("--name", required=True)
    p.add_argument("--homeserver", required=True, metavar="URL",
                   help="the homeserver's address, e.g. https://matrix.example.org")
    p.add_argument("--user", required=True, metavar="U",
                   help="the Matrix user, e.g. @shop:example.org (or its local part)")
    secret = p.add_mutually_exclusive_group(required=True)
    secret.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input (never from the command "
                        "line)")
    secret.add_argument("--token-stdin", action="store_true",
                        help="read an access token from standard input instead of a password")
    p.set_defaults(handler=cmd_add_matrix)


def cmd_add_matrix(args: argparse.Namespace) -> int:
    from agent_assist.services.matrix.accounts import AccountError, add_matrix_account

    what = "password" if args.password_stdin else "access token"
    secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise UserError(f"No {what} was given on standard input.")
    profile = open_profile(args, create=True)
    try:
        account = add_matrix_account(
            Repos.of(profile.pool.get()), SecretStore(profile.root), args.name, args.homeserver,
            args.user, password=secret if args.password_stdin else "",
            access_token=secret if args.token_stdin else "",
        )
    except (AccountError, SecretStoreError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Added Matrix account {account.name} ({account.address}, device "
          f"{account.settings.get('device_id')}).")
    return 0


def cmd_test_matrix(account: Account, secrets: SecretStore) -> int:
    """`account test NAME` for a Matrix account."""
    from agent_assist.channels.matrix import MatrixError
    from agent_assist.services.matrix.accounts import test_matrix

    try:
        report = test_matrix(account, secrets)
    except (MatrixError, SecretStoreError) as exc:
        raise UserError(str(exc)) from exc
    print(f"Account {account.name}: signed in to {report.homeserver} as {report.user_id}.")
    print(f"Device: {report.device_id}")
    print(f"Joined rooms: {report.rooms}")
    return 0


def sync_matrix_once(
    profile: Profile, account: Account, secrets: SecretStore, failures: list[str]
) -> None:
    """One catch-up of a Matrix account for `sync --once`; a failure is recorded, not raised."""
    import time

    from agent_assist.channels.matrix import MatrixError
    from agent_assist.services.matrix.runner import sync_once

    try:
        report = sync_once(profile, account, secrets)
    except (MatrixError, SecretStoreError) as exc:
        failures.append(str(exc))
        repos = Repos.of(profile.pool.get())
        with repos.db.atomic():
            repos.accounts.mark_synced(account.id, time.time(), error=str(exc))
        return
    print(f"{account.name}: {report.new} new message(s).")
    if report.quarantined:
        print(f"{account.name}: {report.quarantined} event(s) could not be read and were "
              "kept in quarantine.")
    for problem in report.errors:
        print(f"{account.name}: {problem}")
