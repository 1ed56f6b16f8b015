"""What the Matrix channel knows about a room: members, name, and the bridge behind it.

Bridged rooms (WhatsApp, Signal, Messenger, Instagram, Telegram… reached through a Matrix
bridge) are recognised by their ``m.bridge`` / ``uk.half-shot.bridge`` state event (MSC2346)
or, for bridges that do not send one, by the bridge bot's well-known user id among the members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

BRIDGE_STATE_TYPES = ("m.bridge", "uk.half-shot.bridge")

#: Network id -> the name shown to the agent.
NETWORKS: dict[str, str] = {
    "whatsapp": "WhatsApp",
    "signal": "Signal",
    "facebook": "Messenger",
    "messenger": "Messenger",
    "meta": "Messenger",
    "instagram": "Instagram",
    "telegram": "Telegram",
    "discord": "Discord",
    "slack": "Slack",
    "gmessages": "Google Messages",
    "imessage": "iMessage",
    "linkedin": "LinkedIn",
    "twitter": "X (Twitter)",
    "googlechat": "Google Chat",
    "sms": "SMS",
}

# The bots mautrix and other bridges register by default: @whatsappbot:server and so on.
_BOT_RE = re.compile(r"^@(" + "|".join(sorted(NETWORKS, key=len, reverse=True)) + r")bot:")


@dataclass(frozen=True, slots=True)
class Bridge:
    """The network a bridged room leads to."""

    network: str  # a stable id, e.g. "whatsapp"
    name: str  # for display, e.g. "WhatsApp"
    bot: str = ""  # the bridge bot's user id, when known
    avatar_url: str = ""  # the network's icon (mxc://), when the bridge tells us

    @property
    def tag(self) -> str:
        """The conversation tag that records the network (``bridge:whatsapp``)."""
        return f"bridge:{self.network}"


@dataclass(slots=True)
class Member:
    """One room member as the room state describes them."""

    user_id: str
    display_name: str = ""
    membership: str = "join"


def network_of_bot(user_id: str) -> str:
    """The network id when ``user_id`` is a known bridge bot (``@whatsappbot:…``), else ''."""
    match = _BOT_RE.match(user_id)
    return match.group(1) if match else ""


def bridge_from_state(content: dict[str, Any]) -> Bridge | None:
    """Read an MSC2346 bridge state event's content."""
    protocol = content.get("protocol")
    if not isinstance(protocol, dict):
        return None
    network = str(protocol.get("id") or "").strip().lower()
    if not network:
        return None
    shown = str(protocol.get("displayname") or "") or NETWORKS.get(network, network.title())
    return Bridge(network, shown, str(content.get("bridgebot") or ""),
                  str(protocol.get("avatar_url") or ""))


@dataclass
class RoomState:
    """The current state of one room, kept up to date from state events as they arrive."""

    room_id: str
    name: str = ""
    canonical_alias: str = ""
    encrypted: bool = False
    members: dict[str, Member] = field(default_factory=dict)
    state_bridge: Bridge | None = None

    def apply(self, event: dict[str, Any]) -> None:
        """Fold one state event (a dict with ``state_key``) into the room's state."""
        if "state_key" not in event:
            return
        kind = event.get("type")
        content = event.get("content") or {}
        if not isinstance(content, dict):
            return
        if kind == "m.room.member":
            user_id = str(event.get("state_key") or "")
            if user_id:
                self.members[user_id] = Member(
                    user_id, str(content.get("displayname") or ""),
                    str(content.get("membership") or "leave"))
        elif kind == "m.room.name":
            self.name = str(content.get("name") or "")
        elif kind == "m.room.canonical_alias":
            self.canonical_alias = str(content.get("alias") or "")
        elif kind == "m.room.encryption":
            self.encrypted = True
        elif kind in BRIDGE_STATE_TYPES:
            self.state_bridge = bridge_from_state(content) or self.state_bridge

    # -- derived facts ----------------------------------------------------------------------

    @property
    def bridge(self) -> Bridge | None:
        if self.state_bridge is not None:
            return self.state_bridge
        for member in self.present():
            network = network_of_bot(member.user_id)
            if network:
                return Bridge(network, NETWORKS[network], member.user_id)
        return None

    def present(self) -> list[Member]:
        return [m for m in self.members.values() if m.membership in ("join", "invite")]

    def is_bot(self, user_id: str) -> bool:
        bridge = self.state_bridge
        return bool(network_of_bot(user_id)) or (bridge is not None and user_id == bridge.bot)

    def others(self, own_user_id: str, *, present_only: bool = True) -> list[Member]:
        """The people we talk to here: members except ourselves and bridge bots.

        ``present_only=False`` also counts people who left (a customer who wrote, then left
        the chat, is still who the conversation is with).
        """
        pool = self.present() if present_only else list(self.members.values())
        return [m for m in pool if m.user_id != own_user_id and not self.is_bot(m.user_id)]

    def display_name_of(self, user_id: str) -> str:
        member = self.members.get(user_id)
        return member.display_name if member and member.display_name else ""

    def title(self, own_user_id: str) -> str:
        """What the agent sees: the room's name, else the other people's names."""
        if self.name:
            return self.name
        people = self.others(own_user_id) or self.others(own_user_id, present_only=False)
        names = [m.display_name or m.user_id for m in people]
        return ", ".join(names[:3]) + (" …" if len(names) > 3 else "") or self.canonical_alias
