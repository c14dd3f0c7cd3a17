"""Hostile model text in a comparison: nothing fetched, nothing run, links only when confirmed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from test_compare_support import context, payload, shown_pane

from annotator_desktop.ui.panes.compare.responses import ResponseBrowser


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 that records every request it receives."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, name="compare-listener", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()
    thread.join()


def _hostile(base: str, tag: str) -> str:
    return (
        f"# {tag}\n\n![remote]({base}/{tag}-md.png)\n\n"
        f'<img src="{base}/{tag}-html.png">\n\n'
        f"<script>fetch('{base}/{tag}-script')</script>\n\n"
        f"<link rel=stylesheet href='{base}/{tag}-style.css'>\n\n"
        f"<iframe src='{base}/{tag}-frame'></iframe>\n\n"
        f"[run me](javascript:fetch('{base}/{tag}-js'))\n\n"
        f"[web]({base}/{tag}-link)\n\n"
        f"<a href='{base}/{tag}-raw'>raw anchor</a>\n"
    )


def _click_anchor(qtbot: QtBot, browser: ResponseBrowser, text: str) -> None:
    """Clicks the link whose text is ``text`` with the real mouse."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    pos = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_hostile_markdown_fetches_and_runs_nothing(
    qtbot: QtBot, listener: tuple[str, list[str]]
) -> None:
    base, hits = listener
    data = payload(min_chars=0)
    data["prompt"] = _hostile(base, "prompt")
    data["responses"][0]["text_md"] = _hostile(base, "first")
    data["responses"][1]["text_md"] = _hostile(base, "second")
    pane = shown_pane(qtbot, context(task_payload=data))
    pane.grab()
    pane.responses.diff_box.setChecked(True)
    pane.grab()
    qtbot.wait(100)  # let any (wrongly) queued load start
    assert hits == []
    browsers = [pane.prompt, pane.responses.column_a.browser, pane.responses.column_b.browser]
    for browser in browsers:
        html = browser.toHtml().lower()
        assert "<script" not in html and "<iframe" not in html
        assert "<script>" in browser.toPlainText(), "raw HTML is shown as text, not run"
        assert browser.blocked_loads >= 1, "the Markdown image was asked for and refused"
    asked: list[str] = []
    opened: list[str] = []
    for browser in browsers:
        browser.confirm_link = lambda url: asked.append(url.toString()) or False
        browser.open_url = lambda url: opened.append(url.toString())
        _click_anchor(qtbot, browser, "run me")
        _click_anchor(qtbot, browser, "web")
    assert all("-js" not in url for url in asked), "javascript: links are never offered"
    assert len(asked) == 3 and all(url.endswith("-link") for url in asked)
    assert opened == []
    assert hits == []


def test_local_files_are_not_loaded_either(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fallback loading of local (or, on Windows, UNC network) paths by the document."""
    from PySide6.QtGui import QImage, QTextDocument

    image = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    url = QUrl.fromLocalFile(str(image))
    data = payload(min_chars=0)
    data["responses"][0]["text_md"] = f"![a]({url.toString()})\n\n![b](secret.png)"
    monkeypatch.chdir(tmp_path)
    pane = shown_pane(qtbot, context(task_payload=data))
    pane.grab()
    first_left = pane.presented_order()[0] == "resp-first"
    column = pane.responses.column_a if first_left else pane.responses.column_b
    browser = column.browser
    kind = QTextDocument.ResourceType.ImageResource
    for address in (url, QUrl("secret.png")):
        shown = browser.document().resource(kind, address)
        assert isinstance(shown, QImage) and shown.size() != QImage(str(image)).size()
    assert browser.blocked_loads >= 2
