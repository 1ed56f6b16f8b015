"""Quitting while customers wait: list who is still waiting and ask to confirm."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_assist.services.sla import WaitingClock
from agent_assist.ui.sla_badge import format_business_duration

SHOWN = 8
Ask = Callable[[QMessageBox], bool]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("QuitGuard", text, None, n)


def waiting_lines(waiting: Sequence[WaitingClock], shown: int = SHOWN) -> list[str]:
    """ "• Ana Lopez — Where is my order? (2 h 10 min, overdue)", longest wait first."""
    lines = []
    for item in waiting[:shown]:
        conv, clock = item.conversation, item.clock
        who = conv.contact_name or _tr("Unknown customer")
        wait = format_business_duration(clock.elapsed)
        if clock.state.value == "breached":
            wait = _tr("{wait}, overdue").format(wait=wait)
        subject = f" — {conv.subject}" if conv.subject else ""
        lines.append(f"• {who}{subject} ({wait})")
    if len(waiting) > shown:
        lines.append(_tr("… and %n more", len(waiting) - shown))
    return lines


def quit_box(parent: QWidget | None, waiting: Sequence[WaitingClock]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("quitConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Quit Agent Assist?"))
    n = len(waiting)
    box.setText(_tr("%n customer is still waiting for an answer:" if n == 1 else
                    "%n customers are still waiting for an answer:", n))
    box.setInformativeText("\n".join(waiting_lines(waiting)) + "\n\n" + _tr(
        "After quitting, no new messages arrive and no reminders appear until you open "
        "Agent Assist again."))
    quit_button = box.addButton(_tr("Quit anyway"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(_tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quitAnyway")
    stay.setObjectName("keepRunning")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    return box


def ask_modal(box: QMessageBox) -> bool:
    """The default way to ask: a modal dialog; True when the agent chose to quit."""
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "quitAnyway"


def confirm_quit(parent: QWidget | None, waiting: Sequence[WaitingClock],
                 ask: Ask = ask_modal) -> bool:
    """True to quit: at once when nobody waits, else only if the agent confirms."""
    if not waiting:
        return True
    return ask(quit_box(parent, waiting))
