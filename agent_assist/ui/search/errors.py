"""What a refused search or saved search says, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_assist.core.search_query import QueryError
from agent_assist.storage.saved_searches import SavedSearchError


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchErrors", text)


def _sentences() -> dict[str, str]:
    # Built on each call: the language may change while the app runs.
    return {
        "unknown_filter": _tr(
            "There is no “{name}:” filter; use channel:, status:, agent:, assignee:, "
            "contact:, after:, before:, has:attachment, tag: or in:notes (or put the words "
            "in quotes)."),
        "empty_filter": _tr("“{name}:” needs a value, for example {example}."),
        "bad_value": _tr("“{value}” is not a value of {name}:; use {choices}."),
        "bad_date": _tr("“{value}” is not a date for {name}:; use a date like 2026-01-31, "
                        "today, yesterday or 7d."),
        "from_person": _tr("“from:” takes a date; to find what {value} wrote, use "
                           "contact:{value}."),
        "negated_date": _tr("A date filter cannot be negated: use before: instead of -after:, "
                            "and after: instead of -before:."),
        "date_order": _tr("No message can be on or after {after} and before {before}."),
        "unknown_agent": _tr("There is no agent called “{value}”."),
        "empty_query": _tr("There is nothing to save: type a search first."),
        "empty_name": _tr("Give the saved search a name."),
        "long_name": _tr("Keep the name under {limit} characters."),
        "taken": _tr("A saved search called “{name}” already exists."),
        "missing": _tr("That saved search no longer exists."),
    }


def describe(error: QueryError | SavedSearchError) -> str:
    """One sentence for the user (English from the error itself when the code is new)."""
    sentence = _sentences().get(error.code)
    if sentence is None:
        return str(error)
    try:
        return sentence.format(**error.params)
    except (KeyError, IndexError):  # a translation with a wrong placeholder: say it anyway
        return str(error)
