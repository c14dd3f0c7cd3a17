"""Hostile text in the rewrite pane: nothing is fetched, nothing runs, bad links never survive.

A real HTTP listener on 127.0.0.1 counts every request; pasting hostile HTML into the editor and
rendering hostile Markdown/HTML in the draft, prompt and guidelines must leave it at zero.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.rewrite import RewritePane
from annotator_desktop.ui.widgets.markdown_editor import MARKDOWN_MIME, MarkdownEditor

CTRL = Qt.KeyboardModifier.ControlModifier


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
    """A local HTTP server (port 0) that records each request; stopped at the end."""
    _Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, name="rewrite-listener", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.hits
    server.shutdown()
    server.server_close()
    thread.join()


def hostile_html(base: str) -> str:
    return (
        f'<p style="font-size:72pt;color:#ff0000;background:url({base}/bg.png)">'
        f'Hello <b>bold</b> <img src="{base}/x.png"> <script>fetch("{base}/script")</script>'
        f'<a href="javascript:alert(1)">evil link</a> '
        f'<a href="https://example.org/ok">good link</a>'
        f"<style>body {{ background: url({base}/css.png) }}</style>"
        f'<iframe src="{base}/frame"></iframe><object data="{base}/obj"></object>'
        f'<link rel="stylesheet" href="{base}/sheet.css"> end</p>'
    )


def make_pane(qtbot: QtBot, draft: str, prompt: str = "", guidelines: str = "") -> RewritePane:
    pane = RewritePane()
    qtbot.addWidget(pane)
    payload = {"prompt": prompt, "draft_md": draft, "guidelines_md": guidelines}
    pane.load(TaskContext("t", "p", "rewrite", "T", payload))
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitActive(pane):
        pane.activateWindow()
    qtbot.waitUntil(lambda: pane.runner.is_fresh() and not pane.runner.busy(), timeout=5000)
    return pane


def paint_all(pane: RewritePane) -> None:
    pane.guidelines.show()
    pane.diff_view.side_by_side.setChecked(True)
    pane.grab()
    for view in (pane.editor, pane.draft_view, pane.prompt_view, pane.guidelines.browser):
        view.grab()


def test_pasting_hostile_html_fetches_nothing_and_keeps_safe_parts(
    qtbot: QtBot, listener: tuple[str, list[str]]
) -> None:
    base, hits = listener
    pane = make_pane(qtbot, "Start.\n")
    cursor = pane.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.editor.setTextCursor(cursor)
    pane.editor.setFocus()
    mime = QMimeData()
    mime.setHtml(hostile_html(base))
    mime.setText("plain fallback")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(pane.editor, Qt.Key.Key_V, CTRL)
    paint_all(pane)
    qtbot.waitUntil(lambda: pane.runner.is_fresh() and not pane.runner.busy(), timeout=5000)
    text = pane.result()["text_md"]
    assert "**bold**" in text
    assert "[good link](https://example.org/ok)" in text
    assert "evil link" in text and "javascript" not in text
    for bad in ("<img", "x.png", "script", "fetch", "css.png", "frame", "obj", "sheet", "72pt"):
        assert bad not in text
    html = pane.editor.toHtml()
    assert "72pt" not in html and "#ff0000" not in html and "bg.png" not in html
    assert hits == []


def test_plain_paste_drops_all_formatting(qtbot: QtBot, listener: tuple[str, list[str]]) -> None:
    base, hits = listener
    pane = make_pane(qtbot, "Start.\n")
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    pane.editor.setFocus()
    mime = QMimeData()
    mime.setHtml(hostile_html(base))
    mime.setText("just **words**")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(pane.editor, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert pane.editor.toPlainText() == "Start.just **words**"
    assert "Start.just \\*\\*words\\*\\*" in pane.result()["text_md"]
    pane.grab()
    assert hits == []


def test_dropping_or_inserting_images_is_refused(
    qtbot: QtBot, listener: tuple[str, list[str]]
) -> None:
    base, hits = listener
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setData(MARKDOWN_MIME, QByteArray(f"A ![x]({base}/md.png) **b**".encode()))
    editor.insertFromMimeData(mime)
    editor.show()
    editor.grab()
    assert editor.markdown() == "A  **b**\n"
    assert hits == []


def test_copy_gives_markdown_and_text_without_html(qtbot: QtBot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown("Some **bold** and `code`.\n")
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    assert mime.text() == "Some bold and code."
    assert bytes(mime.data(MARKDOWN_MIME).data()).decode() == "Some **bold** and `code`.\n"
    assert not mime.hasHtml()
    other = MarkdownEditor()
    qtbot.addWidget(other)
    other.insertFromMimeData(mime)
    assert other.markdown() == "Some **bold** and `code`.\n"


def test_hostile_draft_prompt_and_guidelines_fetch_nothing(
    qtbot: QtBot, listener: tuple[str, list[str]]
) -> None:
    base, hits = listener
    hostile_md = (
        f"# Title\n\n![remote]({base}/md.png)\n\n<img src='{base}/html.png'>\n\n"
        f"<script>fetch('{base}/script')</script>\n\n"
        f"<link rel=stylesheet href='{base}/style.css'>\n\n[click](javascript:alert(1))\n\n"
        f"<iframe src='{base}/frame'></iframe>\n\n"
        f'<p style="background:url({base}/bg.png)">styled</p>\n'
    )
    pane = make_pane(qtbot, hostile_md, prompt=hostile_md, guidelines=hostile_md)
    paint_all(pane)
    qtbot.wait(50)  # give any (wrongly) started request the time to arrive
    assert hits == []
    for view in (pane.draft_view, pane.prompt_view, pane.guidelines.browser):
        assert "<script" not in view.toHtml().lower()
    assert pane.draft_view.blocked_loads >= 1  # the image was asked for and refused
    assert pane.editor.blocked_loads >= 1
    text = pane.result()["text_md"]
    assert text == hostile_md  # untouched: the draft exactly
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, "x")
    assert "javascript" not in pane.result()["text_md"]  # the editor never writes it back


def test_link_in_diff_view_never_opens(qtbot: QtBot) -> None:
    pane = make_pane(qtbot, "Go [here](https://example.org).\n")
    opened: list[str] = []
    for view in (pane.draft_view, pane.diff_view.inline):
        view.open_url = lambda url: opened.append(url.toString())  # type: ignore[method-assign]
        view.confirm_link = lambda url: True  # type: ignore[method-assign]
    from PySide6.QtCore import QUrl

    pane.diff_view.inline.anchorClicked.emit(QUrl("javascript:alert(1)"))
    pane.diff_view.inline.anchorClicked.emit(QUrl("change:0"))
    assert opened == []
