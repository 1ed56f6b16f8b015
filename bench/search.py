"""Search on a 300k-message profile: the app's search against the raw FTS5 query (target p95
<= 1.5x), and what the folded index costs when messages are stored.

Baseline measured in the same run, query by query and interleaved: the raw FTS5 statement
for the same words, ``SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY
rank LIMIT 50``. The app's search is everything a search does in the app: parse, look up
agent names, match customers, rank messages with the filters applied, snippets. Queries
with filters are compared with the raw query for their words (the filters are extra work
the raw query does not do). Filters alone have no FTS5 equivalent: printed as times.

The index cost: the same messages stored through schema 0009 (unfolded FTS5) and through
the current schema (folded text, facets, filter indexes), triggers and all.

    python bench/search.py [--size 130000] [--rounds 5] [--profile /tmp/...]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import sqlite_utils  # noqa: E402
from _common import ensure_demo_profile, percentile, timed  # noqa: E402

from agent_assist.core.models import Channel, HandleKind, IncomingMessage  # noqa: E402
from agent_assist.services.ingest import Ingestor  # noqa: E402
from agent_assist.storage import migrations  # noqa: E402
from agent_assist.storage.blobs import AttachmentFiles  # noqa: E402
from agent_assist.storage.db import connect  # noqa: E402
from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.repositories import Repos  # noqa: E402
from agent_assist.storage.schema import m0010_search  # noqa: E402
from agent_assist.storage.search import search, to_fts_query  # noqa: E402

# build_demo makes ~2.31 messages per conversation: 130,000 conversations ~ 300,000 messages.
DEFAULT_SIZE = 130_000
WORDS = {
    "English": ["refund", "parcel", "order", "broken", "tracking", "gift", "invoice", "late"],
    "French": ["commande", "livraison", "remboursement", "colis", "cassé", "retard", "merci",
               "bougie"],
    "Arabic": ["طلب", "شحن", "مرحبا", "الطلب", "اين", "شكرا"],
    "phrases, prefixes, OR": ['"late parcel"', "livr*", "rembours*", "AL-10234",
                              "refund OR remboursement OR استرداد", "colis -cassé"],
}
FILTERS = ["channel:email", "status:open", "-status:closed", "after:30d", "tag:delivery",
           "agent:Yasmine", "in:notes", "has:attachment", "assignee:none", "contact:lea"]
FILTER_ONLY = ["channel:email status:open", "in:notes", "has:attachment", "tag:refund",
               "after:7d", "agent:Yasmine status:closed", "-status:closed channel:demo_chat"]


def ms(value: float) -> str:
    return f"{value * 1000:.1f} ms"


def compare(db: sqlite_utils.Database, queries: list[tuple[str, str]],
            rounds: int) -> tuple[list[float], list[float]]:
    """(app, raw) times for each (app query, words) pair, interleaved, after a warm-up."""
    execute = db.execute
    raw_sql = "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rank LIMIT 50"
    expressions = {words: to_fts_query(words) for _, words in queries}
    for query, words in queries:
        search(db, query)
        execute(raw_sql, [expressions[words]]).fetchall()
    app: list[float] = []
    raw: list[float] = []
    for _ in range(rounds):
        for query, words in queries:
            cursor = partial(execute, raw_sql, [expressions[words]])
            raw.append(timed(lambda c=cursor: c().fetchall()))  # type: ignore[misc]
            app.append(timed(partial(search, db, query, limit=50)))
    return app, raw


def report(label: str, app: list[float], raw: list[float]) -> None:
    a50, a95, r50, r95 = (percentile(app, 50), percentile(app, 95), percentile(raw, 50),
                          percentile(raw, 95))
    print(f"{label:32} app p50 {ms(a50):>9} p95 {ms(a95):>9} | raw FTS5 p50 {ms(r50):>9} "
          f"p95 {ms(r95):>9} | p95 ratio {a95 / r95:.2f}")


def search_latency(path: Path, rounds: int) -> None:
    profile = Profile.open_existing(path)
    db = profile.pool.get()
    try:
        all_app: list[float] = []
        all_raw: list[float] = []
        for group, words in WORDS.items():
            app, raw = compare(db, [(w, w) for w in words], rounds)
            report(f"words, {group} ({len(words)})", app, raw)
            all_app += app
            all_raw += raw
        report("all words", all_app, all_raw)
        pairs = [(f"{w} {f}", w) for ws in WORDS.values() for w in ws[:3] for f in FILTERS]
        app, raw = compare(db, pairs, max(1, rounds // 2))
        report(f"words + one filter ({len(pairs)})", app, raw)
        report("everything above", all_app + app, all_raw + raw)
        only = [timed(partial(search, db, q)) for _ in range(rounds) for q in FILTER_ONLY]
        print(f"{'filters alone (' + str(len(FILTER_ONLY)) + ')':32} app p50 "
              f"{ms(percentile(only, 50)):>9} p95 {ms(percentile(only, 95)):>9}")
    finally:
        profile.close()


def _columns(db: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA {schema}.table_info({table})")]


def _copy(db: sqlite3.Connection, table: str, where: str) -> str:
    """INSERT … SELECT of the columns both schemas have."""
    mine = set(_columns(db, "main", table))
    names = ", ".join(c for c in _columns(db, "src", table) if c in mine)
    return f"INSERT INTO main.{table} ({names}) SELECT {names} FROM src.{table} WHERE {where}"


def _copy_sample(source: Path, target: sqlite3.Connection, limit: int) -> float:
    """Copy ``limit`` conversations (contacts, messages) into ``target``; seconds spent
    storing the messages (their triggers included)."""
    target.execute("ATTACH DATABASE ? AS src", [str(source)])
    ids = f"(SELECT id FROM src.conversations ORDER BY id LIMIT {limit})"
    target.execute(_copy(target, "contacts", "id IN (SELECT contact_id FROM "
                                             f"src.conversations WHERE id IN {ids})"))
    target.execute(_copy(target, "contact_handles", "contact_id IN (SELECT id FROM contacts)"))
    target.execute(_copy(target, "agents", "1"))
    target.execute(_copy(target, "conversations", f"id IN {ids}"))
    target.commit()
    seconds = timed(lambda: target.execute(_copy(target, "messages",
                                                 f"conversation_id IN {ids}")))
    target.commit()
    target.execute("DETACH DATABASE src")
    return seconds


def _fts_bytes(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT sum(length(block)) FROM messages_fts_data").fetchone()[0])


def _store_once(source: Path, folder: Path, stop: str | None,
                conversations: int) -> tuple[float, int, int, int]:
    """Store the sample through the schema before ``stop`` (None: the current one):
    seconds, messages, of them in Arabic, FTS5 bytes."""
    path = folder / f"{stop or 'current'}.sqlite3"
    path.unlink(missing_ok=True)
    db = connect(path)
    try:
        migrations.migrations.apply(db, stop_before=stop)
        conn = db.conn
        seconds = _copy_sample(source, conn, conversations)
        count = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        arabic = conn.execute("SELECT count(*) FROM messages WHERE body_text GLOB "
                              "'*[\u0600-\u06ff]*'").fetchone()[0]
        return seconds, count, arabic, _fts_bytes(conn)
    finally:
        db.close()


def index_cost(path: Path, conversations: int, repeats: int = 3) -> None:
    """Best of ``repeats`` (interleaved) for each schema: this machine is shared."""
    source = path / "agent-assist.sqlite3"
    schemas = {"schema 0009 (unfolded)": m0010_search.NAME, "current": None}
    best: dict[str, tuple[float, int, int, int]] = {}
    with tempfile.TemporaryDirectory(prefix="aa-search-bench-") as tmp:
        for _ in range(repeats):
            for label, stop in schemas.items():
                run = _store_once(source, Path(tmp), stop, conversations)
                if label not in best or run[0] < best[label][0]:
                    best[label] = run
        upgrades = []
        for _ in range(repeats):
            _store_once(source, Path(tmp), m0010_search.NAME, conversations)
            db = connect(Path(tmp) / f"{m0010_search.NAME}.sqlite3")
            upgrades.append(timed(partial(migrations.apply, db)))
            db.close()
    for label, (seconds, count, arabic, size) in best.items():
        print(f"storing {count:,} messages ({arabic:,} in Arabic), {label}: {seconds:.2f} s = "
              f"{count / seconds:,.0f} msg/s, FTS5 index {size / count:.0f} bytes/message")
    count = best["current"][1]
    print(f"migrations from 0009 on those {count:,} messages: {min(upgrades):.2f} s "
          f"({count / min(upgrades):,.0f} msg/s)")
    before, after = best["schema 0009 (unfolded)"], best["current"]
    print(f"store cost ratio current / 0009: {after[0] / before[0]:.2f}; FTS5 index size "
          f"ratio {after[3] / before[3]:.2f}")


def _incoming(source: Path, count: int) -> list[IncomingMessage]:
    """Customer messages as a channel hands them over (the demo's texts, new identities)."""
    conn = sqlite3.connect(source)
    rows = conn.execute(
        "SELECT m.subject, m.body_text, m.sender_address, m.sender_name, m.channel "
        "FROM messages m WHERE m.direction = 'in' ORDER BY m.id LIMIT ?", [count]).fetchall()
    conn.close()
    return [IncomingMessage(
        provider_key=f"bench:{n}", channel=Channel(channel), sender_address=f"{n}.{sender}",
        sender_name=name, handle_kind=HandleKind.EMAIL if channel == "email" else HandleKind.DEMO,
        subject=subject, body_text=body, sent_at=1.7e9 + n, message_id=f"bench{n}@example.com",
        thread_key="" if channel == "email" else f"bench:{n}")
        for n, (subject, body, sender, name, channel) in enumerate(rows)]


def ingest_cost(path: Path, count: int, repeats: int = 3) -> None:
    """The app's own store path (Ingestor, 500 per transaction): schema 0009 vs current."""
    messages = _incoming(path / "agent-assist.sqlite3", count)
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="aa-search-ingest-") as tmp:
        for run in range(repeats):
            for label, stop in (("schema 0009", m0010_search.NAME), ("current", None)):
                db = connect(Path(tmp) / f"{label[:6]}-{run}.sqlite3")
                migrations.migrations.apply(db, stop_before=stop)
                repos = Repos.of(db)
                ingestor = Ingestor(repos, AttachmentFiles(Path(tmp) / "files"))

                def store(ingestor: Ingestor = ingestor, db: sqlite_utils.Database = db) -> None:
                    for start in range(0, len(messages), 500):
                        with db.atomic():
                            ingestor.ingest_many(messages[start:start + 500])

                best[label] = min(best.get(label, 1e9), timed(store))
                db.close()
    before, after = best["schema 0009"], best["current"]
    print(f"ingesting {count:,} customer messages (Ingestor, the sync's store path): "
          f"0009 {count / before:,.0f} msg/s, current {count / after:,.0f} msg/s -> "
          f"{(after - before) / count * 1e6:.0f} µs more per message (ratio {after / before:.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--profile", type=Path,
                        default=Path("/tmp/agent-assist-bench-search-300k"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sample", type=int, default=20_000,
                        help="conversations stored for the index-cost comparison")
    parser.add_argument("--ingest", type=int, default=5_000,
                        help="messages ingested through the app's store path")
    args = parser.parse_args()
    ensure_demo_profile(args.profile, args.size, marker=".bench-search-{size}")
    profile = Profile.open_existing(args.profile)  # migrates a profile built before
    messages = profile.pool.get().execute("SELECT count(*) FROM messages").fetchone()[0]
    profile.close()
    print(f"profile: {args.size:,} conversations, {messages:,} messages ({args.profile}); "
          f"{args.rounds} rounds")
    search_latency(args.profile, args.rounds)
    index_cost(args.profile, args.sample)
    ingest_cost(args.profile, args.ingest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
