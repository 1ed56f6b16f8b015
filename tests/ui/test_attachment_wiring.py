"""An email's attachments are buttons (save / ask-then-open), not just names, in the thread."""

from __future__ import annotations

from agent_assist.core.models import Channel, IncomingAttachment, IncomingMessage
from agent_assist.services.workspace import Workspace
from agent_assist.ui.attachments import AttachmentStrip


def test_thread_shows_an_attachment_strip(workspace: Workspace, make_window) -> None:  # type: ignore[no-untyped-def]
    result = workspace.ingestor().ingest(IncomingMessage(
        provider_key="att:1", channel=Channel.EMAIL, sender_address="lea@example.com",
        subject="Broken vase", body_text="Photo attached.", sent_at=1000.0,
        attachments=[IncomingAttachment("vase.jpg", "image/jpeg", b"\xff\xd8jpeg")],
    ))
    window = make_window(workspace)
    window.open_conversation(result.conversation_id or 0)
    strips = window.conversation.findChildren(AttachmentStrip)
    assert len(strips) == 1
    assert [b.text() for b in strips[0].buttons] and "vase.jpg" in strips[0].buttons[0].text()
