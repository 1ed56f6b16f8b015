"""Room state folding and bridge recognition (state event, or the bridge bot's user id)."""

from __future__ import annotations

from typing import Any

from agent_assist.channels.matrix.rooms import RoomState, bridge_from_state, network_of_bot

ME = "@shop:example.org"


def member(user_id: str, name: str = "", membership: str = "join") -> dict[str, Any]:
    return {"type": "m.room.member", "state_key": user_id,
            "content": {"membership": membership, "displayname": name}}


def room(*events: dict[str, Any]) -> RoomState:
    state = RoomState("!r:example.org")
    for event in events:
        state.apply(event)
    return state


def test_bot_ids_of_the_common_bridges() -> None:
    assert network_of_bot("@whatsappbot:example.org") == "whatsapp"
    assert network_of_bot("@signalbot:example.org") == "signal"
    assert network_of_bot("@facebookbot:example.org") == "facebook"
    assert network_of_bot("@instagrambot:example.org") == "instagram"
    assert network_of_bot("@telegrambot:example.org") == "telegram"
    assert network_of_bot("@whatsapp_3361:example.org") == ""  # a bridged person, not the bot
    assert network_of_bot("@alice:example.org") == ""


def test_bridge_state_event_names_the_network() -> None:
    bridge = bridge_from_state({"bridgebot": "@wa:example.org", "protocol": {
        "id": "whatsapp", "displayname": "WhatsApp", "avatar_url": "mxc://x/y"}})
    assert bridge is not None
    assert (bridge.network, bridge.name, bridge.bot, bridge.tag) == (
        "whatsapp", "WhatsApp", "@wa:example.org", "bridge:whatsapp")
    assert bridge_from_state({"protocol": {"id": "gmessages"}}).name == "Google Messages"  # type: ignore[union-attr]
    assert bridge_from_state({"bridgebot": "@x:y"}) is None


def test_bridge_state_wins_and_its_bot_is_not_a_customer() -> None:
    state = room(member(ME, "Shop"), member("@wa:example.org", "WA bridge"),
                 member("@whatsapp_33612:example.org", "Léa (WA)"),
                 {"type": "uk.half-shot.bridge", "state_key": "x", "content": {
                     "bridgebot": "@wa:example.org", "protocol": {"id": "whatsapp"}}})
    assert state.bridge is not None and state.bridge.name == "WhatsApp"
    assert [m.user_id for m in state.others(ME)] == ["@whatsapp_33612:example.org"]
    assert state.title(ME) == "Léa (WA)"


def test_bridge_recognised_by_its_bot_member() -> None:
    state = room(member(ME), member("@signalbot:example.org"), member("@signal_1:example.org"))
    assert state.bridge is not None and state.bridge.network == "signal"
    assert [m.user_id for m in state.others(ME)] == ["@signal_1:example.org"]


def test_plain_dm_has_no_bridge_and_keeps_people_who_left() -> None:
    state = room(member(ME), member("@lea:example.org", "Léa"),
                 member("@lea:example.org", "Léa", membership="leave"))
    assert state.bridge is None
    assert state.others(ME) == []
    assert [m.user_id for m in state.others(ME, present_only=False)] == ["@lea:example.org"]
    assert state.title(ME) == "Léa"


def test_room_name_and_encryption() -> None:
    state = room({"type": "m.room.name", "state_key": "", "content": {"name": "Wholesale"}},
                 {"type": "m.room.encryption", "state_key": "", "content": {}},
                 {"type": "m.room.message", "content": {"body": "not state"}})
    assert state.title(ME) == "Wholesale" and state.encrypted
