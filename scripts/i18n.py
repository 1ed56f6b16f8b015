"""Refresh the .ts translation sources with pyside6-lupdate, and compile them with lrelease.

    python scripts/i18n.py update     # lupdate: new strings in, vanished ones marked
    python scripts/i18n.py release    # lrelease: resources/i18n/*.ts -> *.qm

lupdate's Python parser only sees literal ``self.tr("…")`` (context: the enclosing class)
and ``QCoreApplication.translate("Context", "…", disambiguation, n)`` calls. The UI also
uses tiny per-module helpers (``def _tr(text): return QCoreApplication.translate("Ctx",
text)``), which lupdate cannot follow. So lupdate reads a *rewritten copy* of each file in
which every call to such a helper is spelled out as the ``QCoreApplication.translate`` call
it makes at run time. The rewrite only inserts text inside lines, so line numbers (the
``<location>`` lupdate records) stay those of the real file.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
APP_ID = "agent-assist"
TRANSLATED = ("fr", "ar")  # full translations; English is the source language
PLURAL_ONLY = ("en",)  # English needs a .qm only for its plural forms ("1 hour", "2 hours")
TRANSLATE = "QCoreApplication.translate"


def sources(root: Path = ROOT) -> list[Path]:
    """Every file whose strings the app shows: the ui package and the composition root."""
    ui = sorted((root / "agent_assist" / "ui").rglob("*.py"))
    return [*ui, root / "agent_assist" / "app.py"]


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"{APP_ID}_{lang}.ts"


def tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter (the venv), else from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6-Essentials in the venv.")
    return found


# -- the rewrite lupdate reads -------------------------------------------------------------


@dataclass(frozen=True)
class Helper:
    """A module-level function that is one ``QCoreApplication.translate`` call."""

    context: str
    params: tuple[str, ...]
    source: str  # the parameter passed as the source text
    plural: str | None  # the parameter passed as n, if any
    alternatives: tuple[str, ...] = ()  # _trn(one, many, n): both texts are looked up


def _literal(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _is_translate(func: ast.AST) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication")


def _returned_call(fn: ast.FunctionDef) -> ast.Call | None:
    body = [s for s in fn.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call):
        return body[0].value
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments."""
    return {
        t.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for t in node.targets if isinstance(t, ast.Name)
    }


def find_helpers(tree: ast.Module) -> dict[str, Helper]:
    """The module's translation helpers, by name (helpers calling helpers included)."""
    constants = _constants(tree)
    helpers: dict[str, Helper] = {}
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    for _ in range(2):  # a second pass resolves a helper that calls an earlier helper
        for fn in functions:
            call = _returned_call(fn)
            params = tuple(a.arg for a in fn.args.args)
            if call is None or fn.name in helpers:
                continue
            args = call.args
            if _is_translate(call.func) and len(args) >= 2:
                context = _literal(args[0], constants)
                if context is None or not isinstance(args[1], ast.Name):
                    continue
                n = args[3].id if len(args) > 3 and isinstance(args[3], ast.Name) else None
                helpers[fn.name] = Helper(context, params, args[1].id, n)
            elif isinstance(call.func, ast.Name) and call.func.id in helpers and args:
                inner = helpers[call.func.id]
                first = args[0]
                n = args[1].id if len(args) > 1 and isinstance(args[1], ast.Name) else None
                if isinstance(first, ast.Name):
                    helpers[fn.name] = Helper(inner.context, params, first.id, n)
                elif (isinstance(first, ast.IfExp) and isinstance(first.body, ast.Name)
                      and isinstance(first.orelse, ast.Name)):
                    helpers[fn.name] = Helper(inner.context, params, first.body.id, n,
                                              (first.body.id, first.orelse.id))
    return helpers


def _bind(helper: Helper, call: ast.Call) -> dict[str, ast.expr] | None:
    bound: dict[str, ast.expr] = dict(zip(helper.params, call.args, strict=False))
    for kw in call.keywords:
        if kw.arg is None:
            return None
        bound[kw.arg] = kw.value
    return bound


def _segment(text: str, node: ast.AST) -> str:
    segment = ast.get_source_segment(text, node)
    return segment if segment is not None else "None"


class _Source:
    """Offsets into one file's text (ast columns count UTF-8 bytes, str indexes do not)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def at(self, lineno: int, col: int) -> int:
        raw = self.lines[lineno - 1].encode("utf-8")[:col]
        return self.starts[lineno - 1] + len(raw.decode("utf-8", errors="ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        start = self.at(node.lineno, node.col_offset)  # type: ignore[attr-defined]
        end = self.at(node.end_lineno or node.lineno,  # type: ignore[attr-defined]
                      node.end_col_offset or 0)  # type: ignore[attr-defined]
        return start, end

    def apply(self, edits: list[tuple[int, int, str]]) -> str:
        """Apply non-nested edits; one inside an already kept edit's range is dropped."""
        kept: list[tuple[int, int, str]] = []
        for edit in sorted(edits, key=lambda e: (e[0], -e[1])):
            if kept and edit[0] < kept[-1][1] and edit[1] <= kept[-1][1] and edit[0] != edit[1]:
                continue
            kept.append(edit)
        out = self.text
        for start, end, new in sorted(kept, key=lambda e: (e[0], e[1]), reverse=True):
            out = out[:start] + new + out[end:]
        return out


def _one_line(new: str, original: str) -> str:
    """``new`` on one line, padded with the newlines ``original`` had (lines stay put)."""
    return " ".join(part.strip() for part in new.split("\n")) + "\n" * original.count("\n")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.resolve().relative_to(root.resolve()).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_helpers(paths: list[Path], root: Path = ROOT) -> dict[str, dict[str, Helper]]:
    """Every module's own translate helpers, by module name."""
    return {module_name(p, root): find_helpers(ast.parse(p.read_text(encoding="utf-8")))
            for p in paths}


def imported_helpers(tree: ast.Module, helpers: dict[str, dict[str, Helper]]) -> dict[str, Helper]:
    """Helpers a module imports from another one (``from agent_assist.ui.x import tr``)."""
    found: dict[str, Helper] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in helpers:
            for alias in node.names:
                helper = helpers[node.module].get(alias.name)
                if helper is not None:
                    found[alias.asname or alias.name] = helper
    return found


def _expand_helpers(text: str, imported: dict[str, dict[str, Helper]] | None = None) -> str:
    """Phase 1: each call to a module's translate helper becomes that translate call."""
    tree = ast.parse(text)
    helpers = {**imported_helpers(tree, imported or {}), **find_helpers(tree)}
    if not helpers:
        return text
    src = _Source(text)
    skip = {id(n) for fn in tree.body if isinstance(fn, ast.FunctionDef) and fn.name in helpers
            for n in ast.walk(fn)}
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if (id(node) in skip or not isinstance(node, ast.Call)
                or not isinstance(node.func, ast.Name) or node.func.id not in helpers):
            continue
        helper = helpers[node.func.id]
        bound = _bind(helper, node)
        if bound is None or helper.source not in bound:
            continue
        context = repr(helper.context)
        n_text = _segment(text, bound[helper.plural]) if helper.plural in bound else None
        if helper.alternatives:
            start, end = src.span(node)
            calls = [f"{TRANSLATE}({context}, {_segment(text, bound[p])}, None, {n_text})"
                     for p in helper.alternatives if p in bound]
            edits.append((start, end, _one_line("(" + ", ".join(calls) + ")",
                                                text[start:end])))
            continue
        func_start, func_end = src.span(node.func)
        edits.append((func_start, func_end, TRANSLATE))
        source_start, source_end = src.span(bound[helper.source])
        edits.append((source_start, source_start, f"{context}, "))
        if n_text is not None and helper.plural is not None:
            n_start, _ = src.span(bound[helper.plural])
            if n_start > source_end:  # positional: the disambiguation slot comes before n
                edits.append((n_start, n_start, "None, "))
    return src.apply(edits)


def _tr_call(node: ast.Call) -> tuple[int, int] | None:
    """(index of the source text, index of n) for a call lupdate extracts, else None."""
    func = node.func
    if _is_translate(func):
        return 1, 3
    if (isinstance(func, ast.Attribute) and func.attr == "tr") or (
            isinstance(func, ast.Name) and func.id == "tr"):
        return 0, 2
    return None


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _inline_contexts(text: str) -> str:
    """``translate(_CONTEXT, "…")`` with the constant's text: lupdate reads literals only."""
    tree = ast.parse(text)
    constants = _constants(tree)
    src = _Source(text)
    edits = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and _is_translate(node.func) and node.args
                and isinstance(node.args[0], ast.Name) and node.args[0].id in constants):
            start, end = src.span(node.args[0])
            edits.append((start, end, repr(constants[node.args[0].id])))
    return src.apply(edits)


def _normalize_calls(text: str) -> str:
    """Phase 2: spellings lupdate's Python parser misses, made explicit.

    It drops a ``translate(…, n)`` whose n is an expression and misses plurals whose n is a
    name, so n becomes the literal 1; and ``tr("%n thing" if n == 1 else "%n things", "", n)``
    (English that reads right with no .qm loaded) becomes one call per text.
    """
    text = _inline_contexts(text)
    tree = ast.parse(text)
    src = _Source(text)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        slots = _tr_call(node)
        if slots is None or len(node.args) <= slots[0]:
            continue
        source_index, n_index = slots
        first = node.args[source_index]
        has_n = len(node.args) > n_index
        if isinstance(first, ast.IfExp) and _is_text(first.body) and _is_text(first.orelse):
            start, end = src.span(node)
            call_start, _ = src.span(first)
            head = text[start:call_start]
            tail_start = src.span(first)[1]
            tail = text[tail_start:end]
            if has_n and _is_translate(node.func):
                n_start, n_end = src.span(node.args[n_index])
                tail = text[tail_start:n_start] + "1" + text[n_end:end]
            calls = [head + _segment(text, branch) + tail for branch in (first.body, first.orelse)]
            edits.append((start, end, _one_line("(" + ", ".join(calls) + ")", text[start:end])))
        elif has_n and _is_translate(node.func):
            n_node = node.args[n_index]
            if not (isinstance(n_node, ast.Constant) and isinstance(n_node.value, int)):
                n_start, n_end = src.span(n_node)
                edits.append((n_start, n_end, "1"))
    return src.apply(edits)


def rewrite(text: str, helpers: dict[str, dict[str, Helper]] | None = None) -> str:
    """``text`` as lupdate can read it: helpers spelled out, plurals explicit; same lines.

    ``helpers`` (from :func:`all_helpers`) lets a module use another module's helper.
    """
    return _normalize_calls(_expand_helpers(text, helpers))


def dynamic_sources(root: Path = ROOT) -> list[str]:
    """Calls whose source text lupdate cannot read (a variable, an f-string): such text
    is never extracted, so it can never be translated. Helper bodies are exempt."""
    paths = sources(root)
    helpers = all_helpers(paths, root)
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        local = {**imported_helpers(tree, helpers), **helpers.get(module_name(path, root), {})}
        exempt = {id(n) for fn in tree.body if isinstance(fn, ast.FunctionDef)
                  and fn.name in local for n in ast.walk(fn)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in exempt:
                continue
            if isinstance(node.func, ast.Name) and node.func.id in local:
                index = 0
            else:
                slots = _tr_call(node)
                if slots is None:
                    continue
                index = slots[0]
            if len(node.args) <= index:
                continue
            arg = node.args[index]
            literal = _is_text(arg) or (isinstance(arg, ast.IfExp) and _is_text(arg.body)
                                        and _is_text(arg.orelse))
            if not literal:
                where = path.relative_to(root)
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def lupdate(ts_files: list[Path], *, root: Path = ROOT, plural_only: bool = False) -> str:
    """Run pyside6-lupdate over rewritten copies of the sources into ``ts_files``."""
    with tempfile.TemporaryDirectory(prefix="aa-i18n-") as tmp:
        mirror = Path(tmp)
        copies = []
        paths = sources(root)
        helpers = all_helpers(paths, root)
        for path in paths:
            copy = mirror / path.relative_to(root)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(rewrite(path.read_text(encoding="utf-8"), helpers), encoding="utf-8")
            copies.append(str(copy))
        # The .ts files sit where they live in the repo, so <location> paths read the same.
        staged = []
        for ts in ts_files:
            target = mirror / "resources" / "i18n" / ts.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if ts.exists():
                shutil.copy2(ts, target)
            staged.append(target)
        listing = mirror / "sources.lst"
        listing.write_text("\n".join(copies) + "\n", encoding="utf-8")
        command = [tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "en", "-locations",
                   "absolute", f"@{listing}", "-ts", *map(str, staged)]
        if plural_only:
            command.insert(1, "-pluralonly")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"lupdate failed: {done.stderr.strip() or done.stdout.strip()}")
        for ts, target in zip(ts_files, staged, strict=True):
            ts.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, ts)
        return done.stdout + done.stderr


def update(folder: Path = I18N, root: Path = ROOT) -> str:
    report = lupdate([ts_path(lang, folder) for lang in TRANSLATED], root=root)
    report += lupdate([ts_path(lang, folder) for lang in PLURAL_ONLY], root=root,
                      plural_only=True)
    return report


def release(folder: Path = I18N) -> None:
    for ts in sorted(folder.glob(f"{APP_ID}_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        print(update(), end="")
        return 0
    if argv[:1] == ["release"]:
        release()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
