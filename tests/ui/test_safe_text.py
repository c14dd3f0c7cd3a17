"""Model text is rendered with nothing fetched, nothing run, and links only after confirmation."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.widgets.safe_text import SafeTextBrowser


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    _Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, name="listener", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.hits
    server.shutdown()
    server.server_close()
    thread.join()


def test_hostile_markdown_fetches_nothing(qtbot: QtBot, listener: tuple[str, list[str]]) -> None:
    base, hits = listener
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    view.set_markdown_text(
        f"# Title\n\n![remote]({base}/md.png)\n\n<img src='{base}/html.png'>\n\n"
        f"<script>fetch('{base}/script')</script>\n\n"
        f"<link rel=stylesheet href='{base}/style.css'>\n\n[click](javascript:alert(1))\n"
    )
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert hits == []
    assert "<script" not in view.toHtml().lower()
    assert view.blocked_loads >= 1  # the Markdown image was asked for and refused


def test_javascript_link_never_opens(qtbot: QtBot) -> None:
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    asked: list[str] = []
    opened: list[str] = []
    view.confirm_link = lambda url: asked.append(url.toString()) or True
    view.open_url = lambda url: opened.append(url.toString())
    view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert asked == [] and opened == []


def test_http_link_opens_only_after_confirmation(qtbot: QtBot) -> None:
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    opened: list[str] = []
    view.open_url = lambda url: opened.append(url.toString())
    view.confirm_link = lambda url: False
    view.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == []
    view.confirm_link = lambda url: True
    view.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == ["https://example.org/a"]


def test_right_to_left_text_is_laid_out_right_to_left(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    view = SafeTextBrowser()
    qtbot.addWidget(view)
    view.set_markdown_text("مرحبا بالعالم، هذا نص عربي طويل.")
    option = view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    view.set_markdown_text("Hello world")
    assert view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight


def test_local_image_is_never_read(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QTextDocument

    secret = tmp_path / "secret.png"
    QImage(64, 48, QImage.Format.Format_RGB32).save(str(secret))
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    url = QUrl.fromLocalFile(str(secret))
    view.set_markdown_text(f"![x]({url.toString()})")
    view.resize(400, 300)
    view.grab()
    image = view.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (1, 1)  # the placeholder, not the 64x48 file


def test_right_to_left_text_starts_at_the_right(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    view = SafeTextBrowser()
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.set_markdown_text("مرحبا")
    view.show()
    qtbot.waitExposed(view)
    layout = view.document().firstBlock().layout()
    line = layout.lineAt(0)
    assert view.document().defaultTextOption().alignment() == Qt.AlignmentFlag.AlignLeading
    assert line.naturalTextRect().left() > view.document().textWidth() / 2
    view.close()
