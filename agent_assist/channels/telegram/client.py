"""A small typed Bot API client: the handful of methods an inbox needs."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from typing import Any

from agent_assist.channels.telegram.errors import FileUnavailable, MalformedResponse
from agent_assist.channels.telegram.transport import DEFAULT_API_URL, BotTransport, Upload
from agent_assist.channels.telegram.types import (
    MESSAGE_KINDS,
    BotInfo,
    FileRef,
    RemoteFile,
    WebhookInfo,
    parse_bot,
    parse_file,
    parse_webhook,
)
from agent_assist.core.models import IncomingAttachment

#: Seconds a long poll waits on Telegram's side; the socket waits a little longer.
LONG_POLL_SECONDS = 25
POLL_MARGIN_SECONDS = 10
#: Bots may download files up to this size (Bot API documentation, getFile).
MAX_BOT_FILE = 20 * 1024 * 1024


class BotClient:
    """One bot token's view of the Bot API; every method raises TelegramError subclasses."""

    def __init__(
        self, token: str, *, api_url: str = DEFAULT_API_URL, account: str = "",
        connect_timeout: float = 10.0, read_timeout: float = 30.0,
        download_timeout: float = 120.0,
    ) -> None:
        self.download_timeout = download_timeout
        self.transport = BotTransport(
            token, api_url=api_url, account=account, connect_timeout=connect_timeout,
            read_timeout=read_timeout,
        )
        self.account = account

    def abort(self) -> None:
        """Break a request in flight (used to stop a long poll at once)."""
        self.transport.abort()

    # -- account -----------------------------------------------------------------------------

    def get_me(self) -> BotInfo:
        return parse_bot(self.transport.call("getMe"))

    def get_webhook_info(self) -> WebhookInfo:
        return parse_webhook(self.transport.call("getWebhookInfo"))

    def delete_webhook(self, *, drop_pending_updates: bool = False) -> None:
        """Remove the webhook; pending updates are kept unless asked otherwise."""
        self.transport.call("deleteWebhook", {"drop_pending_updates": drop_pending_updates})

    # -- receiving ---------------------------------------------------------------------------

    def get_updates(
        self, offset: int | None, *, timeout: int = LONG_POLL_SECONDS, limit: int = 100,
        allowed_updates: Sequence[str] = MESSAGE_KINDS,
    ) -> list[dict[str, Any]]:
        """Raw updates from ``offset`` on (calling with it confirms every earlier one).

        Updates stay raw dictionaries so the caller can keep their exact JSON.
        """
        result = self.transport.call(
            "getUpdates",
            {"offset": offset, "timeout": timeout, "limit": limit,
             "allowed_updates": list(allowed_updates)},
            read_timeout=timeout + POLL_MARGIN_SECONDS,
        )
        if not isinstance(result, list) or not all(isinstance(u, dict) for u in result):
            raise MalformedResponse(
                f"Telegram answered getUpdates for account {self.account} with something "
                "that is not a list of updates.", account=self.account,
            )
        return result

    def get_file(self, file_id: str) -> RemoteFile:
        return parse_file(self.transport.call("getFile", {"file_id": file_id}))

    def download(self, ref: FileRef) -> IncomingAttachment:
        """Fetch one attachment via getFile; FileUnavailable when a bot may not have it."""
        if ref.file_size is not None and ref.file_size > MAX_BOT_FILE:
            raise FileUnavailable(
                f"The {ref.kind} is {ref.file_size // (1024 * 1024)} MB: bots can only download "
                "files up to 20 MB; ask the customer to send it another way.",
                account=self.account, code=400, description="file is too big",
            )
        remote = self.get_file(ref.file_id)
        if not remote.file_path:
            raise FileUnavailable(
                f"Telegram gave no download path for a {ref.kind}.", account=self.account,
                code=400, description="no file_path",
            )
        data = self.transport.download(remote.file_path, read_timeout=self.download_timeout)
        return IncomingAttachment(
            filename=attachment_name(ref, remote.file_path),
            content_type=ref.mime_type or _guess_type(remote.file_path, ref.kind),
            data=data,
        )

    # -- sending -----------------------------------------------------------------------------

    def send_message(
        self, chat_id: int | str, text: str, *, reply_to: int | None = None,
        read_timeout: float | None = None,
    ) -> dict[str, Any]:
        return self._message_result(self.transport.call(
            "sendMessage",
            {"chat_id": chat_id, "text": text, "reply_parameters": _reply(reply_to)},
            read_timeout=read_timeout,
        ))

    def send_document(
        self, chat_id: int | str, upload: Upload, *, caption: str = "",
        reply_to: int | None = None, read_timeout: float | None = None,
    ) -> dict[str, Any]:
        return self._send_file("sendDocument", "document", chat_id, upload, caption, reply_to,
                               read_timeout)

    def send_photo(
        self, chat_id: int | str, upload: Upload, *, caption: str = "",
        reply_to: int | None = None, read_timeout: float | None = None,
    ) -> dict[str, Any]:
        return self._send_file("sendPhoto", "photo", chat_id, upload, caption, reply_to,
                               read_timeout)

    def _send_file(
        self, method: str, field: str, chat_id: int | str, upload: Upload, caption: str,
        reply_to: int | None, read_timeout: float | None,
    ) -> dict[str, Any]:
        params = {"chat_id": chat_id, "caption": caption or None,
                  "reply_parameters": _reply(reply_to)}
        return self._message_result(self.transport.call(
            method, params, files={field: upload}, read_timeout=read_timeout or 120,
        ))

    def _message_result(self, result: Any) -> dict[str, Any]:
        return result if isinstance(result, dict) else {}


def _reply(message_id: int | None) -> dict[str, Any] | None:
    # allow_sending_without_reply: the customer may have deleted the message we answer.
    return None if message_id is None else {"message_id": message_id,
                                            "allow_sending_without_reply": True}


def attachment_name(ref: FileRef, file_path: str) -> str:
    """A file name for the inbox: the sender's own, else one derived from the kind."""
    if ref.file_name:
        return ref.file_name
    suffix = file_path.rsplit(".", 1)[-1] if "." in file_path.rsplit("/", 1)[-1] else ""
    base = f"{ref.kind}-{ref.file_unique_id}"
    return f"{base}.{suffix}" if suffix else base


def _guess_type(file_path: str, kind: str) -> str:
    guessed = mimetypes.guess_type(file_path)[0]
    if guessed:
        return guessed
    return "image/jpeg" if kind == "photo" else "application/octet-stream"
