"""Secrets (passwords, bot tokens) in the OS keychain via keyring — never in SQLite."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType

SERVICE = "agent-assist"


def _keyring() -> tuple[ModuleType, ModuleType]:
    """keyring and its errors, imported on first use: importing keyring costs ~50 ms of
    start-up, and the window opens long before any password is needed."""
    import keyring
    import keyring.errors

    return keyring, keyring.errors


class SecretStoreError(Exception):
    """The keychain cannot be used; the message says what to do (never the secret)."""


class SecretStore:
    """Per-profile secrets in the OS keychain, keyed by account name.

    The profile path is hashed into the key so two profiles with an account of the
    same name never read each other's password.
    """

    def __init__(self, profile_root: Path) -> None:
        digest = hashlib.sha256(str(Path(profile_root).resolve()).encode()).hexdigest()[:12]
        self._prefix = f"{digest}:"

    def _user(self, account_name: str) -> str:
        return self._prefix + account_name

    def set(self, account_name: str, secret: str) -> None:
        keyring, errors = _keyring()
        try:
            keyring.set_password(SERVICE, self._user(account_name), secret)
        except errors.NoKeyringError as exc:
            raise SecretStoreError(_NO_KEYRING) from exc
        except errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keychain refused to store the password for {account_name}: "
                f"unlock it and try again ({type(exc).__name__})."
            ) from exc

    def get(self, account_name: str) -> str:
        keyring, errors = _keyring()
        try:
            secret = keyring.get_password(SERVICE, self._user(account_name))
        except errors.NoKeyringError as exc:
            raise SecretStoreError(_NO_KEYRING) from exc
        except errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keychain is locked or unavailable, so the password for "
                f"{account_name} cannot be read: unlock it and try again ({type(exc).__name__})."
            ) from exc
        if secret is None:
            raise SecretStoreError(
                f"No password is stored for account {account_name}: set it again in "
                "Settings → Accounts (or remove and re-add the account)."
            )
        return secret

    def delete(self, account_name: str) -> None:
        keyring, errors = _keyring()
        try:
            keyring.delete_password(SERVICE, self._user(account_name))
        except errors.PasswordDeleteError:
            pass  # already gone: deleting is idempotent
        except errors.NoKeyringError as exc:
            raise SecretStoreError(_NO_KEYRING) from exc
        except errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keychain could not delete the password for {account_name} "
                f"({type(exc).__name__})."
            ) from exc


_NO_KEYRING = (
    "No system keychain is available to store passwords securely: install and unlock "
    "GNOME Keyring or KWallet (on Linux), or set PYTHON_KEYRING_BACKEND."
)
