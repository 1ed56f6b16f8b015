"""The "Email account" dialog: IMAP and SMTP servers, login, folders; Test connection; Save.

Network and keychain work runs on the dialog's own worker thread. A failure is one
sentence under the form, which stays open with the input intact. The password goes to the
keychain (SecretStore) only; when editing, an empty password field keeps the stored one.
The account name and address are fixed once created (the keychain entry and the replies'
From address depend on them): to change them, remove the account and add it again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Account, Channel
from agent_assist.services.email.accounts import (
    ConnectionReport,
    EmailSettings,
    TlsMode,
    add_email_account,
    test_imap,
)
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.bridge import TaskRunner

#: Usual ports per encryption mode, offered when the user switches mode.
IMAP_PORTS: dict[str, int] = {"ssl": 993, "starttls": 143, "none": 143}
SMTP_PORTS: dict[str, int] = {"ssl": 465, "starttls": 587, "none": 25}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailAccountDialog", text)


class _TypedPassword(SecretStore):
    """The password typed in the form, for a test before anything is stored."""

    def __init__(self, password: str) -> None:  # no keychain involved: no super().__init__
        self._password = password

    def get(self, account_name: str) -> str:
        return self._password


class EmailAccountDialog(QDialog):
    """Adds an email account, or edits one; ``saved(name)`` fires once it is stored."""

    saved = Signal(str)
    checked = Signal(bool)  # a Test or Save attempt finished (True: it worked)

    def __init__(
        self, workspace: Workspace, secrets: SecretStore, *, account: Account | None = None,
        tasks: TaskRunner | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.secrets, self.account = workspace, secrets, account
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.setWindowTitle(_tr("Edit email account") if account else _tr("Add an email account"))
        self.name = self._line("name", _tr("Shop mail"))
        self.email = self._line("email", "contact@shop.example")
        self.user = self._line("user", _tr("usually the email address"))
        self.password = self._line("password", _tr("unchanged") if account else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.imap_host, self.imap_port, self.imap_tls = self._server("imap", IMAP_PORTS)
        self.smtp_host, self.smtp_port, self.smtp_tls = self._server("smtp", SMTP_PORTS)
        self.folders = self._line("folders", "INBOX")
        self.folders.setText("INBOX")
        self.watch_sent = QCheckBox(_tr("Also watch the Sent folder, so replies sent from a "
                                        "phone or webmail count as answers"))
        self.watch_sent.setObjectName("watch_sent")
        self.watch_sent.setChecked(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(_tr("Test connection"))
        self.test_button.setObjectName("test")
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_tr("Save") if account else _tr("Add"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        if account is not None:
            self._load(account)

    # -- building -----------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def _server(self, kind: str, ports: dict[str, int]) -> tuple[QLineEdit, QSpinBox, QComboBox]:
        host = self._line(f"{kind}_host", f"{kind}.shop.example")
        port = QSpinBox()
        port.setObjectName(f"{kind}_port")
        port.setRange(1, 65535)
        port.setValue(ports["ssl"])
        tls = QComboBox()
        tls.setObjectName(f"{kind}_tls")
        for label, mode in ((_tr("SSL/TLS"), "ssl"), (_tr("STARTTLS"), "starttls"),
                            (_tr("None (unencrypted)"), "none")):
            tls.addItem(label, mode)

        def follow(_index: int) -> None:
            # Switching mode moves a usual port to the new mode's usual port; a custom one stays.
            if port.value() in ports.values():
                port.setValue(ports[str(tls.currentData())])

        tls.currentIndexChanged.connect(follow)
        return host, port, tls

    def _layout(self) -> None:
        who = QFormLayout()
        who.addRow(_tr("Account name"), self.name)
        who.addRow(_tr("Email address"), self.email)
        who.addRow(_tr("User name"), self.user)
        who.addRow(_tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(who)
        for title, host, port, tls in (
            (_tr("Incoming mail (IMAP)"), self.imap_host, self.imap_port, self.imap_tls),
            (_tr("Outgoing mail (SMTP)"), self.smtp_host, self.smtp_port, self.smtp_tls),
        ):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.addRow(_tr("Server"), host)
            row = QHBoxLayout()
            row.addWidget(port)
            row.addWidget(QLabel(_tr("Encryption")))
            row.addWidget(tls, 1)
            form.addRow(_tr("Port"), row)
            layout.addWidget(box)
        folders = QFormLayout()
        folders.addRow(_tr("Folders to watch"), self.folders)
        layout.addLayout(folders)
        hint = QLabel(_tr("Separate folder names with commas. Nothing is ever marked read, "
                          "moved or deleted on the server."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.watch_sent)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _load(self, account: Account) -> None:
        settings = EmailSettings.from_account(account)
        self.name.setText(account.name)
        self.email.setText(account.address or settings.email)
        for line in (self.name, self.email):
            line.setReadOnly(True)
            line.setToolTip(_tr("To change this, remove the account and add it again."))
        self.user.setText(settings.user)
        for host, port, tls, (h, p, t) in (
            (self.imap_host, self.imap_port, self.imap_tls,
             (settings.imap_host, settings.imap_port, settings.imap_tls)),
            (self.smtp_host, self.smtp_port, self.smtp_tls,
             (settings.smtp_host, settings.smtp_port, settings.smtp_tls)),
        ):
            host.setText(h)
            tls.setCurrentIndex(max(0, tls.findData(t)))
            port.setValue(int(p))  # after the mode: its usual port must not overwrite this
        self.folders.setText(", ".join(settings.folders))
        self.watch_sent.setChecked(settings.watch_sent)

    # -- reading the form -----------------------------------------------------------------------

    def settings(self) -> EmailSettings | None:
        """The form as settings, or None after showing what is missing."""
        email = self.email.text().strip().lower()
        missing = [
            (not self.name.text().strip(), _tr("Please give the account a name.")),
            ("@" not in email, _tr("Please enter the email address customers write to.")),
            (not self.imap_host.text().strip(),
             _tr("Please enter the incoming (IMAP) server, for example imap.example.com.")),
            (not self.smtp_host.text().strip(),
             _tr("Please enter the outgoing (SMTP) server, for example smtp.example.com.")),
        ]
        for bad, sentence in missing:
            if bad:
                self._show(False, sentence)
                return None
        folders = tuple(f.strip() for f in self.folders.text().split(",") if f.strip())
        base: dict[str, Any] = dict(self.account.settings) if self.account else {}
        return EmailSettings(
            imap_host=self.imap_host.text().strip(), imap_port=self.imap_port.value(),
            imap_tls=_mode(self.imap_tls), smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(), smtp_tls=_mode(self.smtp_tls),
            user=self.user.text().strip() or email, email=email,
            folders=folders or ("INBOX",), watch_sent=self.watch_sent.isChecked(),
            server_saves_sent=bool(base.get("server_saves_sent", False)),
            timeout=float(base.get("timeout", 30.0)), extra=dict(base.get("extra") or {}),
        )

    # -- actions --------------------------------------------------------------------------------

    def test(self) -> None:
        """Log in with what the form says and list what the server offers."""
        settings = self.settings()
        if settings is None:
            return
        name = self.name.text().strip()
        typed, secrets = self.password.text(), self.secrets
        probe = Account(id=self.account.id if self.account else 0, name=name,
                        channel=Channel.EMAIL, address=settings.email,
                        settings=settings.as_json())
        if not typed and self.account is None:
            self._show(False, _tr("Please enter the password."))
            return

        def job() -> ConnectionReport:
            # Editing with an empty field: test with the stored password.
            return test_imap(probe, _TypedPassword(typed) if typed else secrets)

        self._start(_tr("Connecting to {host}…").format(host=settings.imap_host))
        self.tasks.run(job, on_done=self._tested, on_error=lambda m: self._show(False, m))

    def _tested(self, report: ConnectionReport) -> None:
        sent = report.sent_folder or _tr("none found")
        self._show(True, _tr("Connected and logged in. Folders: {folders}. Sent folder: "
                             "{sent}. The server offers: {caps}.").format(
            folders=", ".join(report.folders), sent=sent, caps=" ".join(report.capabilities)))

    def save(self) -> None:
        """Store the account (password to the keychain), or the edited settings."""
        settings = self.settings()
        if settings is None:
            return
        name, password = self.name.text().strip(), self.password.text()
        if self.account is None and not password:
            self._show(False, _tr("Please enter the password."))
            return
        workspace, secrets, account = self.workspace, self.secrets, self.account

        def job() -> str:
            repos = workspace.repos()
            if account is None:
                return add_email_account(repos, secrets, name, settings, password).name
            if password:
                secrets.set(account.name, password)  # first: a refusal changes nothing
            with repos.db.atomic():
                repos.accounts.update_settings(account.id, settings.as_json())
            return account.name

        self._start(_tr("Saving…"))
        self.tasks.run(job, on_done=self._saved, on_error=lambda m: self._show(False, m))

    def _saved(self, name: str) -> None:
        self.password.clear()
        self._show(True, _tr("Saved {name}.").format(name=name))
        self.saved.emit(name)
        self.accept()

    def _start(self, message: str) -> None:
        self.status.setText(message)
        self._set_busy(True)

    def _show(self, ok: bool, message: str) -> None:
        self._set_busy(False)
        self.status.setText(message)
        self.status.setProperty("ok", ok)
        self.checked.emit(ok)

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def done(self, result: int) -> None:
        if self._own_tasks:
            # Close the worker's database connection on its own thread, then stop it.
            self.tasks.shutdown(self.workspace.profile.pool.close_current)
        super().done(result)


def _mode(combo: QComboBox) -> TlsMode:
    value = str(combo.currentData())
    return "ssl" if value == "ssl" else "starttls" if value == "starttls" else "none"
