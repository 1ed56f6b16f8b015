"""The guidance panel's sections as small widgets, rebuilt from one ``Guidance`` each time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.guidance import (
    CustomerCard,
    Detected,
    Guidance,
    PastReply,
    PlaybookCard,
    TemplateSuggestion,
    Why,
)
from agent_assist.ui.labels import format_wait
from agent_assist.ui.text_direction import direction_for

_CONTEXT = "GuidanceCards"
_EXCERPT = 220


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def language_label(code: str) -> str:
    """A language in its own words ("français", "العربية"), or the code."""
    if not code:
        return "—"
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return locale.nativeLanguageName() or code


def outcome_label(outcome: str) -> str:
    return {
        "needs_reply": tr("waiting for us"), "answered": tr("answered"),
        "waiting_on_customer": tr("waiting on the customer"), "snoozed": tr("snoozed"),
        "closed": tr("closed"),
    }.get(outcome, outcome)


def handle_label(kind: str) -> str:
    return {"email": tr("Email"), "telegram": tr("Telegram"), "matrix": tr("Matrix"),
            "phone": tr("Phone"), "demo": tr("Chat")}.get(kind, kind)


def reason_text(why: Why, labels: dict[str, str] | None = None) -> str:
    """A reason as the agent reads it: what fired and the customer's words.

    ``labels`` names detected topics and tones in the agent's language.
    """
    words = ", ".join(f"“{w}”" for w in why.words)
    kinds = {
        "topic": tr("topic"), "topics": tr("topic"), "tone": tr("tone"), "tones": tr("tone"),
        "signal": tr("signal"), "signals": tr("signal"), "keywords": tr("words"),
        "patterns": tr("pattern"), "playbook": tr("recommended by the playbook"),
        "similar": tr("close to the customer's words"), "out_of_hours": tr("shop closed now"),
        "no_order_number": tr("no order number yet"), "wait": tr("long wait"),
        "repeat_contact": tr("customer wrote again"), "tags": tr("tag"),
        "channels": tr("channel"), "min_wait_minutes": tr("long wait"),
    }
    head = kinds.get(why.kind, why.kind)
    name = (labels or {}).get(why.key) or why.key.replace("_", " ")
    parts = [head, name if why.kind not in ("playbook", "wait") else ""]
    text = " ".join(p for p in parts if p)
    return f"{text}: {words}" if words else text


def _label(text: str, name: str = "", *, rich: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if wrap:  # a wrapping label follows the panel's width instead of setting it
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(40)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1].rstrip() + "…"


class Section(QFrame):
    """A titled card in the panel."""

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setObjectName("guidanceCard")
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.setSpacing(6)
        heading = _label(title.upper(), "sectionTitle", wrap=False)
        heading.setAccessibleName(title)
        self.body.addWidget(heading)
        self.content_name = name

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget


def customer_section(card: CustomerCard) -> Section:
    section = Section(tr("Customer"), "customer")
    section.add(_label(card.name or tr("Unknown customer"), "cardTitle"))
    if card.repeat_contact:
        banner = _label(tr("Wrote to us again within 7 days: read the history first."),
                        "repeatBanner")
        section.add(banner)
    for kind, value in card.handles:
        section.add(_label(f"{handle_label(kind)}: {value}", "meta"))
    section.add(_label(tr("Language: {language}").format(language=language_label(card.language))))
    section.add(_label(tr("Conversations: {n}").format(n=card.total_conversations)))
    for past in card.past[:5]:
        subject = past.subject or tr("(no subject)")
        section.add(_label(f"• {subject} — {outcome_label(past.outcome)}", "meta"))
    if card.notes.strip():
        section.add(_label(tr("Notes: {notes}").format(notes=card.notes.strip())))
    for note in card.team_notes[:2]:
        section.add(_label(tr("Team note: {note}").format(note=_excerpt(note)), "teamNote"))
    return section


def _detected_line(items: tuple[Detected, ...], empty: str) -> list[QWidget]:
    """One row per topic or tone: its name as a chip, then the words that matched."""
    if not items:
        return [_label(empty, "meta")]
    rows: list[QWidget] = []
    for d in items:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        chip = _label(d.label, "chip", wrap=False)
        why = ", ".join(f"“{w}”" for w in d.words)
        chip.setToolTip(tr("Because the customer wrote {words}").format(words=why))
        line.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(_label(why, "meta"), 1)
        row.setAccessibleName(tr("{label}, because of {words}").format(label=d.label, words=why))
        rows.append(row)
    return rows


def situation_section(g: Guidance) -> Section:
    section = Section(tr("Situation"), "situation")
    s = g.situation
    if s.needs_reply and s.waiting_seconds is not None:
        section.add(_label(tr("Waiting for {wait}").format(wait=format_wait(s.waiting_seconds))))
    else:
        section.add(_label(tr("Not waiting for us"), "meta"))
    # The SLA engine owns targets and business hours; its state shows here once wired.
    section.add(_label(tr("SLA: see the waiting clock in the list"), "meta"))
    section.add(_label(tr("Language: {language}").format(language=language_label(g.language))))
    if s.out_of_hours:
        section.add(_label(tr("The shop is closed now."), "warning"))
    if s.order_number:
        section.add(_label(tr("Order: {number}").format(number=s.order_number)))
    section.add(_label(tr("Topics"), "subTitle"))
    for row in _detected_line(s.topics, tr("No particular topic detected")):
        section.add(row)
    section.add(_label(tr("Tone"), "subTitle"))
    for row in _detected_line(s.tones, tr("Neutral")):
        section.add(row)
    return section


class PlaybookSection(Section):
    """The playbook with its checklist (ticks are remembered per conversation)."""

    def __init__(self, card: PlaybookCard | None, ticked: set[int],
                 on_tick: Callable[[int, bool], None],
                 labels: dict[str, str] | None = None) -> None:
        super().__init__(tr("Playbook"), "playbook")
        self.checkboxes: list[QCheckBox] = []
        if card is None:
            self.add(_label(tr("No playbook for this situation."), "meta"))
            return
        self.add(_label(card.name, "cardTitle"))
        if card.summary:
            self.add(_label(card.summary))
        if card.reasons:
            why = "; ".join(reason_text(r, labels) for r in card.reasons)
            self.add(_label(tr("Why: {reasons}").format(reasons=why), "meta"))
        steps = "".join(f"<li>{_escape(step)}</li>" for step in card.steps)
        self.add(_label(f"<ol style='margin-left:-20px'>{steps}</ol>", rich=True))
        self.add(_label(tr("Checklist"), "subTitle"))
        for index, item in enumerate(card.checklist):
            # A check box does not wrap its text: the box and a wrapping label side by side.
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox()
            box.setAccessibleName(item)
            box.setChecked(index in ticked)
            box.toggled.connect(lambda on, i=index: on_tick(i, on))
            text = _label(item)
            text.setBuddy(box)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.checkboxes.append(box)
            self.add(row)
        if card.do:
            self.add(_label(tr("Say"), "subTitle"))
            for advice in card.do:
                self.add(_label(f"✓ {advice}", "doLine"))
        if card.dont:
            self.add(_label(tr("Avoid"), "subTitle"))
            for advice in card.dont:
                self.add(_label(f"✗ {advice}", "dontLine"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SuggestionsSection(Section):
    """Ranked templates and past replies, each insertable with one click."""

    template_clicked = Signal(str, str)
    reply_clicked = Signal(str)

    def __init__(self, templates: tuple[TemplateSuggestion, ...],
                 replies: tuple[PastReply, ...], labels: dict[str, str] | None = None) -> None:
        super().__init__(tr("Suggested replies"), "suggestions")
        self.template_buttons: list[QPushButton] = []
        self.reply_buttons: list[QPushButton] = []
        for s in templates:
            shortcut = f"/{s.shortcut}" if s.shortcut else ""
            button = QPushButton(f"{s.name}  · {s.language.upper()}  {shortcut}".rstrip())
            button.setObjectName("templateButton")
            # Long names must not widen the panel: the button shrinks, the tooltip says all.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(40)
            button.setToolTip("\n".join(reason_text(r, labels) for r in s.reasons)
                              or tr("General-purpose template"))
            button.setAccessibleName(tr("Insert the template {name}").format(name=s.name))
            button.clicked.connect(lambda _c=False, k=s.key, lang=s.language:
                                   self.template_clicked.emit(k, lang))
            self.template_buttons.append(button)
            self.add(button)
        self.add(_label(tr("How we answered similar messages"), "subTitle"))
        if not replies:
            self.add(_label(tr("No similar conversation yet."), "meta"))
        for r in replies:
            frame = QFrame()
            frame.setObjectName("pastReply")
            box = QVBoxLayout(frame)
            box.setContentsMargins(8, 6, 8, 6)
            asked = _label(tr("They wrote: {text}").format(text=_excerpt(r.customer_text)),
                           "meta")
            answer = _label(_excerpt(r.reply_text))
            answer.setLayoutDirection(direction_for(r.reply_text))
            row = QHBoxLayout()
            row.addStretch(1)
            answer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            asked.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            insert = QPushButton(tr("Insert"))
            insert.setAccessibleName(tr("Insert this past reply"))
            insert.clicked.connect(lambda _c=False, text=r.reply_text:
                                   self.reply_clicked.emit(text))
            self.reply_buttons.append(insert)
            row.addWidget(insert)
            box.addWidget(asked)
            box.addWidget(answer)
            box.addLayout(row)
            self.add(frame)
