"""A QTextBrowser that never loads a remote resource and grows to fit its content."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

# Only these may be resolved at all; everything else (http, https, ftp, file…) is refused.
_ALLOWED_RESOURCE_SCHEMES = frozenset({"data"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


class SafeTextBrowser(QTextBrowser):
    """Shows sanitized mail HTML: remote images stay unloaded (tracking pixels stay blind).

    ``blocked`` records every refused URL so the UI (and tests) can tell remote content
    was present. Links open in the system browser only when clicked.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("background: transparent;")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.anchorClicked.connect(self._open_link)
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        qurl = QUrl(url) if isinstance(url, str) else url
        if qurl.scheme().lower() in _ALLOWED_RESOURCE_SCHEMES:
            return super().loadResource(kind, qurl)
        if kind == QTextDocument.ResourceType.ImageResource.value or qurl.scheme():
            self.blocked.append(qurl.toString())
        return None  # refused: nothing is fetched, the image shows as its alt text / nothing

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in _LINK_SCHEMES:
            QDesktopServices.openUrl(url)

    # -- fit to content: the thread scrolls, not each message ----------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        doc = self.document()
        frame = 2 * self.frameWidth()
        doc.setTextWidth(max(1, width - frame))
        return math.ceil(doc.size().height()) + frame + 2

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 50 else 480
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, 20)
