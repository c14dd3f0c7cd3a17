"""Signing in to a real Label Studio with a personal access token; the access token refreshes."""

from __future__ import annotations

import io
import threading
import time

import pytest
from ls_admin import LsAdmin

from annotator_desktop.cli import main
from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import Store, open_store
from annotator_desktop.core.sync import account as acct
from annotator_desktop.core.sync.commands import status_data
from annotator_desktop.core.sync.errors import NotSignedIn


def _login(monkeypatch: pytest.MonkeyPatch, server: str, pat: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pat + "\n"))
    return main(["login", "--server", server, "--token-stdin"])


def test_login_with_a_token_keeps_a_label_studio_account(
    ls_admin: LsAdmin,
    ls_user: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_home: object,
) -> None:
    name = ls_admin.api("GET", "/api/current-user/whoami", pat=ls_user[1])["username"]
    assert _login(monkeypatch, ls_admin.base, ls_user[1]) == 0
    assert (
        f"signed in to Label Studio 1.23.2 at {ls_admin.base} as {name}" in capsys.readouterr().out
    )
    store = open_store(data_home / "cache.sqlite3")  # type: ignore[operator]
    try:
        info = acct.current_account(store)
        status = status_data(store)
    finally:
        store.close()
    assert info is not None and info.server_kind == "labelstudio"
    assert info.username == name and info.roles == ["annotator"]
    assert status["signed_in"] is True and status["server_kind"] == "labelstudio"


def test_a_refused_token_is_said_so(
    ls_admin: LsAdmin, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    forged = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2lnbmF0dXJl"
    assert _login(monkeypatch, ls_admin.base, forged) == 1
    err = capsys.readouterr().err
    assert "sign-in refused" in err and "personal access token" in err


def test_a_token_for_our_own_server_is_refused_with_the_reason(
    live_server: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _login(monkeypatch, live_server.url, "some-token") == 1  # type: ignore[attr-defined]
    assert "is not a Label Studio server" in capsys.readouterr().err


def test_an_expired_access_token_is_refreshed(ls_client: LabelStudioClient) -> None:
    me = ls_client.call("GET", "/me")
    first = ls_client.ls.current_access
    assert first and me["roles"] == ["annotator"]
    ls_client.ls.expire_access()  # as if five minutes went by
    assert ls_client.ls.access_expires_at == 0
    assert isinstance(ls_client.call("GET", "/projects"), list)
    assert ls_client.ls.access_expires_at > time.time() + 60  # a new token's expiry was read


def test_a_refused_access_token_is_refreshed_once_for_all_threads(
    ls_client: LabelStudioClient,
) -> None:
    ls_client.call("GET", "/me")
    ls_client.ls.prime("not.a.token", time.time() + 3600)  # unexpired, yet refused (401)
    answers: list[object] = []

    def ask() -> None:
        answers.append(ls_client.call("GET", "/projects"))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 4 and all(isinstance(a, list) for a in answers)
    assert ls_client.ls.current_access != "not.a.token"


def test_a_revoked_token_asks_to_sign_in_again(ls_admin: LsAdmin, store: Store) -> None:
    client = LabelStudioClient(ls_admin.base, "eyJ.eyJ.sig", store)
    try:
        with pytest.raises(NotSignedIn):
            client.call("GET", "/me")
    finally:
        client.close()
