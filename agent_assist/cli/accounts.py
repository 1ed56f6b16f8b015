"""`agent-assist account …` and `agent-assist sync`: channel accounts from the command line."""

from __future__ import annotations

import argparse
import sys

from agent_assist.channels.email.errors import EmailChannelError
from agent_assist.channels.telegram.transport import DEFAULT_API_URL as TELEGRAM_API_URL
from agent_assist.cli import matrix_accounts
from agent_assist.cli.common import UserError, add_profile_option, open_profile, print_json
from agent_assist.core.models import Account, Channel
from agent_assist.services.email.accounts import (
    AccountError,
    EmailSettings,
    add_email_account,
    remove_account,
    test_imap,
    validate_tls,
)
from agent_assist.storage.profile import InstanceLock, Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError

TLS = ("none", "starttls", "ssl")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    account = sub.add_parser("account", help="add, list, test or remove channel accounts")
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add-email", help="add an IMAP/SMTP mailbox")
    add_profile_option(p)
    p.add_argument("--name", required=True)
    p.add_argument("--imap-host", required=True)
    p.add_argument("--imap-port", type=int, required=True)
    p.add_argument("--imap-tls", choices=TLS, required=True)
    p.add_argument("--smtp-host", required=True)
    p.add_argument("--smtp-port", type=int, required=True)
    p.add_argument("--smtp-tls", choices=TLS, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password-stdin", action="store_true", required=True,
                   help="read the password from standard input (never from the command line)")
    p.add_argument("--email", help="the address customers write to (default: --user)")
    p.add_argument("--folder", action="append", dest="folders", metavar="FOLDER",
                   help="folder to watch (repeatable; default INBOX, plus Sent)")
    p.set_defaults(handler=cmd_add_email)

    p = actions.add_parser("add-telegram", help="add a Telegram bot (token from @BotFather)")
    add_profile_option(p)
    p.add_argument("--name", required=True)
    p.add_argument("--token-stdin", action="store_true", required=True,
                   help="read the bot token from standard input (never from the command line)")
    p.add_argument("--api-url", default=TELEGRAM_API_URL,
                   help="Bot API server (default: %(default)s)")
    p.add_argument("--remove-webhook", action="store_true",
                   help="remove the bot's webhook so the app can fetch its messages")
    p.set_defaults(handler=cmd_add_telegram)

    matrix_accounts.register(actions)

    p = actions.add_parser("list", help="list accounts")
    add_profile_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = actions.add_parser("remove", help="remove an account (its messages stay)")
    add_profile_option(p)
    p.add_argument("name")
    p.set_defaults(handler=cmd_remove)

    p = actions.add_parser("test", help="connect and report capabilities or a clear error")
    add_profile_option(p)
    p.add_argument("name")
    p.add_argument("--remove-webhook", action="store_true",
                   help="Telegram: remove the bot's webhook so the app can fetch its messages")
    p.set_defaults(handler=cmd_test)

    p = sub.add_parser("sync", help="sync every account headlessly")
    add_profile_option(p)
    p.add_argument("--once", action="store_true", help="catch up, send the outbox, and exit")
    p.set_defaults(handler=cmd_sync)


def _read_secret() -> str:
    secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise UserError("No password was given on standard input.")
    return secret


def cmd_add_email(args: argparse.Namespace) -> int:
    settings = EmailSettings(
        imap_host=args.imap_host, imap_port=args.imap_port, imap_tls=validate_tls(args.imap_tls),
        smtp_host=args.smtp_host, smtp_port=args.smtp_port, smtp_tls=validate_tls(args.smtp_tls),
        user=args.user, email=(args.email or args.user).strip().lower(),
        folders=tuple(args.folders or ("INBOX",)),
    )
    if "@" not in settings.email:
        raise UserError(f"{settings.email} is not an email address: pass --email ADDRESS.")
    password = _read_secret()
    profile = open_profile(args, create=True)
    try:
        repos = Repos.of(profile.pool.get())
        account = add_email_account(repos, SecretStore(profile.root), args.name, settings,
                                    password)
    except (AccountError, SecretStoreError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Added email account {account.name} ({account.address}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=False)
    try:
        accounts = Repos.of(profile.pool.get()).accounts.list()
    finally:
        profile.close()
    rows = [
        {
            "name": a.name, "channel": a.channel.value, "address": a.address,
            "enabled": a.enabled, "last_sync_at": a.last_sync_at, "last_error": a.last_error,
            "settings": {k: v for k, v in a.settings.items() if k != "extra"},
        }
        for a in accounts
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']}\t{row['channel']}\t{row['address']}\t{row['last_error']}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=False)
    try:
        remove_account(Repos.of(profile.pool.get()), SecretStore(profile.root), args.name)
    except (AccountError, SecretStoreError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Removed account {args.name}; its conversations stay in the inbox.")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=False)
    try:
        account = Repos.of(profile.pool.get()).accounts.by_name(args.name)
        if account is None:
            raise UserError(f"There is no account named {args.name}.")
        if account.channel is Channel.TELEGRAM:
            return _test_telegram(account, SecretStore(profile.root), args.remove_webhook)
        if account.channel is Channel.MATRIX:
            return matrix_accounts.cmd_test_matrix(account, SecretStore(profile.root))
        report = test_imap(account, SecretStore(profile.root))
    except (EmailChannelError, SecretStoreError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Account {args.name}: connected and logged in.")
    print(f"Capabilities: {' '.join(report.capabilities)}")
    print(f"Folders: {', '.join(report.folders)}")
    print(f"Sent folder: {report.sent_folder or 'none found'}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    profile = open_profile(args, create=False)
    lock = InstanceLock(profile.root)
    if not lock.acquire():
        profile.close()
        raise UserError(
            f"Agent Assist is already syncing the profile {profile.root}: the running app "
            "keeps it in sync, so there is nothing to do here."
        )
    try:
        if not args.once:
            from agent_assist.cli.daemon import run_forever

            return run_forever(profile)
        return _sync_once(profile)
    finally:
        lock.release()
        profile.close()


def _sync_once(profile: Profile) -> int:
    from agent_assist.services.email.parsing import make_parse_executor
    from agent_assist.services.email.runner import catch_up_once
    from agent_assist.services.senders import channel_senders
    from agent_assist.services.workspace import Workspace

    secrets = SecretStore(profile.root)
    repos = Repos.of(profile.pool.get())
    failures: list[str] = []
    executor = make_parse_executor()
    try:
        for account in repos.accounts.list():
            if not account.enabled:
                continue
            if account.channel is Channel.TELEGRAM:
                _sync_telegram(profile, account, secrets, failures)
                continue
            if account.channel is Channel.MATRIX:
                matrix_accounts.sync_matrix_once(profile, account, secrets, failures)
                continue
            try:
                report = catch_up_once(profile, account, secrets, executor=executor)
            except (EmailChannelError, SecretStoreError) as exc:
                failures.append(str(exc))
                with repos.db.atomic():
                    repos.accounts.mark_synced(account.id, 0, error=str(exc))
                continue
            print(f"{account.name}: {report.new} new message(s).")
    finally:
        executor.shutdown()
    workspace = Workspace(profile)
    workspace.sender_factory = channel_senders(workspace.demo_sender, secrets)
    workspace.recover_outbox()
    sent = workspace.send_pending()
    if sent.sent or sent.failed or sent.uncertain:
        print(f"Outbox: {len(sent.sent)} sent, {len(sent.failed)} failed, "
              f"{len(sent.uncertain)} uncertain.")
    if failures:
        raise UserError(" ".join(failures))
    return 0


# -- Telegram ----------------------------------------------------------------------------------


def _webhook_hint(name: str, url: str, flag_for: str) -> UserError:
    return UserError(
        f"The Telegram bot of account {name} has a webhook set ({url}), so the app cannot "
        f"fetch its messages: run {flag_for} again with --remove-webhook to remove it "
        "(messages waiting for the bot are kept)."
    )


def cmd_add_telegram(args: argparse.Namespace) -> int:
    from agent_assist.services.telegram.accounts import (
        RETENTION_WARNING,
        WebhookSet,
        add_telegram_account,
    )

    token = sys.stdin.readline().strip()
    if not token:
        raise UserError("No bot token was given on standard input.")
    profile = open_profile(args, create=True)
    try:
        account, check = add_telegram_account(
            Repos.of(profile.pool.get()), SecretStore(profile.root), args.name, token,
            api_url=args.api_url, remove_webhook=args.remove_webhook,
        )
    except WebhookSet as exc:
        raise _webhook_hint(args.name, exc.url, "the command") from exc
    except (AccountError, SecretStoreError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Added Telegram account {account.name} (bot @{check.bot.username}).")
    if check.webhook.pending_update_count:
        print(f"Telegram holds {check.webhook.pending_update_count} update(s) for this bot; "
              "'agent-assist sync' fetches them.")
    print(f"Note: {RETENTION_WARNING}")
    return 0


def _test_telegram(account: Account, secrets: SecretStore, remove_webhook: bool) -> int:
    from agent_assist.services.telegram import accounts as telegram

    try:
        try:
            check = telegram.test_account(account, secrets)
        except telegram.WebhookSet as exc:
            if not remove_webhook:
                raise _webhook_hint(account.name, exc.url, "'account test'") from exc
            telegram.remove_webhook(account, secrets)
            print(f"Removed the webhook ({exc.url}); the app can now fetch the bot's messages.")
            check = telegram.test_account(account, secrets)
    except AccountError as exc:
        raise UserError(str(exc)) from exc
    print(f"Account {account.name}: the token works for bot @{check.bot.username}.")
    print(f"Waiting at Telegram: {check.webhook.pending_update_count} update(s).")
    print(f"Note: {telegram.retention_warning(account) or telegram.RETENTION_WARNING}")
    return 0


def _sync_telegram(
    profile: Profile, account: Account, secrets: SecretStore, failures: list[str]
) -> None:
    from agent_assist.channels.telegram.errors import TelegramError
    from agent_assist.services.telegram.accounts import retention_warning
    from agent_assist.services.telegram.runner import catch_up_once as telegram_catch_up

    warning = retention_warning(account)
    if warning:
        print(f"Warning: {warning}")
    try:
        report = telegram_catch_up(profile, account, secrets)
    except (TelegramError, SecretStoreError) as exc:
        failures.append(str(exc))
        repos = Repos.of(profile.pool.get())
        with repos.db.atomic():
            repos.accounts.mark_synced(account.id, 0, error=str(exc))
        return
    print(f"{account.name}: {report.new} new message(s).")
