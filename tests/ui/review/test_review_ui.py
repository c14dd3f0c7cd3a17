"""QA review against the real server: sample, read offline with j/k, verdicts reach annotators."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sync_helpers import fast_config

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync import outbox
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.review.sample_dialog import SampleDialog
from annotator_desktop.ui.review.window import ReviewWindow
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker
from support.people import Person
from support.proxy import Proxy


@pytest.fixture
def proxy(live_server: object) -> Iterator[Proxy]:
    p = Proxy(live_server.port).start()  # type: ignore[attr-defined]
    yield p
    p.stop()


@pytest.fixture
def main(qtbot: QtBot, store: Store, worker: Worker, settings: Settings) -> Iterator[MainWindow]:
    window = MainWindow(worker, settings)
    qtbot.addWidget(window)
    window.set_store(store)
    ctl = SyncController(store, worker, settings, window, config=fast_config())
    window.attach_sync(ctl)
    yield window
    ctl.stop()
    review = getattr(window, "review_window", None)
    if review is not None:
        review.close()
    window.close()


def _sign_in(qtbot: QtBot, window: MainWindow, url: str, user: str) -> None:
    sign_in(qtbot, window, url, user)  # Account ▸ Sign in, typed into the dialog


def _sample(qtbot: QtBot, review: ReviewWindow, seed: int, count: int) -> list[str]:
    """Fills the sample dialog like a user and waits for the first submission on screen."""
    dialog = review.sample_dialog
    assert isinstance(dialog, SampleDialog)
    qtbot.waitUntil(lambda: dialog.project.count() >= 3, timeout=10000)  # the demo projects
    dialog.project.setCurrentIndex(dialog.project.findData("demo-rewrite"))
    dialog.by_count.setChecked(True)
    dialog.count.setValue(count)
    dialog.seed.setValue(seed)
    with qtbot.waitSignal(review.shown, timeout=30000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return [e.submission_id for e in review.sample.entries]


def _key(qtbot: QtBot, widget: object, key: Qt.Key) -> None:
    target = QApplication.focusWidget() or widget
    qtbot.keyClick(target, key)


def test_qa_lead_samples_reviews_offline_and_annotators_get_the_verdicts(
    qtbot: QtBot, main: MainWindow, store: Store, tmp_path: Path, live_server: object,
    proxy: Proxy,
) -> None:  # fmt: skip
    people: dict[str, Person] = {}
    for i, user in enumerate(("ana", "ben")):  # annotators on their own computers
        person = Person(live_server.api, user)  # type: ignore[attr-defined]
        for n, a in enumerate(person.checkout("demo-rewrite")):
            text = f"Rewritten text number {10 * i + n}: {a['task']['title']}."
            person.submit(a, {"text_md": text, "notes": f"note {n}"}, 30.0 + n)
        people[person.id] = person
    assert not main.actions_["review"].isEnabled()  # nobody signed in yet
    _sign_in(qtbot, main, proxy.url, "qa")
    assert main.actions_["review"].isEnabled()
    main.show()
    main.actions_["review"].trigger()
    review = main.review_window
    qtbot.waitUntil(lambda: getattr(review, "sample_dialog", None) is not None, timeout=10000)
    first = _sample(qtbot, review, seed=42, count=5)
    review.new_sample()
    assert _sample(qtbot, review, seed=42, count=5) == first  # same seed, same sample
    assert len(first) == 5 and review.index == 0
    pane = review.host.pane
    assert pane is not None and pane.is_read_only() if hasattr(pane, "is_read_only") else True
    essentials = review.essentials.text()
    entry = review.current_entry()
    assert entry is not None and entry.annotator in essentials and "Active time" in essentials

    proxy.set_enabled(False)  # the QA lead goes offline
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow, timeout=3000)
    review.host.setFocus()
    _key(qtbot, review, Qt.Key.Key_J)
    assert review.index == 1
    _key(qtbot, review, Qt.Key.Key_K)
    assert review.index == 0
    target = review.current_entry()
    _key(qtbot, review, Qt.Key.Key_C)  # needs changes: the comment field takes the keys now
    assert QApplication.focusWidget() is review.bar.comment
    qtbot.keyClicks(review.bar.comment, "Keep the second sentence.")
    with qtbot.waitSignal(review.session.verdict_saved, timeout=10000):
        qtbot.keyClick(review.bar.comment, Qt.Key.Key_Return)
    assert review.index == 1  # moved on, no dialog
    accepted = review.current_entry()
    with qtbot.waitSignal(review.session.verdict_saved, timeout=10000):
        _key(qtbot, review, Qt.Key.Key_A)
    assert target is not None and accepted is not None
    assert target.verdict == "needs_changes" and accepted.verdict == "accept"
    assert "waiting to be sent" in review.list.item(0).text() or target.verdict_state == "queued"
    qtbot.waitUntil(lambda: main.sync.state == "offline", timeout=20000)
    assert outbox.pending_count(store) == 2

    proxy.set_enabled(True)
    # No key pressed: the app's probes see the server back and the verdicts go out.
    qtbot.waitUntil(lambda: outbox.pending_count(store) == 0, timeout=15000)
    qtbot.waitUntil(lambda: main.sync.state == "online", timeout=10000)

    for entry, verdict, comment in (
        (target, "needs_changes", "Keep the second sentence."),
        (accepted, "accept", ""),
    ):  # each annotator's feed on the server now carries the verdict on their submission
        got = people[entry.annotator_id].reviews_of(entry.submission_id)[-1]
        assert (got["verdict"], got["comment"]) == (verdict, comment)
        assert got["reviewer_name"] and got["reviewer_name"] != got["reviewer_id"]


def test_annotator_cannot_open_review(
    qtbot: QtBot, main: MainWindow, store: Store, worker: Worker, live_server: object
) -> None:
    _sign_in(qtbot, main, live_server.url, "ana")  # type: ignore[attr-defined]
    action = main.actions_["review"]
    assert not action.isEnabled()
    assert "Only QA leads" in action.toolTip()
    assert main.open_review() is None
    assert "Only QA leads" in main.status.currentMessage()
    # Even past the client's check, the server refuses (403) and the window says why.
    review = ReviewWindow(store, worker, main.sync, main)
    from annotator_desktop.core.sync.review import SampleSpec

    with qtbot.waitSignal(review.session.checkout_failed, timeout=15000) as blocker:
        review.checkout(SampleSpec("demo-rewrite", seed=1, count=3))
    assert blocker.args == ["Only QA leads can review submissions on this server."]
    assert review.status_line.text() == blocker.args[0]
    assert review.sample.entries == []
    review.close()
