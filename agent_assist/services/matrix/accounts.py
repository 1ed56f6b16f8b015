"""Matrix accounts: add (sign in once, keep the device), test, connect, and sign in again.

The keychain holds one JSON secret per account: the access token of the app's device and,
when the user gave one, the password (so an access token revoked elsewhere can be replaced
without asking). The user id, device id and homeserver live in the account's settings.
"""

from __future__ import annotations

import json
import secrets as random
from dataclasses import asdict, dataclass, field
from typing import Any

from agent_assist.channels.matrix import (
    MatrixAuthError,
    MatrixClient,
    MatrixConfig,
    MatrixError,
    MatrixSession,
    normalize_homeserver,
)
from agent_assist.core.models import Account, Channel
from agent_assist.services.email.accounts import AccountError
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore

__all__ = [
    "AccountError", "MatrixCredentials", "MatrixSettings", "MatrixTestReport", "SignInCheck",
    "add_matrix_account", "check_matrix_sign_in", "open_client", "sign_in_again", "test_matrix",
]


@dataclass(frozen=True)
class MatrixSettings:
    """What a Matrix account keeps in its settings (never the token or password)."""

    homeserver: str
    user_id: str
    device_id: str
    #: Random per account: makes our transaction ids unique even if two profiles share a device.
    txn_prefix: str = field(default_factory=lambda: random.token_hex(4))
    timeline_limit: int = 50  # events per room per /sync before /messages backfills the rest
    max_room_members: int = 10  # bigger rooms are group chats, not customer conversations
    auto_join: bool = True  # accept invitations (a customer's new DM, a bridge's new portal)
    timeout: float = 30.0

    @classmethod
    def from_account(cls, account: Account) -> MatrixSettings:
        known = set(cls.__dataclass_fields__)
        data: dict[str, Any] = {k: v for k, v in account.settings.items() if k in known}
        return cls(**data)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def config(self, account_name: str) -> MatrixConfig:
        return MatrixConfig(homeserver=self.homeserver, user=self.user_id, account=account_name,
                            device_id=self.device_id, timeout=self.timeout)


@dataclass(frozen=True)
class MatrixCredentials:
    """The keychain secret of one account."""

    access_token: str
    password: str = ""

    def dump(self) -> str:
        return json.dumps({"access_token": self.access_token, "password": self.password})

    @classmethod
    def load(cls, secret: str) -> MatrixCredentials:
        try:
            data = json.loads(secret)
        except ValueError:
            return cls(access_token=secret)  # a bare token stored by hand
        if not isinstance(data, dict):
            return cls(access_token=secret)
        return cls(str(data.get("access_token") or ""), str(data.get("password") or ""))


@dataclass(frozen=True)
class SignInCheck:
    """Who the credentials sign in as (the settings form's Test button)."""

    homeserver: str
    user_id: str


def check_matrix_sign_in(
    homeserver: str, user: str, *, password: str = "", access_token: str = "",
    timeout: float = 30.0,
) -> SignInCheck:
    """Try the credentials without keeping anything: a test sign-in is signed out again."""
    server = normalize_homeserver(homeserver)
    config = MatrixConfig(homeserver=server, user=user.strip(), timeout=timeout)
    if password:
        with MatrixClient(config) as client:
            session = client.login(password)
            client.logout()  # leave no stray device behind
    else:
        with MatrixClient(config, MatrixSession(user.strip(), "", access_token)) as client:
            session = client.whoami()
    return SignInCheck(server, session.user_id)


def add_matrix_account(
    repos: Repos, secrets: SecretStore, name: str, homeserver: str, user: str, *,
    password: str = "", access_token: str = "", timeout: float = 30.0,
) -> Account:
    """Sign in (or check the token), then store the account row and its secret: both or neither."""
    name = name.strip()
    if not name:
        raise AccountError("An account needs a name.")
    if repos.accounts.by_name(name) is not None:
        raise AccountError(f"An account named {name} already exists; choose another name.")
    if not password and not access_token:
        raise AccountError(f"No password or access token was given for account {name}.")
    user = user.strip()
    if not user:
        raise AccountError("A Matrix account needs a user (like @shop:example.org).")
    try:
        server = normalize_homeserver(homeserver)
        config = MatrixConfig(homeserver=server, user=user, account=name, timeout=timeout)
        if password:
            with MatrixClient(config) as client:
                session = client.login(password)
        else:
            with MatrixClient(config, MatrixSession(user, "", access_token)) as client:
                session = client.whoami()
    except MatrixError as exc:
        raise AccountError(str(exc)) from exc
    if user.startswith("@") and session.user_id != user:
        raise AccountError(f"That access token belongs to {session.user_id}, not {user}.")
    settings = MatrixSettings(homeserver=server, user_id=session.user_id,
                              device_id=session.device_id, timeout=timeout)
    secrets.set(name, MatrixCredentials(session.access_token, password).dump())
    try:
        with repos.db.atomic():
            return repos.accounts.add(name, Channel.MATRIX, session.user_id, settings.as_json())
    except BaseException:
        secrets.delete(name)
        raise


def open_client(account: Account, secrets: SecretStore) -> MatrixClient:
    """A client resumed on the account's own device (no new login, no new device)."""
    settings = MatrixSettings.from_account(account)
    credentials = MatrixCredentials.load(secrets.get(account.name))
    return MatrixClient(settings.config(account.name), MatrixSession(
        settings.user_id, settings.device_id, credentials.access_token))


def sign_in_again(repos: Repos, account: Account, secrets: SecretStore) -> bool:
    """After the token was revoked: sign in with the stored password on the same device.

    Returns False when no password is stored (the user must act); raises MatrixAuthError
    when the password no longer works either.
    """
    credentials = MatrixCredentials.load(secrets.get(account.name))
    if not credentials.password:
        return False
    settings = MatrixSettings.from_account(account)
    with MatrixClient(settings.config(account.name)) as client:
        session = client.login(credentials.password)
    secrets.set(account.name, MatrixCredentials(session.access_token, credentials.password).dump())
    if session.device_id != settings.device_id:
        data = settings.as_json()
        data["device_id"] = session.device_id
        with repos.db.atomic():
            repos.accounts.update_settings(account.id, data)
    return True


@dataclass(frozen=True)
class MatrixTestReport:
    """What `account test` found for a Matrix account."""

    homeserver: str
    user_id: str
    device_id: str
    rooms: int


def test_matrix(account: Account, secrets: SecretStore) -> MatrixTestReport:
    """Check the stored sign-in against the homeserver; raises MatrixError or SecretStoreError."""
    settings = MatrixSettings.from_account(account)
    with open_client(account, secrets) as client:
        session = client.whoami()
        rooms = client.joined_rooms()
    if session.user_id != settings.user_id:
        raise MatrixAuthError(account.name, f"The stored sign-in of {account.name} belongs to "
                              f"{session.user_id}, not {settings.user_id}: add the account again.")
    return MatrixTestReport(settings.homeserver, session.user_id, session.device_id, len(rooms))
