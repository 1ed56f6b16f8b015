"""Rendering reply templates in a bounded Jinja2 sandbox (see core.templates)."""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from agent_assist.core.templates import MAX_OUTPUT, MAX_SOURCE, TemplateError

_MAX_REPEAT = 2_000  # "x" * n and friends: enough for a separator line, not a memory bomb


class _TooLarge(SecurityError):
    """A template tried to build text or a number far too large for a reply."""


def _checked_repeat(left: Any, right: Any) -> Any:
    sizes = [len(x) for x in (left, right) if isinstance(x, str | list | tuple)]
    counts = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
    if sizes and counts and sizes[0] * max(counts[0], 0) > _MAX_REPEAT:
        raise _TooLarge("repetition too large")
    return operator.mul(left, right)


def _checked_power(left: Any, right: Any) -> Any:
    if isinstance(right, int | float) and isinstance(left, int | float):
        bits = max(abs(int(left)).bit_length(), 1)
        if abs(right) > 64 or bits * abs(right) > 4096:
            raise _TooLarge("power too large")
    return operator.pow(left, right)


class _Sandbox(SandboxedEnvironment):
    """The stock sandbox, with repetition and powers bounded so a template can't hang us."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "*":
            return _checked_repeat(left, right)
        if operator_name == "**":
            return _checked_power(left, right)
        return super().call_binop(context, operator_name, left, right)


class Namespace(dict[str, Any]):
    """A group of template values that knows its own name, for clear error messages."""

    def __init__(self, path: str, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self._path = path


class _Undefined(jinja2.StrictUndefined):
    """Strict, and names the full path ("customer.first_name") when a value is missing."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        owner = self._undefined_obj
        name = str(self._undefined_name)
        if isinstance(owner, Namespace):
            name = f"{owner._path}.{name}"
        return f"{_MISSING}{name}"


_MISSING = "missing value: "


def _environment() -> SandboxedEnvironment:
    env = _Sandbox(autoescape=False, undefined=_Undefined, keep_trailing_newline=False)
    # No globals at all (range, cycler, joiner, lipsum, namespace, dict): templates only
    # need the values we pass in, and every global is one more thing to misuse.
    env.globals.clear()
    return env


_ENV = _environment()
_CACHE: dict[str, jinja2.Template] = {}
_CACHE_LIMIT = 512


def compile_source(source: str) -> jinja2.Template:
    cached = _CACHE.get(source)
    if cached is not None:
        return cached
    if len(source) > MAX_SOURCE:
        raise TemplateError(f"The template is too long (over {MAX_SOURCE:,} characters).")
    try:
        compiled = _ENV.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"Line {exc.lineno} of the template has an error: {exc.message or 'invalid syntax'}."
        ) from None
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[source] = compiled
    return compiled


def render_sandboxed(source: str, context: Mapping[str, Any]) -> str:
    """Render one template text in the sandbox (untidied); raises :class:`TemplateError`."""
    template = compile_source(source)
    values = {k: Namespace(k, v) if isinstance(v, Mapping) else v for k, v in context.items()}
    try:
        text = template.render(**values)
    except _TooLarge:
        raise TemplateError(
            "The template builds text or numbers far too large for a reply.") from None
    except SecurityError as exc:
        what = _first_quoted(str(exc))
        raise TemplateError(
            "The template uses something that is not allowed"
            + (f" ({what})." if what else ".")
        ) from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(_undefined_message(str(exc))) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"The template could not be filled in: {exc}.") from None
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise TemplateError(f"The template could not be filled in: {exc}.") from None
    if len(text) > MAX_OUTPUT:
        raise TemplateError(f"The filled-in template is too long (over {MAX_OUTPUT:,} characters).")
    return text


def _first_quoted(message: str) -> str:
    m = re.search(r"'([^']+)'", message)
    return m.group(1) if m else ""


def _undefined_message(message: str) -> str:
    if message.startswith(_MISSING):
        name = message[len(_MISSING):]
        if not name.rsplit(".", 1)[-1].startswith("_"):
            return (f"The template uses “{name}”, which has no value here; give it a fallback "
                    f"such as {{{{ {name} | default(\"…\") }}}}.")
    what = _first_quoted(message)
    return "The template uses something that is not allowed" + (f" ({what})." if what else ".")
