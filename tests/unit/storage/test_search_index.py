"""The folded search index (migration 0010): Arabic and French spellings, kept in step with
every write, built for databases that already hold mail, and its SQL fold equal to Python's."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from agent_assist.core.models import Channel
from agent_assist.services.privacy import forget_contact
from agent_assist.services.similar_replies import similar_replies
from agent_assist.services.workspace import Workspace
from agent_assist.storage import migrations
from agent_assist.storage.db import connect
from agent_assist.storage.profile import Profile
from agent_assist.storage.schema import m0010_search
from tests.unit.storage.search_shop import Shop


@pytest.fixture
def shop(workspace: Workspace) -> Shop:
    return Shop(workspace)


def assert_index_exact(db: sqlite_utils.Database) -> None:
    """FTS5 re-reads every row (rank 1: against the content) and raises on any word the
    triggers put in and failed to take out, or the reverse (Latin text folds to itself)."""
    db.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize(("stored", "typed"), [
    ("مَرْحَبًا، أين طلبي؟", "مرحبا"),  # no tashkeel typed, the text has it
    ("مرحبا، أين طلبي؟", "مَرْحَبًا"),  # and the other way round
    ("أريد إلغاء الطلب", "اريد الغاء"),  # alef with hamza above / below
    ("آسف على التأخير", "اسف"),  # alef with madda
    ("وصلت الهدية", "الهديه"),  # taa marbuta typed as haa
    ("الهديه وصلت", "الهدية"),
    ("في المستشفى", "المستشفي"),  # alef maqsura typed as yaa
    ("شكـــــرا جزيلا", "شكرا"),  # tatweel
    ("رقم الطلب ١٢٣٤٥", "12345"),  # Arabic-Indic digits
    ("order 12345", "١٢٣٤٥"),
    ("Le colis est arrivé cassé", "arrive casse"),  # French accents, either way
    ("Le colis est arrive", "arrivé"),
    ("ÉLÉGANT ET LÉGER", "élégant léger"),
    ("Avec tout mon cœur", "coeur"),  # ligatures
    ("Avec tout mon coeur", "cœur"),
    ("Große Straße", "strasse"),
])
def test_a_search_finds_the_other_spelling(shop: Shop, stored: str, typed: str) -> None:
    posted = shop.message(stored, sender=f"{abs(hash(stored))}@example.com")
    assert posted.message_id in shop.messages_found(typed)


def test_arabic_snippets_show_the_text_as_written_with_the_match_marked(shop: Shop) -> None:
    shop.message("السلام عليكم، مَرْحَبًا بكم، وأين طلبي رقم ١٢٣؟")
    [hit] = shop.search("مرحبا")
    assert "[مَرْحَبًا]" in hit.marked()  # the raw word, harakat and all
    [number] = shop.search("123")
    assert "[١٢٣]" in number.marked()  # words after a folded one stay aligned


def test_the_sql_fold_equals_the_python_fold(shop: Shop) -> None:
    samples = ["مَرْحَبًا", "إلى آخره", "مدرسة ومستشفى", "ـــ", "١٢٣ ۴۵۶", "cœur Œuvre æ Æ ß ẞ",
               "plain ascii", "café", "", "mixed مرحبا cœur"]
    db = shop.repos.db
    for text in samples:
        sql = db.execute(f"SELECT {m0010_search.fold_sql('t')} FROM (SELECT ? AS t)",
                         [text]).fetchone()[0]
        assert sql == m0010_search.fold(text), text


def test_the_index_follows_edits_and_deletes(shop: Shop) -> None:
    posted = shop.message("candle order")
    db = shop.repos.db
    with db.atomic():
        db.execute("UPDATE messages SET body_text = 'vase order' WHERE id = ?",
                   [posted.message_id])
    assert shop.found("candle") == set() and shop.found("vase") == {posted.conversation_id}
    with db.atomic():
        db.execute("UPDATE messages SET delivery = 'sent' WHERE id = ?", [posted.message_id])
    assert shop.found("vase") == {posted.conversation_id}  # untouched text: still indexed once
    with db.atomic():
        db.execute("DELETE FROM messages WHERE id = ?", [posted.message_id])
    assert shop.search("vase") == []
    assert_index_exact(db)


def test_forgetting_a_contact_takes_their_words_out_of_the_index(shop: Shop) -> None:
    gone = shop.message("my secret address is 12 rue des Lilas", sender="gone@example.com",
                        name="Gone Person")
    kept = shop.message("rue des Lilas is where the shop is", sender="kept@example.com")
    contact_id = shop.repos.conversations.get(gone.conversation_id).contact_id
    assert contact_id is not None
    forget_contact(shop.repos, shop.workspace.attachments, contact_id)
    assert_index_exact(shop.repos.db)  # the cascade took the words out too
    assert shop.found("Lilas") == {kept.conversation_id}
    assert shop.found("Gone Person") == set()  # nor is the contact searchable
    assert shop.found("gone@example.com") == set()


def test_contact_index_follows_names_and_handles(shop: Shop) -> None:
    posted = shop.message("hi", sender="first@example.com", name="")
    contacts = shop.repos.contacts
    contact_id = shop.repos.conversations.get(posted.conversation_id).contact_id
    assert contact_id is not None
    assert shop.found("Nadia") == set()
    with shop.repos.db.atomic():
        shop.repos.db.execute("UPDATE contacts SET name = 'Nadia Saad' WHERE id = ?",
                              [contact_id])
        contacts.add_handle(contact_id, contacts.get(contact_id).handles[0].kind,
                            "nadia.second@example.com")
    assert shop.found("Nadia") == {posted.conversation_id}
    assert shop.found("nadia.second@example.com") == {posted.conversation_id}
    with shop.repos.db.atomic():
        shop.repos.db.execute("DELETE FROM contact_handles WHERE value = ?",
                              ["nadia.second@example.com"])
    assert shop.found("nadia.second@example.com") == set()


def test_messages_moved_to_another_conversation_take_its_filters(shop: Shop) -> None:
    chat = shop.message("bonjour pour le vase", sender="chat-1", channel=Channel.DEMO_CHAT)
    mail = shop.message("autre chose", sender="m@example.com")
    db = shop.repos.db
    with db.atomic():
        db.execute("UPDATE messages SET conversation_id = ? WHERE id = ?",
                   [mail.conversation_id, chat.message_id])
    assert shop.found("vase channel:email") == {mail.conversation_id}
    assert shop.found("vase channel:chat") == set()


def test_a_database_with_mail_from_before_gets_its_index_built(tmp_path: Path) -> None:
    path = tmp_path / "old" / "agent-assist.sqlite3"
    path.parent.mkdir()
    db = connect(path)
    migrations.migrations.apply(db, stop_before=m0010_search.NAME)
    with db.atomic():
        db.execute("INSERT INTO contacts (id, name, created_at) VALUES (1, 'سارة', 0)")
        db.execute("INSERT INTO contact_handles (contact_id, kind, value) "
                   "VALUES (1, 'email', 'sara@example.com')")
        db.execute("INSERT INTO conversations (id, channel, contact_id, tags, created_at, "
                   "updated_at) VALUES (1, 'email', 1, '[\"vip\"]', 0, 0)")
        db.execute("INSERT INTO messages (conversation_id, channel, direction, provider_key, "
                   "subject, body_text, sent_at, received_at) VALUES (1, 'email', 'in', 'k1', "
                   "'طلبية', 'أين طلبي؟ مَرْحَبًا', 1, 1)")
    db.close()
    profile = Profile.open_existing(path.parent)  # runs migration 0010
    try:
        shop = Shop(Workspace(profile))
        assert shop.found("اين مرحبا tag:vip channel:email") == {1}
        assert shop.found("سارة") == {1} and shop.found("sara@example.com") == {1}
        [hit] = shop.search("مرحبا")
        assert "[مَرْحَبًا]" in hit.marked()
    finally:
        profile.close()


def test_similar_replies_still_match_arabic_spelled_differently(shop: Shop) -> None:
    # "How we answered before" searches the same index: its words are folded too.
    before = shop.message("أريد إسترداد المبلغ من فضلك بسرعة", sender="a@example.com")
    shop.reply(before.conversation_id, "تم استرداد المبلغ إلى بطاقتك")
    now = shop.message("اريد استرداد المبلغ", sender="b@example.com")
    found = similar_replies(shop.repos.db, now.conversation_id, ["إسترداد", "المبلغ"])
    assert [r.conversation_id for r in found] == [before.conversation_id]


def test_the_index_stays_exact_through_every_kind_of_change(shop: Shop) -> None:
    # FTS5's integrity check re-reads every row (Latin text folds to itself): any word
    # the triggers put in and failed to take out, or the reverse, is an error.
    first = shop.message("glaze question", sender="a@example.com")
    second = shop.message("kiln question", sender="b@example.com", attachment=True)
    db = shop.repos.db
    shop.tags(first.conversation_id, "vip")
    shop.assign(first.conversation_id, shop.agent("Yasmine"))
    with db.atomic():  # text and conversation in one statement
        db.execute("UPDATE messages SET body_text = 'new glaze words', conversation_id = ? "
                   "WHERE id = ?", [second.conversation_id, first.message_id])
    shop.note(second.conversation_id, "internal kiln note")
    with db.atomic():
        db.execute("UPDATE conversations SET status = 'closed', tags = '[\"done\"]' "
                   "WHERE id = ?", [second.conversation_id])
        db.execute("DELETE FROM conversations WHERE id = ?", [first.conversation_id])
    assert_index_exact(db)
    assert shop.found("glaze tag:done status:closed") == {second.conversation_id}
    assert shop.found("kiln has:attachment") == {second.conversation_id}
    assert shop.found("kiln in:notes") == {second.conversation_id}
    assert shop.found("tag:vip") == set()
