"""Search over a real profile: words, contacts, and every filter applied with the words."""

from __future__ import annotations

import time
from datetime import date

import pytest

from agent_assist.core.models import Channel, Status
from agent_assist.core.search_query import QueryError
from agent_assist.services.workspace import Workspace
from agent_assist.storage.search import count_conversations, known_tags
from tests.unit.storage.search_shop import DAY, Shop


@pytest.fixture
def shop(workspace: Workspace) -> Shop:
    return Shop(workspace)


def test_words_phrases_prefixes_or_and_exclusions(shop: Shop) -> None:
    late = shop.message("My parcel is late, still no tracking.", subject="Late parcel")
    lost = shop.message("The parcel never arrived, lost in transit.", sender="b@example.com")
    refund = shop.message("I would like a refund please.", sender="c@example.com")
    assert shop.found("parcel") == {late.conversation_id, lost.conversation_id}
    assert shop.found('"parcel is late"') == {late.conversation_id}
    assert shop.found('"late parcel"') == {late.conversation_id}  # the subject counts too
    assert shop.found("parc*") == {late.conversation_id, lost.conversation_id}
    assert shop.found("refund OR lost") == {lost.conversation_id, refund.conversation_id}
    assert shop.found("parcel -lost") == {late.conversation_id}
    assert shop.found("parcel refund") == set()  # every word must match
    assert shop.found("-parcel") == {refund.conversation_id}  # excluding alone works too


def test_subject_words_rank_above_the_same_word_in_a_body(shop: Shop) -> None:
    body = shop.message("Question about the vase I bought, the glaze is lovely.",
                        subject="Hello")
    subject = shop.message("Can you tell me more?", subject="Vase", sender="s@example.com")
    assert [h.conversation_id for h in shop.search("vase")] == [
        subject.conversation_id, body.conversation_id]


def test_snippets_mark_the_matched_words(shop: Shop) -> None:
    shop.message("Bonjour, ma commande AL-10234 n'est pas arrivée.")
    [hit] = shop.search("commande")
    assert hit.marked().count("[") == 1 and "[commande]" in hit.marked()
    assert "AL-10234" in hit.plain
    [by_number] = shop.search("AL-10234")
    assert "[AL-10234]" in by_number.marked()  # one phrase, marked as one


def test_operators_and_quotes_typed_by_a_customer_are_just_text(shop: Shop) -> None:
    shop.message("Is it NEAR the station? (asking for a friend) AND soon")
    assert shop.found("NEAR") and shop.found("AND soon")
    assert shop.search('"unbalanced') == []  # never an FTS5 syntax error
    assert shop.search(")(*") == []


def test_contacts_are_found_by_name_address_and_handle(shop: Shop) -> None:
    email = shop.message("Where is my order?", sender="yasmine.haddad@example.com",
                         name="Yasmine Haddad")
    chat = shop.message("Salam", sender="@amal_k", name="أمل خوري", channel=Channel.DEMO_CHAT)
    by_name = shop.search("haddad")
    assert [(h.conversation_id, h.kind) for h in by_name] == [(email.conversation_id,
                                                               "contact")]
    assert "[Haddad]" in by_name[0].marked()
    assert by_name[0].message_id is None  # a customer match opens at the newest message
    assert shop.found("yasmine.haddad@example.com") == {email.conversation_id}
    assert shop.found("amal_k") == {chat.conversation_id}
    assert shop.found("امل") == {chat.conversation_id}  # أمل typed without its hamza


def test_contact_filter_takes_a_name_an_address_or_the_start_of_one(shop: Shop) -> None:
    lea = shop.message("Colis abîmé", sender="lea.roux@example.com", name="Léa Roux")
    ana = shop.message("Colis perdu", sender="ana@example.com", name="Ana Lopez")
    assert shop.found("colis contact:lea") == {lea.conversation_id}
    assert shop.found("colis contact:roux") == {lea.conversation_id}
    assert shop.found("colis contact:ana@example.com") == {ana.conversation_id}
    assert shop.found('colis contact:"Ana Lopez"') == {ana.conversation_id}
    assert shop.found("colis -contact:lea") == {ana.conversation_id}
    assert shop.found("contact:lea,ana") == {lea.conversation_id, ana.conversation_id}


def test_channel_status_tag_and_assignee_filters(shop: Shop) -> None:
    mail = shop.message("refund for the mug", sender="m@example.com")
    chat = shop.message("refund for the bowl", sender="chat-1", channel=Channel.DEMO_CHAT)
    closed = shop.message("refund for the lamp", sender="l@example.com")
    shop.status(closed.conversation_id, Status.CLOSED)
    shop.tags(mail.conversation_id, "VIP", "colis perdu")
    yasmine = shop.agent("Yasmine")
    shop.assign(chat.conversation_id, yasmine)
    everyone = {mail.conversation_id, chat.conversation_id, closed.conversation_id}
    assert shop.found("refund") == everyone
    assert shop.found("refund channel:email") == {mail.conversation_id, closed.conversation_id}
    assert shop.found("refund channel:chat") == {chat.conversation_id}
    assert shop.found("refund -channel:email") == {chat.conversation_id}
    assert shop.found("refund status:closed") == {closed.conversation_id}
    assert shop.found("refund status:open,closed") == everyone
    assert shop.found("refund -status:closed") == everyone - {closed.conversation_id}
    assert shop.found("refund tag:vip") == {mail.conversation_id}  # any case
    assert shop.found('refund tag:"colis perdu"') == {mail.conversation_id}
    assert shop.found("refund tag:colis") == set()  # a whole tag, not a part of one
    assert shop.found("refund -tag:vip") == everyone - {mail.conversation_id}
    assert shop.found("refund assignee:yasmine") == {chat.conversation_id}
    assert shop.found("refund assignee:none") == everyone - {chat.conversation_id}
    assert shop.found("refund -assignee:yasmine") == everyone - {chat.conversation_id}


def test_filters_follow_changes_to_the_conversation(shop: Shop) -> None:
    posted = shop.message("a question about candles")
    assert shop.found("candles status:open") == {posted.conversation_id}
    shop.status(posted.conversation_id, Status.SNOOZED)
    assert shop.found("candles status:open") == set()
    assert shop.found("candles status:snoozed") == {posted.conversation_id}
    shop.tags(posted.conversation_id, "wholesale")
    assert shop.found("candles tag:wholesale") == {posted.conversation_id}
    shop.tags(posted.conversation_id)
    assert shop.found("candles tag:wholesale") == set()


def test_agent_means_who_wrote_it_and_in_notes_means_notes(shop: Shop) -> None:
    yasmine, camille = shop.agent("Yasmine"), shop.agent("Camille Martin")
    asked = shop.message("Do you ship candles to Canada?")
    answer = shop.reply(asked.conversation_id, "Yes, we ship candles to Canada.", yasmine)
    note = shop.note(asked.conversation_id, "Candles: check customs for Canada", camille)
    assert shop.messages_found("candles") == {asked.message_id, answer.message_id,
                                              note.message_id}
    assert shop.messages_found("candles agent:yasmine") == {answer.message_id}
    assert shop.messages_found("candles agent:camille") == {note.message_id}  # first name
    assert shop.messages_found("candles agent:martin") == {note.message_id}
    assert shop.messages_found("candles in:notes") == {note.message_id}
    assert shop.messages_found("candles is:note") == {note.message_id}
    assert shop.messages_found("candles -in:notes") == {asked.message_id, answer.message_id}
    with pytest.raises(QueryError) as raised:
        shop.search("candles agent:nobody-here")
    assert raised.value.code == "unknown_agent" and "nobody-here" in str(raised.value)


def test_attachments_and_dates(shop: Shop) -> None:
    invoice = shop.message("Here is the invoice", attachment=True, ago=40 * DAY)
    recent = shop.message("Another invoice question", sender="z@example.com", ago=3600)
    assert shop.found("invoice has:attachment") == {invoice.conversation_id}
    assert shop.found("invoice -has:attachment") == {recent.conversation_id}
    assert shop.found("invoice after:7d") == {recent.conversation_id}
    assert shop.found("invoice before:7d") == {invoice.conversation_id}
    sent = date.fromtimestamp(time.time() - 40 * DAY)
    assert shop.found(f"invoice from:{sent.isoformat()}") == {invoice.conversation_id,
                                                              recent.conversation_id}
    day_after = date.fromordinal(sent.toordinal() + 1).isoformat()
    assert shop.found(f"invoice before:{day_after} after:{sent.isoformat()}") == {
        invoice.conversation_id}


def test_filters_alone_list_conversations_newest_first_at_the_matching_message(
        shop: Shop) -> None:
    old = shop.message("first question", attachment=True, ago=3 * DAY)
    shop.message("no attachment here", sender="x@example.com", ago=2 * DAY)
    new = shop.message("with a photo", sender="y@example.com", attachment=True, ago=DAY)
    later = shop.reply(old.conversation_id, "Thanks, received.")  # newer, no attachment
    hits = shop.search("has:attachment")
    assert [h.conversation_id for h in hits] == [old.conversation_id, new.conversation_id]
    assert hits[0].message_id == old.message_id != later.message_id  # the matching one
    assert shop.found("has:attachment channel:email -status:closed") == {
        old.conversation_id, new.conversation_id}


def test_a_filter_never_hides_matches_beyond_the_first_page(shop: Shop) -> None:
    # Sixty strong matches by chat, three weak ones by mail: the mail ones are far down
    # the ranking, and a channel filter must still find all three.
    for n in range(60):
        shop.message("teapot teapot teapot", subject="teapot", sender=f"chat-{n}",
                     channel=Channel.DEMO_CHAT)
    mail = {shop.message("a long message that mentions a teapot once among many other "
                         "words about glaze, kilns, colours and shipping times",
                         sender=f"m{n}@example.com").conversation_id for n in range(3)}
    assert not mail & shop.found("teapot", limit=50)
    assert shop.found("teapot channel:email", limit=50) == mail
    assert shop.found("teapot channel:email", limit=2) < mail
    assert count_conversations(shop.repos.db, "teapot channel:email") == 3
    assert count_conversations(shop.repos.db, "teapot") == 63


def test_counts_match_what_the_search_finds(shop: Shop) -> None:
    for n in range(4):
        posted = shop.message(f"order {n} is late", sender=f"c{n}@example.com")
        shop.reply(posted.conversation_id, f"Sorry, order {n} ships today")
    lea = shop.message("hello", sender="lea@example.com", name="Léa Order")
    db = shop.repos.db
    assert count_conversations(db, "order") == 5  # the four by words, Léa by her name
    assert {h.conversation_id for h in shop.search("order")} >= {lea.conversation_id}
    assert count_conversations(db, "order channel:chat") == 0
    assert count_conversations(db, "channel:email") == 5
    assert count_conversations(db, "") == 0


def test_known_tags_lists_each_tag_once(shop: Shop) -> None:
    first = shop.message("a", sender="a@example.com")
    second = shop.message("b", sender="b@example.com")
    shop.tags(first.conversation_id, "vip", "عاجل")
    shop.tags(second.conversation_id, "vip", "Colis perdu")
    assert known_tags(shop.repos.db) == ["Colis perdu", "vip", "عاجل"]
