"""The pseudo-locale across every window, dialog and pane: each visible text is translated (so
it goes through tr() and lupdate found it) and none is cut off at the default window size.

To cover a new window, add a ``Surface`` to ``SURFACES``: a name and a function that opens it
in the running app and returns the widget (the test closes it again).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from i18n_support import (
    DEMO_DATA,
    Shown,
    compile_current,
    is_qt_standard_button,
    seed_demo,
    visible_texts,
)
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner

from annotator_desktop import __version__
from annotator_desktop.ui import startup_errors
from annotator_desktop.ui.i18n import NATIVE_NAMES, PSEUDO, QM_DIR_ENV, pseudo_translate

# A pseudo-translated piece: "[" + accented text + " " + one or more "·" + "]".
# Innermost first: a translated text may hold another ("[[All projects ··]: 0 done ··]").
PSEUDO_PIECE = re.compile(r"\[[^\[\]]*? ·+\]", re.DOTALL)
# Key names in shortcuts ("Ctrl+Shift+V", "F8") are Qt's, shown as they are.
KEYS = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+|\bF\d{1,2}\b")
EXAMPLE_URL = "https://tasks.example.org"
BUTTONS = (QPushButton, QCheckBox, QRadioButton, QToolButton)
PRODUCT = "annotator-desktop"


@dataclass
class App:
    """The running app in the pseudo-locale, with one demo task per pane kind."""

    qtbot: QtBot
    runner: ShellRunner
    ids: dict[str, str]
    data: list[str]

    @property
    def window(self) -> Any:
        return self.runner.window

    def open_task(self, kind: str) -> Any:
        from annotator_desktop.ui.task_list_model import TaskFilter

        window = self.window
        window.task_list.set_filter(TaskFilter())
        with self.qtbot.waitSignal(window.session.task_opened, timeout=5000):
            assert window.task_list.select_task(self.ids[kind])
        return window.host.pane

    def top_level(self, name: str) -> QWidget:
        """A window opened by the app (e.g. a message box), found by its object name."""
        found: list[QWidget] = []

        def visible() -> bool:
            found[:] = [
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == name and w.isVisible()
            ]
            return bool(found)

        self.qtbot.waitUntil(visible, timeout=5000)
        return found[0]


@dataclass
class Surface:
    name: str
    open: Callable[[App], QWidget]
    #: Texts of this surface that are data, not UI (besides the demo data and the product name).
    data: Callable[[App], list[str]] = lambda app: []


def _main_with(kind: str) -> Callable[[App], QWidget]:
    def open_(app: App) -> QWidget:
        pane = app.open_task(kind)
        if kind == "bbox":
            app.qtbot.waitUntil(lambda: pane.image_state() == "", timeout=5000)
        return app.window

    return open_


def _dialog(attr: str, action: str) -> Callable[[App], QWidget]:
    def open_(app: App) -> QWidget:
        app.window.actions_[action].trigger()
        dialog = getattr(app.window, attr)
        app.qtbot.waitExposed(dialog)
        return dialog

    return open_


def _about(app: App) -> QWidget:
    from annotator_desktop.ui.about_dialog import AboutDialog

    dialog = AboutDialog(app.window)
    dialog.show()
    app.qtbot.waitExposed(dialog)
    return dialog


def _sync_dialog(method: str) -> Callable[[App], QWidget]:
    def open_(app: App) -> QWidget:
        dialog = getattr(app.window.sync, method)(app.window)
        app.qtbot.waitExposed(dialog)
        return dialog

    return open_


def _take_offline(app: App) -> QWidget:
    dialog = _sync_dialog("take_offline_dialog")(app)
    reading = dialog.status.text()
    app.qtbot.waitUntil(lambda: dialog.status.text() != reading, timeout=5000)  # projects read
    return dialog


def _find_bar(app: App) -> QWidget:
    pane = app.open_task("rewrite")
    pane.actions_by_name["rewriteFind"].trigger()
    app.qtbot.waitUntil(pane.find_bar.isVisible)
    return app.window


def _submit_problems(app: App) -> QWidget:
    app.open_task("rewrite")  # unchanged rewrite: not ready to submit
    app.window.actions_["submit"].trigger()
    return app.top_level("submitProblems")


def _signed_out(app: App) -> QWidget:
    app.window.sync.sign_out()
    return app.top_level("clearCacheBox")


def _statistics(app: App) -> QWidget:
    app.window.actions_["statistics"].trigger()
    view = app.window.stats_view
    app.qtbot.waitUntil(lambda: view.figures is not None, timeout=5000)
    return view


def _review_window(app: App) -> QWidget:
    """The review window as a QA lead first sees it: no cached sample, the sample dialog open."""
    from annotator_desktop.ui.review.window import ReviewWindow

    window = ReviewWindow(app.window.store, app.window.worker, app.window.sync, app.window)
    app.window.review_window = window
    window.start()
    window.show()
    app.qtbot.waitUntil(lambda: getattr(window, "sample_dialog", None) is not None, timeout=5000)
    app.qtbot.waitExposed(window.sample_dialog)
    return window


def _review_sample_dialog(app: App) -> QWidget:
    return _review_window(app).sample_dialog


def _shortcut_keys(app: App) -> list[str]:
    sheet = app.window.shortcut_sheet
    return [sheet.table.item(r, 2).text() for r in range(sheet.table.rowCount())]


#: Every window, dialog and pane.
SURFACES: list[Surface] = [
    Surface("main window, no task", lambda app: app.window),
    Surface("main window, bbox pane", _main_with("bbox")),
    Surface("main window, rewrite pane", _main_with("rewrite")),
    Surface("main window, compare pane", _main_with("compare")),
    Surface("main window, placeholder pane", _main_with("transcribe")),
    Surface("rewrite find bar", _find_bar),
    Surface("settings", _dialog("settings_dialog", "settings"), lambda app: [EXAMPLE_URL]),
    Surface("about", _about, lambda app: [str(app.runner.shell.db_path.parent), __version__]),
    Surface("shortcut sheet", _dialog("shortcut_sheet", "shortcuts"), _shortcut_keys),
    Surface("sign in", _sync_dialog("sign_in_dialog"), lambda app: [EXAMPLE_URL]),
    Surface("take offline", _take_offline),
    Surface("not ready to submit", _submit_problems),
    Surface("signed out", _signed_out),
    Surface("statistics", _statistics),
    Surface("review window", _review_window),
    Surface("review sample dialog", _review_sample_dialog),
]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_current(tmp_path_factory.mktemp("i18n"))


@pytest.fixture
def app(
    qtbot: QtBot, qm_dir: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[App]:
    monkeypatch.setenv(QM_DIR_ENV, str(qm_dir))
    ids = seed_demo(data_home / "cache.sqlite3")
    runner = ShellRunner(qtbot, lang=PSEUDO)
    runner.start()
    qtbot.waitUntil(lambda: runner.window.sync is not None, timeout=5000)
    data = [*DEMO_DATA, *NATIVE_NAMES.values(), PRODUCT]
    yield App(qtbot, runner, ids, data)
    for w in QApplication.topLevelWidgets():
        if w is not runner.window and w.isVisible():
            w.close()
    runner.close()


def untranslated(text: str, data: list[str]) -> bool:
    """True when ``text`` has words that are neither pseudo-translated nor data."""
    rest, before = text, ""
    while rest != before:
        before, rest = rest, PSEUDO_PIECE.sub(" ", rest)
    for item in sorted(data, key=len, reverse=True):
        if item:
            rest = rest.replace(item, " ")
    rest = KEYS.sub(" ", re.sub(r"<[^>]*>|&[a-zA-Z]+;", " ", rest))  # markup, key names
    return re.search(r"[^\W\d_]{2,}", rest) is not None


def cut_off(widget: QWidget) -> str:
    """Why ``widget``'s text does not fit its size, or "" when it fits."""
    if isinstance(widget, QLabel):
        if not widget.text() or not widget.pixmap().isNull():
            return ""
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return f"needs height {need} > {widget.height()}" if need > widget.height() + 1 else ""
    elif (
        not isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton)
        or not widget.text()
    ):
        return ""
    hint = widget.sizeHint().width()
    return f"needs width {hint} > {widget.width()}" if hint > widget.width() + 1 else ""


def settle(app: App, root: QWidget) -> None:
    """Brings ``root`` to what a user sees: in the main window, the status bar's progress (read in
    the background after a task opens) is shown; then the layouts that the latest texts asked for
    are done, so that each text is measured in the room its layout gives it, not in the room it
    had the moment before the layout ran (a label measured then looks cut off: "needs width 445
    > 6")."""
    if root is app.window:
        status, watcher = app.window.status, app.window.progress
        app.qtbot.waitUntil(
            lambda: not watcher.reading and status.progress.text() != "", timeout=5000
        )
    QApplication.processEvents()
    for _ in range(3):  # a layout done may ask for its parent's: those wait for the next pass
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def problems_of(root: QWidget, data: list[str]) -> tuple[list[str], list[str]]:
    texts: list[Shown] = visible_texts(root)
    if root is root.window() and hasattr(root, "statusBar"):
        message = root.statusBar().currentMessage()
        if message:
            texts.append(Shown("statusBar.message", message))
    not_translated = [
        f"{s.where}: {s.text!r}"
        for s in texts
        if not is_qt_standard_button(s.widget) and untranslated(s.text, data)
    ]
    clipped = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.isVisibleTo(root) and not is_qt_standard_button(w):
            why = cut_off(w)
            if why:
                text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
                clipped.append(f"{type(w).__name__}({w.objectName()!r}) {text!r}: {why}")
    return not_translated, clipped


def test_checker_tells_pseudo_from_plain_text() -> None:
    data = ["Street 7", PRODUCT]
    assert not untranslated(pseudo_translate("Open &folder…"), data)
    assert not untranslated(pseudo_translate("Last sync: %1").replace("%1", "1/31/25"), data)
    assert not untranslated(f"{pseudo_translate('Task %1').replace('%1', 'Street 7')}", data)
    assert not untranslated(PRODUCT, data) and not untranslated("12:05 · 3", data)
    assert untranslated("Open folder", data)
    assert untranslated(f"{pseudo_translate('Saved')} - not saved", data)
    assert not untranslated(f"{pseudo_translate('Bold')} (Ctrl+Shift+B)", data)
    assert not untranslated(pseudo_translate("Label: %1 · zoom %2%"), data)


def test_checker_finds_clipped_text(qtbot: QtBot) -> None:
    label = QLabel("A label far too long for the room it was given")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    button = QPushButton("A button far too long for the room it was given")
    qtbot.addWidget(button)
    button.setFixedWidth(40)
    wrapped = QLabel("Words " * 40)
    qtbot.addWidget(wrapped)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(80, 20)
    assert cut_off(label) and cut_off(button) and cut_off(wrapped)
    label.setFixedWidth(label.sizeHint().width())
    assert cut_off(label) == ""


def test_startup_messages_are_translated(app: App) -> None:
    for text in (
        startup_errors.already_running(Path("/tmp/x.lock"), 12),
        startup_errors.folder_not_writable(Path("/tmp/data")),
        startup_errors.recovered_message(Path("/tmp/a"), Path("/tmp/b")),
        startup_errors.store_message(RuntimeError("x")),
        startup_errors.settings_message(RuntimeError("x")),
    ):
        assert not untranslated(text, [*app.data, "/tmp/x.lock", "/tmp/data", "/tmp/a", "/tmp/b"])


@pytest.mark.parametrize("surface", SURFACES, ids=[s.name for s in SURFACES])
def test_every_text_translated_and_not_cut_off(app: App, surface: Surface) -> None:
    root = surface.open(app)
    app.qtbot.waitExposed(root)
    settle(app, root)
    data = [*app.data, *surface.data(app)]
    not_translated, clipped = problems_of(root, data)
    report = "\n".join(
        [f"untranslated: {t}" for t in not_translated] + [f"cut off: {c}" for c in clipped]
    )
    assert not report, f"{surface.name}:\n{report}"
    if isinstance(root, QMessageBox):
        root.close()
