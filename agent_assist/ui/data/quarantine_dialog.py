"""Quarantined messages: what could not be read, its exact bytes, save them, try again.

The list and the bytes are cheap reads on the GUI thread's own connection; "Try again"
writes (the message is stored), so it runs on the window's writer worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import QuarantinedMessage
from agent_assist.services.quarantine import (
    PREVIEW_BYTES,
    QuarantineError,
    QuarantineService,
    RetryResult,
    preview,
)
from agent_assist.services.workspace import Workspace
from agent_assist.ui.bridge import TaskRunner
from agent_assist.ui.i18n import format_date, format_time, isolate

ModelIndex = QModelIndex | QPersistentModelIndex
ChoosePath = Callable[[QWidget, str], str]  # parent, suggested path
COLUMNS = ("when", "source", "error", "size")


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuarantineDialog", text)


def choose_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Save the raw message"), suggested,
                                                _tr("Email (*.eml);;All files (*)"))
    return path


class QuarantineModel(QAbstractTableModel):
    """The quarantined items, newest first (a short list: it is capped by the service)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[QuarantinedMessage] = []

    def set_items(self, items: list[QuarantinedMessage]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> QuarantinedMessage | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                "when": f"{format_date(item.created_at)} {format_time(item.created_at)}",
                "source": isolate(item.source),
                "error": item.error,
                "size": QLocale().formattedDataSize(item.size),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(COLUMNS)):
            return None
        return {"when": _tr("When"), "source": _tr("Source"), "error": _tr("Problem"),
                "size": _tr("Size")}[COLUMNS[section]]


class QuarantineDialog(QDialog):
    """Lists quarantined items; ``stored(conversation_id)`` when one was read after all."""

    stored = Signal(object)  # the conversation id (or None) a released message went to

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarantineDialog")
        self.setWindowTitle(self.tr("Quarantined messages"))
        self.workspace = workspace
        self.runner = runner
        self.choose_path: ChoosePath = choose_path
        self.folder = Path.home()
        self.model = QuarantineModel(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = self._table()
        self.raw_view = QPlainTextEdit()
        self.raw_view.setObjectName("quarantineRaw")
        self.raw_view.setReadOnly(True)
        self.raw_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Raw mail is technical text: always left to right, also in a mirrored interface.
        self.raw_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.raw_note = QLabel()
        self.message = QLabel()
        self.message.setObjectName("quarantineMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save raw…"))
        self.save_button.clicked.connect(self.save_selected)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Read the message again with this version of the "
                                             "app; if it works, it joins the inbox."))
        self.retry_button.clicked.connect(self.retry_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self._layout(close)
        self.resize(820, 560)
        self.reload()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("quarantineTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("error"), QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        return table

    def _layout(self, close: QPushButton) -> None:
        raw = QWidget()
        raw_layout = QVBoxLayout(raw)
        raw_layout.setContentsMargins(0, 0, 0, 0)
        raw_layout.addWidget(self.raw_view, 1)
        raw_layout.addWidget(self.raw_note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(raw)
        split.setSizes([220, 300])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def service(self) -> QuarantineService:
        """On the calling thread's own connection (the GUI's for reads, the worker's for writes)."""
        return QuarantineService(self.workspace.repos(), self.workspace.ingestor())

    # -- reading -------------------------------------------------------------------------------

    def reload(self, keep_id: int | None = None) -> None:
        service = self.service()
        items = service.list()
        self.model.set_items(items)
        total = service.count()
        if total:
            self.intro.setText(QCoreApplication.translate(
                "QuarantineDialog", "%n message(s) could not be read. Each is kept here with "
                "its exact bytes; nothing is deleted.", None, total))
        else:
            self.intro.setText(self.tr("No quarantined messages: everything could be read."))
        rows = [i for i, item in enumerate(items) if item.id == keep_id]
        self.select_row(rows[0] if rows else 0)

    def select_row(self, row: int) -> None:
        """Select (and show) the item on ``row``; nothing when the list is empty."""
        index = self.model.index(row, 0)
        if index.isValid():
            # Through the selection model: QTableView.selectRow() selects nothing in a
            # right-to-left table that has not been laid out yet.
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().setCurrentIndex(index, flags)
        self._show_selected()

    def selected(self) -> QuarantinedMessage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        item = self.selected()
        self.save_button.setEnabled(item is not None)
        self.retry_button.setEnabled(item is not None and self.service().can_retry(item.id))
        if item is None:
            self.raw_view.clear()
            self.raw_note.clear()
            return
        try:
            text, cut = preview(self.service().raw(item.id))
        except QuarantineError as exc:
            text, cut = str(exc), False
        self.raw_view.setPlainText(text)
        locale = QLocale()
        self.raw_note.setText(self.tr("Showing the first {shown} of {size}.").format(
            shown=locale.formattedDataSize(PREVIEW_BYTES),
            size=locale.formattedDataSize(item.size)) if cut else "")

    # -- actions -------------------------------------------------------------------------------

    def save_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        suggested = self.folder / f"quarantined-{item.id}.eml"
        chosen = self.choose_path(self, str(suggested))
        if not chosen:
            return
        path = Path(chosen)
        try:
            size = self.service().save_raw(item.id, path)
        except QuarantineError as exc:
            self.message.setText(str(exc))
            return
        self.folder = path.parent
        self.message.setText(self.tr("Saved {size} to {path}.").format(
            size=QLocale().formattedDataSize(size), path=isolate(str(path))))

    def retry_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.retry_button.setEnabled(False)
        service = self.service
        self.runner.run(lambda: service().retry(item.id),
                        on_done=lambda result: self._retried(item.id, result),
                        on_error=lambda text: self._retry_failed(item.id, text),
                        what=self.tr("Reading the message again"))

    def _retried(self, quarantine_id: int, result: RetryResult) -> None:
        if result.stored:
            self.message.setText(self.tr("The message was read and added to the inbox; it "
                                         "left the quarantine."))
            self.stored.emit(result.conversation_id)
        else:
            self.message.setText(self.tr("Still unreadable: {error}").format(error=result.error))
        self.reload(keep_id=quarantine_id)

    def _retry_failed(self, quarantine_id: int, text: str) -> None:
        self.message.setText(text)
        self.reload(keep_id=quarantine_id)
