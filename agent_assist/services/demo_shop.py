"""The embedded demo shop: a believable small shop's inbox, or N synthetic conversations."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent_assist.core.models import Channel, Delivery, Direction, HandleKind, Status
from agent_assist.core.needs_reply import MessageFact, reply_state
from agent_assist.core.threading import snippet
from agent_assist.paths import resources_dir
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage

BATCH = 2000  # conversations per transaction: big enough to be fast, small enough to resume

_FIRST = ["Léa", "Hugo", "Amira", "Omar", "Sophie", "Noah", "Emma", "Karim", "Julie", "Lina",
          "Thomas", "Nour", "Chloé", "Youssef", "Olivia", "Samir", "Inès", "Jack", "Rania",
          "Lucas", "Maya", "Adam", "Zoé", "Hiba", "Louis", "Salma", "Grace", "Mehdi"]
_LAST = ["Martin", "Haddad", "Dubois", "Benali", "Smith", "Moreau", "Khoury", "Lefèvre",
         "Taylor", "Mansour", "Laurent", "Brown", "Saad", "Girard", "Wilson", "Nasser"]


@dataclass(frozen=True)
class DemoSummary:
    """What was generated."""

    conversations: int
    messages: int
    seconds: float


def load_shop(path: Path | None = None) -> dict[str, Any]:
    path = path or resources_dir() / "demo" / "shop.json"
    with open(path, encoding="utf-8") as f:
        return dict(json.load(f))


def build_demo(
    profile: Profile, size: int | None = None, now: float | None = None,
    shop: dict[str, Any] | None = None,
) -> DemoSummary:
    """Fill the profile with the demo shop; ``size`` repeats and varies the scripts.

    Times are relative to ``now`` so the demo always shows fresh waits (minutes, hours,
    days). Re-running adds nothing: every message has a stable provider key.
    """
    start = time.perf_counter()
    now = time.time() if now is None else now
    shop = shop or load_shop()
    repos = Repos.of(profile.pool.get())
    scripts: list[dict[str, Any]] = shop["conversations"]
    total = len(scripts) if size is None else size
    agents = _ensure_agents(repos, shop)
    n_conv = n_msg = 0
    rng = random.Random(20261123)
    batch = _variations(scripts, total, rng)
    while True:
        chunk = [c for _, c in zip(range(BATCH), batch, strict=False)]
        if not chunk:
            break
        with repos.db.atomic():
            if n_conv == 0:
                repos.settings.set("shop", shop["shop"])
                repos.settings.set("demo", True)
            for index, script, scale in chunk:
                n_msg += _insert(repos, shop, script, index, scale, now, agents)
                n_conv += 1
    return DemoSummary(n_conv, n_msg, time.perf_counter() - start)


def _variations(
    scripts: list[dict[str, Any]], total: int, rng: random.Random
) -> Iterator[tuple[int, dict[str, Any], float]]:
    """The scripted conversations first, then variations with new customers and times."""
    for index in range(total):
        script = scripts[index % len(scripts)]
        scale = 1.0 if index < len(scripts) else rng.uniform(0.2, 40.0)
        yield index, script, scale


def _ensure_agents(repos: Repos, shop: dict[str, Any]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for agent in shop.get("agents", []):
        repos.db.execute(
            "INSERT OR IGNORE INTO agents (name, role, created_at) VALUES (?, ?, ?)",
            [agent["name"], agent.get("role", "agent"), time.time()],
        )
        row = repos.db.execute("SELECT id FROM agents WHERE name = ?", [agent["name"]]).fetchone()
        ids[agent["name"]] = int(row[0])
    return ids


def _customer(script: dict[str, Any], index: int, scripted: bool) -> tuple[str, str]:
    customer = script["customer"]
    name = customer["name"]
    if not scripted:
        name = f"{_FIRST[index % len(_FIRST)]} {_LAST[(index // len(_FIRST)) % len(_LAST)]}"
    if script["channel"] == "email":
        handle = customer.get("email") or f"customer{index}@mail.example"
        if not scripted:
            local, _, domain = handle.partition("@")
            handle = f"{local}.{index}@{domain or 'mail.example'}"
    else:
        handle = customer.get("chat_handle") or f"@customer{index}"
        if not scripted:
            handle = f"{handle}{index}"
    return name, handle


def _insert(
    repos: Repos, shop: dict[str, Any], script: dict[str, Any], index: int, scale: float,
    now: float, agents: dict[str, int],
) -> int:
    scripted = scale == 1.0
    is_email = script["channel"] == "email"
    channel = Channel.EMAIL if is_email else Channel.DEMO_CHAT
    kind = HandleKind.EMAIL if is_email else HandleKind.DEMO
    name, handle = _customer(script, index, scripted)
    provider_base = f"demo:{script['key']}:{index}"
    if repos.messages.exists(f"{provider_base}:0"):
        return 0
    contact_id = repos.contacts.find_or_create(kind, handle, name)
    lang = script.get("language", "")
    if lang:
        repos.contacts.set_language(contact_id, lang)
    messages = script["messages"]
    first_at = now - messages[0]["minutes_ago"] * 60 * scale
    conversation_id = repos.conversations.create(
        channel=channel, subject=script.get("subject", ""), contact_id=contact_id,
        thread_key="" if is_email else f"demo:{handle}", language=lang, created_at=first_at,
    )
    shop_email = shop["shop"].get("email", "")
    facts: list[MessageFact] = []
    previous_mid = ""
    for i, m in enumerate(messages):
        direction = Direction(m["direction"])
        sent_at = now - m["minutes_ago"] * 60 * scale
        inbound = direction is Direction.IN
        automated = "automated notification" if script.get("automated") and inbound else ""
        mid = f"{script['key']}.{index}.{i}@demo.atelier-lumiere.example" if is_email else ""
        subject = script.get("subject", "")
        if is_email and i > 0 and subject and not subject.lower().startswith("re:"):
            subject = f"Re: {subject}"
        repos.messages.insert(
            NewMessage(
                conversation_id=conversation_id, channel=channel, direction=direction,
                provider_key=f"{provider_base}:{i}", sent_at=sent_at, body_text=m["text"],
                subject=subject if is_email else "",
                sender_name=name if inbound else m.get("agent", ""),
                sender_address=handle if inbound else (shop_email if is_email else ""),
                recipients=[] if inbound else [handle], message_id=mid,
                in_reply_to=previous_mid, references=[previous_mid] if previous_mid else [],
                language=lang, agent_id=agents.get(m.get("agent", "")),
                automated_reason=automated, received_at=sent_at,
                delivery=None if inbound or direction is Direction.NOTE else Delivery.SENT,
            )
        )
        previous_mid = mid
        facts.append(MessageFact(direction, sent_at, bool(automated), m["text"]))
    state = reply_state(facts)
    last_visible = [m for m in messages if m["direction"] != "note"] or messages
    repos.conversations.update_summary(
        conversation_id, needs_reply=state.needs_reply, waiting_since=state.waiting_since,
        last_message_at=max(f.sent_at for f in facts), snippet=snippet(last_visible[-1]["text"]),
        message_count=len(messages), automated=bool(script.get("automated")), language=lang,
    )
    status = Status(script.get("status", "open"))
    if status is not Status.OPEN:
        until = now + (6 + index % 48) * 3600 if status is Status.SNOOZED else None
        repos.conversations.set_status(conversation_id, status, snoozed_until=until)
    if script.get("tags"):
        repos.conversations.set_tags(conversation_id, script["tags"])
    return len(messages)
