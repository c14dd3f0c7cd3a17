"""A read-only view of untrusted Markdown (model text) that fetches nothing and runs nothing.

Raw HTML in the Markdown is not interpreted, no resource (image, stylesheet) is ever loaded, and a
link opens only after the user confirms it, and only for http/https.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from annotator_desktop.core.text import is_rtl
from annotator_desktop.ui.widgets.code_blocks import (
    CodeBlock,
    CodeHighlighter,
    is_dark,
    restore_code_verbatim,
)
from annotator_desktop.ui.widgets.code_copy import CodeCopier, CopyCodeButton

ALLOWED_LINK_SCHEMES = frozenset({"http", "https"})
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def set_safe_markdown(document: QTextDocument, text: str) -> None:
    """Loads ``text`` as GitHub Markdown with raw HTML disabled, direction from the text."""
    document.setMarkdown(text, MARKDOWN_FEATURES)
    apply_direction(document, text)


def apply_direction(document: QTextDocument, text: str) -> None:
    option = document.defaultTextOption()
    rtl = is_rtl(text)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    # Leading follows the text direction (a non-absolute AlignRight would flip to the left in RTL).
    option.setAlignment(Qt.AlignmentFlag.AlignLeading)
    document.setDefaultTextOption(option)


class SafeTextBrowser(QTextBrowser):
    """Shows model text; ``confirm_link`` decides whether a clicked link may open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._on_anchor)
        self.confirm_link: Callable[[QUrl], bool] = self._ask_user
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.blocked_loads = 0
        # Optional: resolves an image URL to a local image (e.g. a task asset by its sha256);
        # ``None`` from it, or no resolver, and the image is refused like any other resource.
        self.local_image: Callable[[QUrl | str], QImage | None] | None = None
        # Fenced code blocks: colours (set by whoever loads the text) and a floating Copy button.
        self.highlighter: CodeHighlighter | None = None
        self.copier = CodeCopier(self)

    @property
    def copy_button(self) -> CopyCodeButton:
        """The Copy button of code blocks (made on first use)."""
        return self.copier.button()

    def code_text(self, code: CodeBlock) -> str:
        """What Copy puts on the clipboard for ``code``: its lines as shown."""
        return code.text

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the text goes through the Copy buttons of its code blocks first."""
        if next and self.hasFocus() and self.copier.enter():
            return True
        return super().focusNextPrevChild(next)

    def set_markdown_text(self, text: str) -> None:
        set_safe_markdown(self.document(), text)
        restore_code_verbatim(self.document(), text)
        self.highlighter = CodeHighlighter(self.document(), is_dark())
        self.highlighter.highlight()
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
        )

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Refuses every resource: model text may reference remote images; nothing is fetched.

        An empty answer would make QTextDocument fall back to reading local files itself, so an
        image gets a blank placeholder and anything else an empty byte string. An image that
        :attr:`local_image` resolves (never a network address) is the one exception.
        """
        if kind == QTextDocument.ResourceType.ImageResource.value and self.local_image is not None:
            image = self.local_image(url)
            if image is not None:
                return image
        self.blocked_loads += 1
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage(1, 1, QImage.Format.Format_ARGB32)
        return QByteArray()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() not in ALLOWED_LINK_SCHEMES:
            return
        if self.confirm_link(url):
            self.open_url(url)

    def _ask_user(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open link?"),
            self.tr("Open this address in your web browser?\n\n%1").replace(
                "%1", url.toDisplayString()
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
