"""The needs-reply rule: who spoke last, with what, and since when."""

from __future__ import annotations

import pytest

from agent_assist.core.models import Delivery, Direction
from agent_assist.core.needs_reply import MessageFact, is_trivial_closing, reply_state

IN, OUT, NOTE, AUTO = Direction.IN, Direction.OUT, Direction.NOTE, Direction.AUTO


@pytest.mark.parametrize(
    "text",
    ["Thanks!", "Merci beaucoup !", "شكرا جزيلا", "ok 👍", "🙏", "Thank you so much", "Parfait, merci"],
)
def test_trivial_closings(text: str) -> None:
    assert is_trivial_closing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, but where is my order?",
        "Merci, et pour la commande AL-10234 ?",
        "شكرا، متى يصل الطلب؟",
        "Thanks! Also the lid was cracked when it arrived, can you send a new one",
        "merci 2",
    ],
)
def test_real_follow_ups_are_not_trivial(text: str) -> None:
    assert not is_trivial_closing(text)


def test_customer_spoke_last_needs_reply_since_oldest_unanswered() -> None:
    state = reply_state(
        [MessageFact(IN, 10, text="Where is my parcel?"), MessageFact(IN, 20, text="Hello??")]
    )
    assert state.needs_reply and state.waiting_since == 10


def test_our_reply_answers_everything_before_it() -> None:
    state = reply_state([MessageFact(IN, 10, text="Hi?"), MessageFact(OUT, 20)])
    assert not state.needs_reply and state.waiting_since is None


def test_thanks_after_answer_does_not_reopen_but_question_does() -> None:
    base = [MessageFact(IN, 10, text="Refund?"), MessageFact(OUT, 20)]
    assert not reply_state([*base, MessageFact(IN, 30, text="Merci !")]).needs_reply
    follow_up = reply_state([*base, MessageFact(IN, 30, text="And the invoice, please?")])
    assert follow_up.needs_reply and follow_up.waiting_since == 30


def test_thanks_opening_a_conversation_still_counts() -> None:
    assert reply_state([MessageFact(IN, 10, text="Thanks!")]).needs_reply


def test_notes_and_acknowledgements_do_not_answer() -> None:
    state = reply_state(
        [MessageFact(IN, 10, text="Broken vase"), MessageFact(NOTE, 11), MessageFact(AUTO, 12)]
    )
    assert state.needs_reply and state.waiting_since == 10


def test_automated_inbound_never_starts_a_clock() -> None:
    assert not reply_state([MessageFact(IN, 10, automated=True, text="Delivery failure")]).needs_reply


def test_failed_reply_does_not_count_as_an_answer() -> None:
    state = reply_state(
        [MessageFact(IN, 10, text="Hello?"), MessageFact(OUT, 20, delivery=Delivery.FAILED)]
    )
    assert state.needs_reply and state.waiting_since == 10
