"""Fill unfinished entries of the .ts files from a JSON table of translations.

    python scripts/i18n_fill.py TABLE.json [TABLE2.json …]

Each table is ``{"fr": {"<context>\\u001f<source>": "text" | ["form", …]}, "ar": {…}}``
(a list gives the plural forms of a ``%n`` entry). Only entries lupdate marked
``unfinished`` are filled, by editing the text in place so lupdate's own layout stays
and diffs stay small. Prints what was filled, what is still unfinished and which table
entries matched nothing (a typo in a context or a source changed since).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SEPARATOR = "\x1f"
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
MESSAGE = re.compile(r"(?P<open><message(?P<attrs>[^>]*)>)(?P<body>.*?)</message>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*?(/>|>.*?</translation>)", re.S)

Table = dict[str, str | list[str]]


def _escape(text: str) -> str:
    out = escape(text, {"'": "&apos;", '"': "&quot;"})
    # Invisible spaces stay visible in the file (French puts U+00A0 before ':').
    return out.replace("\xa0", "&#xa0;").replace("\u202f", "&#x202f;")


def _translation(value: str | list[str], numerus: bool, indent: str, key: str) -> str:
    if numerus:
        if not isinstance(value, list):
            raise SystemExit(f"{key!r} is a plural entry: give a list of forms.")
        forms = "".join(f"\n{indent}    <numerusform>{_escape(v)}</numerusform>" for v in value)
        return f"<translation>{forms}\n{indent}</translation>"
    if not isinstance(value, str):
        raise SystemExit(f"{key!r} is not a plural entry: give one text.")
    return f"<translation>{_escape(value)}</translation>"


def fill(text: str, table: Table) -> tuple[str, set[str], list[str]]:
    """The .ts text with the table's entries filled in, the keys used, the keys missing."""
    used: set[str] = set()
    missing: list[str] = []

    def one_context(context: re.Match[str]) -> str:
        name = html.unescape(context.group("name"))

        def one_message(message: re.Match[str]) -> str:
            body = message.group("body")
            if 'type="unfinished"' not in body:
                return message.group(0)
            found = re.search(r"<source>(.*?)</source>", body, re.S)
            key = f"{name}{SEPARATOR}{html.unescape(found.group(1) if found else '')}"
            if key not in table:
                missing.append(key)
                return message.group(0)
            used.add(key)
            indent_match = re.search(r"\n(\s*)<translation", body)
            indent = indent_match.group(1) if indent_match else "        "
            new = _translation(table[key], 'numerus="yes"' in message.group("attrs"), indent, key)
            body = TRANSLATION.sub(lambda _: new, body, count=1)
            return f"{message.group('open')}{body}</message>"

        start, end = context.start("body") - context.start(), context.end("body") - context.start()
        whole = context.group(0)
        return whole[:start] + MESSAGE.sub(one_message, context.group("body")) + whole[end:]

    return CONTEXT.sub(one_context, text), used, missing


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    tables: dict[str, Table] = {}
    for name in argv:
        for lang, entries in json.loads(Path(name).read_text(encoding="utf-8")).items():
            tables.setdefault(lang, {}).update(entries)
    status = 0
    for lang, table in sorted(tables.items()):
        path = I18N / f"agent-assist_{lang}.ts"
        text, used, missing = fill(path.read_text(encoding="utf-8"), table)
        path.write_text(text, encoding="utf-8")
        unused = sorted(k for k in table if k not in used)
        print(f"{lang}: filled {len(used)}, still unfinished {len(missing)}, unused {len(unused)}")
        for key in missing:
            print("  unfinished:", key.replace(SEPARATOR, " | "))
        for key in unused:
            print("  unused:", key.replace(SEPARATOR, " | "))
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
