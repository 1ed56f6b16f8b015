"""Opens the import, export and quarantine dialogs for one window and wires their results.

One dialog of each kind per window: reopening it while an import or export runs shows the
running one. When mail lands (an import, a message released from quarantine) the inbox
refreshes. The dialogs (and the import machinery behind them) load on first use: opening
the window must not pay for them (start-up time is measured).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from agent_assist.services.importer import ImportCounts
    from agent_assist.ui.data.export_dialog import ExportDialog, ExportResult, ExportScope
    from agent_assist.ui.data.import_dialog import ImportDialog
    from agent_assist.ui.data.quarantine_dialog import QuarantineDialog
    from agent_assist.ui.main_window import MainWindow

#: While an import runs the inbox refreshes at most this often, so new mail shows up.
REFRESH_EVERY_SECONDS = 5.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataController", text)


class DataController(QObject):
    """The data feature of one main window."""

    quarantine_seen = Signal()  # the quarantine was opened: "new" items are seen now

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.quarantine_dialog: QuarantineDialog | None = None
        self._last_refresh = 0.0

    # -- import --------------------------------------------------------------------------------

    def open_import(self) -> ImportDialog:
        from agent_assist.ui.data.import_dialog import ImportDialog

        if self.import_dialog is None:
            dialog = ImportDialog(self.window.workspace.profile, self.window)
            dialog.import_finished.connect(self._imported)
            dialog.quarantine_requested.connect(self.open_quarantine)
            dialog.progressed.connect(lambda _progress: self._refresh_now_and_then())
            self.import_dialog = dialog
        _present(self.import_dialog)
        return self.import_dialog

    def _refresh_now_and_then(self) -> None:
        now = time.monotonic()
        if now - self._last_refresh >= REFRESH_EVERY_SECONDS:
            self._last_refresh = now
            self.window.refresh()

    def _imported(self, counts: ImportCounts) -> None:
        from agent_assist.ui.data.import_dialog import summary_text

        self.window.refresh()
        dialog = self.import_dialog
        if dialog is not None and not dialog.isVisible():
            # Finished while hidden: say so where the person is looking.
            self.window.notify(summary_text(counts).splitlines()[0])
        if self.quarantine_dialog is not None and self.quarantine_dialog.isVisible():
            self.quarantine_dialog.reload()

    # -- export --------------------------------------------------------------------------------

    def current_scope(self) -> ExportScope:
        """What the window shows now: the open conversation and the listed ones."""
        from agent_assist.ui.data.export_dialog import ExportScope

        window = self.window
        inbox = window.inbox
        if inbox.is_searching():
            model = inbox.search_model
            found = (model.result(row) for row in range(model.rowCount()))
            listed = tuple(dict.fromkeys(r.conversation_id for r in found if r is not None))
            title = _tr("search results")
        else:
            listed = tuple(inbox.model.ids())
            title = _view_title(window)
        total = window.workspace.repos().conversations.total()
        return ExportScope(window.open_id, listed, total, title)

    def open_export(self) -> ExportDialog:
        from agent_assist.ui.data.export_dialog import ExportDialog

        scope = self.current_scope()
        if self.export_dialog is None:
            dialog = ExportDialog(self.window.workspace.profile, scope, self.window)
            dialog.export_finished.connect(self._exported)
            self.export_dialog = dialog
        elif not self.export_dialog.running:
            self.export_dialog.set_scope(scope)
        _present(self.export_dialog)
        return self.export_dialog

    def _exported(self, result: ExportResult | None) -> None:
        dialog = self.export_dialog
        if result is not None and dialog is not None and not dialog.isVisible():
            self.window.notify(dialog.message.text())

    # -- quarantine ------------------------------------------------------------------------------

    def open_quarantine(self) -> QuarantineDialog:
        from agent_assist.ui.data.quarantine_dialog import QuarantineDialog

        if self.quarantine_dialog is None:
            dialog = QuarantineDialog(self.window.workspace, self.window.runner, self.window)
            dialog.stored.connect(lambda _cid: self.window.refresh())
            self.quarantine_dialog = dialog
        else:
            self.quarantine_dialog.reload()
        _present(self.quarantine_dialog)
        workspace = self.window.workspace

        def mark_seen() -> None:
            from agent_assist.services.quarantine import QuarantineService

            QuarantineService(workspace.repos(), workspace.ingestor()).mark_seen()

        self.window.runner.run(mark_seen, on_done=lambda _none: self.quarantine_seen.emit(),
                               what=self.tr("Opening the quarantine"))
        return self.quarantine_dialog

    # -- lifecycle -------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """The window closes: stop a running import or export and wait for its thread."""
        for dialog in (self.import_dialog, self.export_dialog):
            if dialog is not None:
                dialog.shutdown()


def _view_title(window: MainWindow) -> str:
    entry = window.nav_model.entry(window.nav_model.row_of(window.nav.current_key()))
    return entry.label if entry else ""


def _present(dialog: ImportDialog | ExportDialog | QuarantineDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
