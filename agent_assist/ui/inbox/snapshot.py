"""What one refresh reads (ids of the shown view plus every navigation count), off the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.navigation.model import count_queries


@dataclass(frozen=True, slots=True)
class InboxSnapshot:
    """The ids of ``query`` in display order and the counts for the navigation."""

    query: InboxQuery
    ids: list[int]
    counts: dict[str, int]


def load_snapshot(
    workspace: Workspace, query: InboxQuery, agent_id: int | None = None
) -> InboxSnapshot:
    """Runs on the writer worker so it sees every write queued before it, in order."""
    counts = workspace.view_counts(count_queries(agent_id=agent_id))
    return InboxSnapshot(query, workspace.inbox_ids(query), counts)
