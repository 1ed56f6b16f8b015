"""Transaction ids and the frozen chat payload the Matrix sender reads."""

from __future__ import annotations

import pytest

from agent_assist.channels.base import DeliveryFailed
from agent_assist.channels.matrix.client import normalize_homeserver
from agent_assist.channels.matrix.errors import MatrixConfigError
from agent_assist.channels.matrix.sender import (
    AttachmentRef,
    TxnRef,
    decode_payload,
    encode_payload,
    parse_txn_id,
    txn_id,
)


def test_transaction_id_is_stable_and_points_back_to_the_outbox() -> None:
    first = txn_id("a1b2", 12, 345, 0)
    assert first == txn_id("a1b2", 12, 345, 0)  # every retry reuses it
    assert first != txn_id("a1b2", 12, 345, 1) != txn_id("ffff", 12, 345, 1)
    assert parse_txn_id(first, "a1b2") == TxnRef(12, 345, 0)
    assert parse_txn_id(first, "other") is None  # another profile's outbox
    assert parse_txn_id("m1700000000.3", "a1b2") is None  # sent by Element, not by us
    assert parse_txn_id(None, "a1b2") is None


def test_payload_round_trip_with_attachments() -> None:
    refs = [AttachmentRef("vase.png", "image/png", "ab" * 32)]
    assert decode_payload(encode_payload("Voilà", refs)) == ("Voilà", refs)
    assert decode_payload(b'{"text": "plain"}') == ("plain", [])  # what actions.reply writes


def test_unreadable_payload_fails_without_retry() -> None:
    with pytest.raises(DeliveryFailed) as failure:
        decode_payload(b"not json")
    assert failure.value.retryable is False


def test_homeserver_address_is_checked() -> None:
    assert normalize_homeserver(" https://matrix.example.org/ ") == "https://matrix.example.org"
    for bad in ("matrix.example.org", "", "ftp://x"):
        with pytest.raises(MatrixConfigError, match="is not a homeserver address"):
            normalize_homeserver(bad)
