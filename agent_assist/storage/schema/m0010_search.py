"""Search: a folded FTS5 index (Arabic spellings, ligatures), contacts in FTS, saved searches.

FTS5's ``unicode61`` tokenizer folds case and Latin accents, but not Arabic: harakat split
a word into letters ("مَرْحَبًا" became م ر ح ب ا) and the alef, taa marbuta and alef
maqsura variants never met. SQLite cannot load a Python tokenizer, so the text is folded
*before* it is indexed, by the triggers, with plain ``replace()`` calls (no function to
register on every connection, so any tool writing the database keeps the index right).

``messages_fts`` stays an external-content table, over the view ``messages_search``
(messages with their facets): the raw text is never changed, and ``snippet()`` reads it
back. Folding never adds or removes a word (marks are token characters here:
``categories 'L* N* Co Mn'``), so word positions in the folded index match the raw text
and highlights land on the right words. A third column holds each message's facets
(channel, status, assignee, tags, author, attachment, note) as words, kept in step with
the conversation by triggers.

Never run FTS5's ``'rebuild'`` on these tables: it would re-read the *unfolded* text.
This module is frozen with the migration; :func:`fold` is what queries must use.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

NAME = "0010_search"

TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn'"

# Harakat (fathatan … sukun, maddah, combining hamza), superscript alef, tatweel. The
# combining hamza also turns decomposed "ا + U+0654" into the bare alef, like "أ".
ARABIC_MARKS = (*(chr(c) for c in range(0x064B, 0x0656)), "\u0670", "\u0640")
ARABIC_LETTERS = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"),  # alef forms -> bare alef
    ("ة", "ه"),  # taa marbuta is often typed as haa
    ("ى", "ي"),  # alef maqsura and yaa are confused in everyday typing
    ("ؤ", "و"), ("ئ", "ي"),  # hamza seats, as core.textnorm folds them
    *((chr(0x0660 + d), str(d)) for d in range(10)),  # Arabic-Indic digits
    *((chr(0x06F0 + d), str(d)) for d in range(10)),  # Persian digits
)
LIGATURES = (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss"), ("ẞ", "SS"))

_PAIRS = (*LIGATURES, *((m, "") for m in ARABIC_MARKS), *ARABIC_LETTERS)
_NEEDS_FOLD = "*[\u0600-\u06ff" + "".join(a for a, _ in LIGATURES) + "]*"
_PER_LAYER = 16  # nested replace() calls per subquery
_TABLE = str.maketrans(dict(_PAIRS))


def fold(text: str) -> str:
    """What the triggers index for ``text`` (case and Latin accents are left to FTS5)."""
    return text.translate(_TABLE)


def fold_sql(expr: str) -> str:
    """The SQL expression folding ``expr`` exactly like :func:`fold`.

    Only text holding Arabic or a ligature is rewritten, so Latin mail pays one GLOB scan
    (Arabic text about 30 µs, measured: as much as indexing it). Guarding each group of
    replacements separately measured slower. SQLite's parser refuses about 30 nested
    calls, so the replacements run in layers of subqueries.
    """
    layered = f"SELECT {expr} AS v"
    for start in range(0, len(_PAIRS), _PER_LAYER):
        layered = f"SELECT {_replaced('v', _PAIRS[start:start + _PER_LAYER])} AS v FROM ({layered})"
    return f"(CASE WHEN {expr} GLOB '{_NEEDS_FOLD}' THEN ({layered}) ELSE {expr} END)"


def _replaced(expr: str, pairs: Sequence[tuple[str, str]]) -> str:
    for source, target in pairs:
        expr = f"replace({expr}, '{source}', '{target}')"
    return expr


def _handles_sql(contact_id: str) -> str:
    """A contact's handles, each folded (folding the joined text would run the subquery
    once per reference to it)."""
    return (f"COALESCE((SELECT group_concat({fold_sql('value')}, ' ') FROM contact_handles "
            f"WHERE contact_id = {contact_id}), '')")


def facets_sql(m: str, c: str) -> str:
    """The facet words of message ``m`` in conversation ``c`` (SQL aliases).

    Indexed in their own column, they let FTS5 intersect a filter with the words (two
    posting lists) instead of SQLite testing every match against the tables. Tags are
    hex-encoded: any text becomes one plain token. ``storage.search_sql`` builds the same
    words for a query.
    """
    tags = (f"IFNULL((SELECT ' ' || group_concat('zzt' || lower(hex(lower(value))), ' ') "
            f"FROM json_each({c}.tags)), '')")
    return (f"('zzd' || {m}.direction || ' zzc' || {c}.channel || ' zzs' || {c}.status || "
            f"' zza' || IFNULL({c}.assignee_id, 'none') || ' zzw' || IFNULL({m}.agent_id, "
            f"'none') || CASE WHEN {m}.has_attachments THEN ' zzattachment' ELSE '' END || "
            f"{tags})")


_COLUMNS = "rowid, subject, body_text, search_facets"
_MESSAGE_CHANGED = ("old.subject IS NOT new.subject OR old.body_text IS NOT new.body_text OR "
                 "old.conversation_id IS NOT new.conversation_id OR old.direction IS NOT "
                 "new.direction OR old.agent_id IS NOT new.agent_id OR old.has_attachments "
                 "IS NOT new.has_attachments")
_FACETS_CHANGED = ("old.status IS NOT new.status OR old.channel IS NOT new.channel OR "
                   "old.assignee_id IS NOT new.assignee_id OR old.tags IS NOT new.tags")


def _indexed(m: str, facets: str) -> str:
    """The indexed values of message ``m`` (an alias) with ``facets`` (an expression)."""
    return f"{m}.id, {fold_sql(f'{m}.subject')}, {fold_sql(f'{m}.body_text')}, {facets}"


def _messages_index(db: sqlite_utils.Database) -> None:
    for trigger in ("messages_ai", "messages_ad", "messages_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS messages_fts")
    # Facets live beside the messages, not in them: storing them in the row would rewrite
    # every new message (with its HTML) once more. No foreign key: a message's facets
    # must outlive it until its trigger has taken its words out of the index.
    db.execute("CREATE TABLE message_facets (message_id INTEGER PRIMARY KEY, "
               "facets TEXT NOT NULL)")
    db.execute(f"INSERT INTO message_facets SELECT m.id, {facets_sql('m', 'c')} "
               "FROM messages m JOIN conversations c ON c.id = m.conversation_id")
    db.execute("CREATE VIEW messages_search AS SELECT m.id AS id, m.subject AS subject, "
               "m.body_text AS body_text, IFNULL(f.facets, '') AS search_facets "
               "FROM messages m LEFT JOIN message_facets f ON f.message_id = m.id")
    db.execute(
        "CREATE VIRTUAL TABLE messages_fts USING fts5(subject, body_text, search_facets, "
        f"content='messages_search', content_rowid='id', tokenize=\"{TOKENIZER}\")")
    # A word in the subject weighs twice a word in the body; facets weigh nothing.
    db.execute("INSERT INTO messages_fts (messages_fts, rank) "
               "VALUES ('rank', 'bm25(2.0, 1.0, 0.0)')")
    db.execute(f"INSERT INTO messages_fts ({_COLUMNS}) SELECT {_indexed('m', 'f.facets')} "
               "FROM messages m JOIN message_facets f ON f.message_id = m.id")
    facets_of_new = (f"(SELECT {facets_sql('new', 'c')} FROM conversations c "
                     "WHERE c.id = new.conversation_id)")
    db.execute(
        "CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN "
        "INSERT OR REPLACE INTO message_facets (message_id, facets) "
        f"VALUES (new.id, {facets_of_new}); "
        f"INSERT INTO messages_fts ({_COLUMNS}) SELECT {_indexed('new', 'f.facets')} "
        "FROM message_facets f WHERE f.message_id = new.id; END")
    db.execute(
        "CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN "
        f"INSERT INTO messages_fts (messages_fts, {_COLUMNS}) SELECT 'delete', "
        f"{_indexed('old', 'f.facets')} FROM message_facets f WHERE f.message_id = old.id; "
        "DELETE FROM message_facets WHERE message_id = old.id; END")
    # Only a change of what is indexed re-indexes (delivery states change often); one
    # trigger for text and facets alike, so the words taken out are the words put in.
    db.execute(
        "CREATE TRIGGER messages_au AFTER UPDATE OF subject, body_text, conversation_id, "
        f"direction, agent_id, has_attachments ON messages WHEN {_MESSAGE_CHANGED} BEGIN "
        f"INSERT INTO messages_fts (messages_fts, {_COLUMNS}) SELECT 'delete', "
        f"{_indexed('old', 'f.facets')} FROM message_facets f WHERE f.message_id = old.id; "
        "INSERT OR REPLACE INTO message_facets (message_id, facets) "
        f"VALUES (new.id, {facets_of_new}); "
        f"INSERT INTO messages_fts ({_COLUMNS}) SELECT {_indexed('new', 'f.facets')} "
        "FROM message_facets f WHERE f.message_id = new.id; END")
    # Facets follow the conversation: a new status, channel, assignee or tag re-indexes
    # its messages (their text is unchanged: read from the rows).
    mine = "SELECT id FROM messages WHERE conversation_id = new.id"
    db.execute(
        "CREATE TRIGGER conversations_facets AFTER UPDATE OF status, channel, assignee_id, "
        f"tags ON conversations WHEN {_FACETS_CHANGED} BEGIN "
        f"INSERT INTO messages_fts (messages_fts, {_COLUMNS}) SELECT 'delete', "
        f"{_indexed('m', 'f.facets')} FROM messages m JOIN message_facets f "
        "ON f.message_id = m.id WHERE m.conversation_id = new.id; "
        f"UPDATE message_facets SET facets = (SELECT {facets_sql('m', 'new')} FROM messages m "
        f"WHERE m.id = message_facets.message_id) WHERE message_id IN ({mine}); "
        f"INSERT INTO messages_fts ({_COLUMNS}) SELECT {_indexed('m', 'f.facets')} "
        "FROM messages m JOIN message_facets f ON f.message_id = m.id "
        "WHERE m.conversation_id = new.id; END")


def _contacts_index(db: sqlite_utils.Database) -> None:
    # Small, so it keeps its own (folded) copy: rows are replaced without the old text.
    db.execute("CREATE VIRTUAL TABLE contacts_fts USING fts5(name, handles, "
               f"tokenize=\"{TOKENIZER}\")")
    db.execute(
        "INSERT INTO contacts_fts (rowid, name, handles) "
        f"SELECT id, {fold_sql('name')}, {_handles_sql('contacts.id')} FROM contacts")
    db.execute(
        "CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN "
        "INSERT INTO contacts_fts (rowid, name, handles) "
        f"VALUES (new.id, {fold_sql('new.name')}, ''); END")
    db.execute(
        "CREATE TRIGGER contacts_fts_au AFTER UPDATE OF name ON contacts BEGIN "
        f"UPDATE contacts_fts SET name = {fold_sql('new.name')} WHERE rowid = new.id; END")
    db.execute(
        "CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN "
        "DELETE FROM contacts_fts WHERE rowid = old.id; END")

    def refresh(contact_id: str) -> str:
        return (f"UPDATE contacts_fts SET handles = {_handles_sql(contact_id)} "
                f"WHERE rowid = {contact_id};")

    db.execute("CREATE TRIGGER contact_handles_fts_ai AFTER INSERT ON contact_handles BEGIN "
               f"{refresh('new.contact_id')} END")
    db.execute("CREATE TRIGGER contact_handles_fts_ad AFTER DELETE ON contact_handles BEGIN "
               f"{refresh('old.contact_id')} END")
    db.execute("CREATE TRIGGER contact_handles_fts_au AFTER UPDATE ON contact_handles BEGIN "
               f"{refresh('old.contact_id')} {refresh('new.contact_id')} END")


def _filter_indexes(db: sqlite_utils.Database) -> None:
    # The filters' own indexes: a search finds the few messages a narrow filter allows
    # (has:attachment, in:notes, agent:, after:) without reading the whole table. Partial
    # indexes hold only the rows they are for.
    db.execute("CREATE INDEX idx_msg_attachments ON messages(conversation_id) "
               "WHERE has_attachments = 1")
    db.execute("CREATE INDEX idx_msg_notes ON messages(conversation_id) WHERE direction = 'note'")
    # With the conversation: counting a saved search's conversations reads the index only.
    db.execute("CREATE INDEX idx_msg_agent ON messages(agent_id, conversation_id) "
               "WHERE agent_id IS NOT NULL")
    db.execute("CREATE INDEX idx_msg_sent ON messages(sent_at, conversation_id)")
    db.execute("CREATE INDEX idx_conv_tags ON conversations(tags) WHERE tags != '[]'")


def migrate(db: sqlite_utils.Database) -> None:
    # Statement by statement: executescript() would commit the migration's transaction.
    _messages_index(db)
    _contacts_index(db)
    _filter_indexes(db)
    db.execute(
        "CREATE TABLE saved_searches ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " query TEXT NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " created_at REAL NOT NULL)")
