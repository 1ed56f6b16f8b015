"""Guidance on real profiles: situations in three languages, the customer card, the library."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent_assist.core.models import Channel, HandleKind, IncomingMessage, Status
from agent_assist.core.templates import Template, TemplateError
from agent_assist.services.actions import ConversationActions
from agent_assist.services.demo_shop import build_demo, load_shop
from agent_assist.services.guidance import GuidanceError, guidance_for
from agent_assist.services.ingest import Ingestor
from agent_assist.services.template_library import (
    export_templates,
    import_templates,
    library,
    render_template,
    shipped_defaults,
)
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.templates import TemplateRepo

PARIS = ZoneInfo("Europe/Paris")
TUESDAY_11H = datetime(2025, 6, 3, 11, 0, tzinfo=PARIS).timestamp()
SUNDAY_11H = datetime(2025, 6, 8, 11, 0, tzinfo=PARIS).timestamp()
_keys = itertools.count(1)


@pytest.fixture
def repos(profile: Profile) -> Iterator[Repos]:
    r = Repos.of(profile.pool.get())
    with r.db.atomic():
        r.settings.set("shop", load_shop()["shop"])
    yield r


def _files(repos: Repos) -> AttachmentFiles:
    db_file = Path(repos.db.execute("PRAGMA database_list").fetchone()[2])
    return AttachmentFiles(db_file.parent / "attachments")


def say(repos: Repos, text: str, *, sender: str = "ana@mail.example", name: str = "Ana Lopez",
        subject: str = "", ago: float = 600, now: float = TUESDAY_11H,
        channel: Channel = Channel.EMAIL, in_reply_to: str = "") -> int:
    """Store one customer message through the real ingest path; returns its conversation."""
    n = next(_keys)
    chat = channel.is_chat
    message = IncomingMessage(
        provider_key=f"test:{n}", channel=channel, sender_address=sender, sender_name=name,
        handle_kind=HandleKind.DEMO if chat else HandleKind.EMAIL, subject=subject,
        body_text=text, sent_at=now - ago, message_id="" if chat else f"m{n}@mail.example",
        in_reply_to=in_reply_to, references=[in_reply_to] if in_reply_to else [],
        thread_key=f"chat:{sender}" if chat else "",
    )
    with repos.db.atomic():
        result = Ingestor(repos, _files(repos)).ingest(message)
    assert result.conversation_id is not None
    return result.conversation_id


def reply(repos: Repos, conversation_id: int, text: str, *, ago: float,
          now: float = TUESDAY_11H) -> None:
    """Answer through the real actions service (queued in the outbox, counts as answered)."""
    actions = ConversationActions(repos, Ingestor(repos, _files(repos)), lambda: now - ago)
    actions.reply(conversation_id, text)


def message_id_of(repos: Repos, conversation_id: int) -> str:
    row = repos.db.execute(
        "SELECT message_id_header FROM messages WHERE conversation_id = ? AND direction = 'out' "
        "ORDER BY sent_at DESC LIMIT 1", [conversation_id]).fetchone()
    return str(row[0])


def test_a_french_refund_request_gets_the_french_refund_template_first(repos: Repos) -> None:
    cid = say(repos, "Bonjour,\n\nJe voudrais être remboursée pour ma commande AL-10234 : le "
                     "vase ne va pas avec mon salon. Comment faire ?\n\nMerci, Claire",
              subject="Remboursement", name="Claire Fontaine", sender="claire@mail.example")
    g = guidance_for(repos, cid, TUESDAY_11H)
    assert g.language == "fr"  # detected from the text: no language was given
    assert g.templates[0].key == "refund" and g.templates[0].language == "fr"
    topics = {t.key: t for t in g.topics}
    assert "remboursée" in topics["refund"].words
    assert g.playbook is not None and g.playbook.key == "refund"
    assert g.situation.order_number == "AL-10234"
    assert g.context["customer"]["first_name"] == "Claire"


def test_an_angry_arabic_message_gets_the_de_escalation_playbook(repos: Repos) -> None:
    cid = say(repos, "هذا غير مقبول إطلاقًا! طلبت هدية لابنتي قبل أسبوعين ولم يصل شيء، "
                     "ولا أحد يرد على رسائلي. أنا غاضبة جدًا.",
              name="مريم عزيز", sender="mariam@mail.example")
    g = guidance_for(repos, cid, TUESDAY_11H, ui_language="ar")
    assert g.language == "ar"
    assert g.playbook is not None and g.playbook.key == "de-escalate"
    assert g.playbook.name == "تهدئة الغضب" and g.playbook.steps
    angry = next(t for t in g.tones if t.key == "angry")
    assert "غير مقبول" in angry.words
    assert all(t.language == "ar" for t in g.templates[:3])
    assert g.playbook.reasons[0].kind == "tones"


def test_an_english_late_delivery_gets_the_late_delivery_playbook(repos: Repos) -> None:
    cid = say(repos, "Hello, I ordered two candles three weeks ago (AL-10236) and the parcel "
                     "still hasn't arrived. The tracking hasn't updated since last week.",
              subject="Where is my order?", name="Noah Tremblay", sender="noah@mail.example")
    g = guidance_for(repos, cid, TUESDAY_11H)
    assert g.playbook is not None and g.playbook.key == "late-delivery"
    assert g.templates[0].key == "late" and g.templates[0].language == "en"
    assert "tracking" in next(t for t in g.topics if t.key == "delivery").words
    assert g.situation.waiting_seconds == pytest.approx(600)


def test_a_public_threat_moves_to_the_public_complaint_playbook(repos: Repos) -> None:
    cid = say(repos, "Franchement c'est inadmissible. Si personne ne me répond aujourd'hui, "
                     "je raconte tout ça sur Instagram et je laisse un avis.",
              channel=Channel.DEMO_CHAT, sender="@lea", name="Léa Roux")
    g = guidance_for(repos, cid, TUESDAY_11H)
    assert g.playbook is not None and g.playbook.key == "public-complaint"
    assert "review" in [t.key for t in g.templates[:2]]
    assert {"Instagram", "laisse un avis"} <= set(
        next(t for t in g.tones if t.key == "public_threat").words)


def test_a_promise_we_made_brings_the_follow_up_playbook(repos: Repos) -> None:
    cid = say(repos, "Hi, my teapot arrived with a chip on the spout.", ago=3 * 86400,
              name="Daniel Reed", sender="daniel@mail.example", subject="Chipped teapot")
    reply(repos, cid, "I'm sorry! I'll email you the tracking number of the replacement on "
                      "Friday.", ago=2 * 86400)
    again = say(repos, "It's Saturday and I haven't had a tracking number yet.", ago=3600,
                name="Daniel Reed", sender="daniel@mail.example", subject="Re: Chipped teapot",
                in_reply_to=message_id_of(repos, cid))
    assert again == cid
    g = guidance_for(repos, cid, TUESDAY_11H)
    assert g.playbook is not None and g.playbook.key == "follow-up-promise"
    assert "followup" in [t.key for t in g.templates[:3]]


def test_the_customer_card_shows_every_handle_history_and_a_repeat_contact(repos: Repos) -> None:
    first = say(repos, "Is the Figuier candle back in stock?", ago=2 * 86400,
                subject="Figuier", sender="omar@mail.example", name="Omar Haddad")
    reply(repos, first, "Not yet, I'll tell you when it is.", ago=2 * 86400 - 600)
    with repos.db.atomic():
        repos.conversations.set_status(first, Status.CLOSED)
        contact = repos.conversations.get(first).contact_id  # type: ignore[union-attr]
        repos.contacts.add_handle(contact, HandleKind.TELEGRAM, "4242")  # type: ignore[arg-type]
    second = say(repos, "Any news about the Figuier candle? Is it available again?", ago=300,
                 subject="Figuier again", sender="omar@mail.example", name="Omar Haddad")
    g = guidance_for(repos, second, TUESDAY_11H)
    card = g.customer
    assert ("email", "omar@mail.example") in card.handles and ("telegram", "4242") in card.handles
    assert card.repeat_contact and card.total_conversations == 2
    assert [(p.id, p.outcome) for p in card.past] == [(first, "closed")]
    assert g.playbook is not None and g.playbook.key == "repeat-contact"
    later = guidance_for(repos, second, TUESDAY_11H + 9 * 86400)
    assert not later.customer.repeat_contact  # the other conversation is over a week old


def test_out_of_hours_follows_the_shop_opening_hours(repos: Repos) -> None:
    cid = say(repos, "Bonsoir, proposez-vous l'emballage cadeau ?", now=SUNDAY_11H,
              channel=Channel.DEMO_CHAT, sender="@zoe", name="Zoé")
    closed = guidance_for(repos, cid, SUNDAY_11H)
    assert closed.situation.out_of_hours
    assert closed.playbook is not None and closed.playbook.key == "out-of-hours"
    assert "ooh" in [t.key for t in closed.templates[:2]]
    rendered = render_template(library(repos.db).template("ooh"),  # type: ignore[arg-type]
                               closed.language, closed.context)
    assert "du lundi au vendredi de 9 h à 18 h" in rendered.body
    opened = guidance_for(repos, cid, SUNDAY_11H, is_open_at=lambda _t: True)
    assert not opened.situation.out_of_hours
    assert opened.playbook is not None and opened.playbook.key != "out-of-hours"


def test_how_we_answered_similar_messages_before(repos: Repos) -> None:
    old = say(repos, "Hello, could you gift wrap the Figuier candle for my sister's birthday?",
              ago=30 * 86400, sender="grace@mail.example", name="Grace Taylor")
    reply(repos, old, "Of course! Gift wrapping is free and I add a handwritten card.",
          ago=30 * 86400 - 900)
    other = say(repos, "Do you sell gift cards?", ago=20 * 86400, sender="x@mail.example")
    reply(repos, other, "Not yet, sorry.", ago=20 * 86400 - 60)
    new = say(repos, "Hi! Can you gift wrap a candle for a birthday present?", ago=120,
              sender="hugo@mail.example", name="Hugo Martin")
    g = guidance_for(repos, new, TUESDAY_11H)
    assert g.similar_replies, "the earlier gift-wrap answer should be offered"
    best = g.similar_replies[0]
    assert best.conversation_id == old and "Gift wrapping is free" in best.reply_text
    assert all(r.conversation_id != new for r in g.similar_replies)
    assert not guidance_for(repos, new, TUESDAY_11H, similar=False).similar_replies


def test_a_missing_conversation_is_a_clear_error(repos: Repos) -> None:
    with pytest.raises(GuidanceError, match="no conversation 999"):
        guidance_for(repos, 999, TUESDAY_11H)


def test_every_demo_conversation_gets_a_playbook_and_a_template(profile: Profile) -> None:
    build_demo(profile, now=TUESDAY_11H)
    repos = Repos.of(profile.pool.get())
    ids = [r[0] for r in repos.db.execute("SELECT id FROM conversations")]
    assert len(ids) >= 70
    playbooks = set()
    for cid in ids:
        for now in (TUESDAY_11H, SUNDAY_11H):
            g = guidance_for(repos, cid, now)
            assert g.playbook is not None and g.playbook.steps, cid
            assert g.templates, cid
            assert g.templates[0].language == g.language, cid
            playbooks.add(g.playbook.key)
    assert len(playbooks) >= 10  # the demo exercises nearly every playbook


def test_the_json_shape_is_stable(repos: Repos) -> None:
    cid = say(repos, "My order arrived broken", subject="Broken bowl")
    data = json.loads(json.dumps(guidance_for(repos, cid, TUESDAY_11H).to_dict()))
    assert {"language", "topics", "tone", "playbook", "templates", "similar_replies",
            "customer", "situation"} <= set(data)
    assert data["topics"][0]["key"] == "damaged" and data["topics"][0]["words"]
    assert {"name", "steps", "checklist", "do", "dont"} <= set(data["playbook"])
    assert {"key", "name", "language", "score", "reasons"} <= set(data["templates"][0])


# -- the library: seeding, caching, import/export ------------------------------------------


def test_defaults_are_seeded_once_and_deletions_are_respected(repos: Repos) -> None:
    shipped = shipped_defaults()
    lib = library(repos.db)
    assert {t.key for t in lib.templates} == {t.key for t in shipped.templates}
    assert len(lib.playbooks.playbooks) == len(shipped.playbooks)
    with repos.db.atomic():
        assert TemplateRepo(repos.db).delete("gift")
    again = library(repos.db)
    assert again.revision != lib.revision and "gift" not in again.by_key
    assert library(repos.db) is again  # nothing changed: the cached library is reused


def test_a_new_shipped_default_is_added_without_touching_edits(repos: Repos) -> None:
    from agent_assist.services.template_library import Defaults, ensure_defaults

    library(repos.db)
    repo = TemplateRepo(repos.db)
    edited = Template.from_dict({**repo.get("ack").to_dict(),  # type: ignore[union-attr]
                                 "name": {"en": "Our own ack"}})
    with repos.db.atomic():
        repo.save(edited)
    base = shipped_defaults()
    extra = Template.from_dict({"key": "new-one", "name": "New", "variants": {
        "en": {"body": "Hello"}}})
    assert ensure_defaults(repos.db, Defaults((*base.templates, extra), base.playbooks,
                                              base.rules)) == 1
    assert repo.get("new-one") is not None
    assert repo.get("ack").name("en") == "Our own ack"  # type: ignore[union-attr]


def test_seeding_from_two_threads_at_once(profile: Profile) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def work() -> None:
        try:
            db = profile.pool.get()
            barrier.wait()
            library(db, seed=True)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            profile.pool.close_current()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert TemplateRepo(profile.pool.get()).count() == len(shipped_defaults().templates)


def test_export_and_import_round_trip_with_an_attachment(repos: Repos, tmp_path: Path) -> None:
    from agent_assist.services.template_library import save_template
    from agent_assist.storage.blobs import sha256_hex

    library(repos.db)
    care = b"%PDF-1.4 care guide"
    template = Template.from_dict({
        "key": "care-guide", "name": {"en": "Care guide", "fr": "Guide d'entretien"},
        "shortcut": "care", "variants": {"en": {"body": "Here is our care guide."},
                                          "fr": {"body": "Voici notre guide d'entretien."}},
        "attachments": [{"filename": "care.pdf", "content_type": "application/pdf",
                         "size": len(care), "sha256": sha256_hex(care)}],
    })
    save_template(repos.db, template, attachments={sha256_hex(care): care})
    document = export_templates(repos.db)
    exported = next(t for t in document["templates"] if t["key"] == "care-guide")
    assert exported["attachments"][0]["data_base64"]

    other = Profile.create_or_open(tmp_path / "other")
    try:
        db = other.pool.get()
        report = import_templates(db, json.dumps(document).encode())
        assert report.added == len(document["templates"]) and report.updated == 0
        copy = TemplateRepo(db).get("care-guide")
        assert copy is not None and copy.attachments[0].filename == "care.pdf"
        from agent_assist.storage.blobs import get_raw
        assert get_raw(db, copy.attachments[0].sha256) == care
        again = import_templates(db, json.dumps(document).encode())
        assert again.added == 0 and again.updated == len(document["templates"])
    finally:
        other.close()


@pytest.mark.parametrize(("payload", "message"), [
    (b"{not json", "not valid JSON"),
    (b"[]", "no templates"),
    (json.dumps([{"key": "a", "name": "A", "variants": {"en": {"body": "{% if %}"}}}]).encode(),
     "Template 1 in the file: Line 1"),
    (json.dumps([{"key": "a", "name": "A", "variants": {"en": {"body": "x"}}},
                 {"key": "a", "name": "A", "variants": {"en": {"body": "y"}}}]).encode(),
     "appears twice"),
    (json.dumps({"format": "something-else", "templates": []}).encode(), "not an Agent Assist"),
    (json.dumps([{"key": "a", "name": "A", "variants": {"en": {"body": "x"}},
                  "attachments": [{"filename": "f.pdf"}]}]).encode(), "has no data"),
])
def test_a_bad_import_changes_nothing(repos: Repos, payload: bytes, message: str) -> None:
    library(repos.db)
    before = export_templates(repos.db)
    with pytest.raises(TemplateError, match=message):
        import_templates(repos.db, payload)
    assert export_templates(repos.db) == before


def test_rendering_a_template_for_a_conversation(repos: Repos) -> None:
    cid = say(repos, "مرحبًا، وصلت المزهرية مكسورة. الطلب AL-10302", name="سلمى نصر",
              sender="salma@mail.example", subject="مزهرية مكسورة")
    g = guidance_for(repos, cid, TUESDAY_11H, agent_id=None)
    damaged = library(repos.db).template("damaged")
    assert damaged is not None
    rendered = render_template(damaged, g.language, g.context)
    assert rendered.language == "ar"
    assert rendered.body.startswith("مرحبًا سلمى،")
    assert "AL-10302" in rendered.body and rendered.unfilled == ("اليوم",)
    english = render_template(damaged, "en", g.context)
    assert english.body.startswith("Hello سلمى,") and english.language == "en"


def test_a_disabled_playbook_is_never_chosen(repos: Repos, profile: Profile) -> None:
    from agent_assist.services.playbook_store import PlaybookStore

    cid = say(repos, "This is unacceptable, I'm furious: my parcel is three weeks late!",
              sender="max@mail.example", name="Max Weber")
    assert guidance_for(repos, cid, TUESDAY_11H).playbook.key == "de-escalate"  # type: ignore[union-attr]
    PlaybookStore(profile).set_playbook_enabled("de-escalate", False)
    assert guidance_for(repos, cid, TUESDAY_11H).playbook.key == "late-delivery"  # type: ignore[union-attr]
