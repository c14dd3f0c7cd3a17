"""Server messages reach the user in the user's language, chosen by their machine code; the
server's own text is the fallback for a code this version does not know."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from i18n_support import compile_current
from PySide6.QtWidgets import QApplication

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Project, Store, Submission, Task
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import ServerError
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.ui.i18n import PSEUDO, QM_DIR_ENV, Translations, pseudo_translate
from annotator_desktop.ui.pane_host import build_context
from annotator_desktop.ui.server_messages import field_error_text, problem_text
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_current(tmp_path_factory.mktemp("i18n"))


@pytest.fixture
def pseudo(qapp: QApplication, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(QM_DIR_ENV, str(qm_dir))
    translations = Translations(qapp)
    translations.apply(PSEUDO)
    yield
    translations.apply("en")


@pytest.fixture
def controller(qtbot: Any, store: Store) -> Iterator[SyncController]:
    worker = Worker()
    ctl = SyncController(store, worker, Settings(auto_topup=0))
    yield ctl
    ctl.stop()
    worker.shutdown(wait=True)


def test_error_from_the_server_translated_by_its_code(
    pseudo: None, controller: SyncController, live_server: Any
) -> None:
    client = ApiClient(live_server.url, SyncConfig())
    try:
        client.login("ana", "ana-demo")
        with pytest.raises(ServerError) as caught:
            client.call("GET", "/sync/changes", params={"cursor": "not-a-cursor"})
    finally:
        client.close()
    exc = caught.value
    assert exc.code == "bad_request" and "cursor" in exc.detail  # the server's English text
    text = controller.error_text(exc)
    assert text == pseudo_translate("The server could not read the request.")
    assert "cursor" not in text


def test_unknown_code_falls_back_to_the_servers_text(
    pseudo: None, controller: SyncController
) -> None:
    exc = ServerError(409, "quota_exceeded", "You have used this month's quota.")
    assert controller.error_text(exc) == "You have used this month's quota."
    bare = ServerError(418, "teapot", "")
    assert controller.error_text(bare) == pseudo_translate(
        "The server answered with an error (%1)."
    ).replace("%1", "teapot")
    assert problem_text("lease_superseded") == pseudo_translate(
        "Your time on this task ran out and it went to someone else."
    )


def test_refused_submission_shows_translated_field_errors(pseudo: None, store: Store) -> None:
    errors = [
        {
            "loc": ["result", "boxes", 1, "label"],
            "code": "label_missing",
            "msg": "box has no label",
        },
        {"loc": ["result", "rationale"], "code": "rationale_short", "msg": "rationale needs 20"},
        {"loc": ["result", "x"], "code": "brand_new_check", "msg": "the server's own words"},
    ]
    with store.write() as s:
        s.add(Project(id="p", name="P", kind="bbox", source="server"))
        s.add(Task(id="t", project_id="p", kind="bbox", title="T", payload={}))
        s.add(
            Submission(
                id="sub-1",
                task_id="t",
                result={"boxes": []},
                submitted_at=datetime.now(UTC),
                state="rejected",
                errors=errors,
            )
        )
    built = build_context(store, "t")  # as the pane host does, on the database thread
    assert built is not None
    shown = built[0].server_errors
    assert [e["msg"] for e in shown] == [
        pseudo_translate("Box %1 has no label.").replace("%1", "2"),
        pseudo_translate("The rationale is too short."),
        "the server's own words",
    ]
    assert [e["server_msg"] for e in shown] == [e["msg"] for e in errors]
    assert [e["code"] for e in shown] == [e["code"] for e in errors]


def test_every_field_code_of_the_protocol_has_a_text() -> None:
    import inspect
    import re

    from annotator_desktop import protocol

    source = inspect.getsource(protocol)

    codes = set(re.findall(r'_err\(\s*\[[^\]]*\],\s*"([a-z_]+)"', source))
    assert {"box_empty", "label_unknown", "rationale_short"} <= codes
    for code in codes:
        error = {"loc": ["result", "boxes", 0], "code": code, "msg": "SERVER TEXT"}
        assert field_error_text(error) != "SERVER TEXT", code
