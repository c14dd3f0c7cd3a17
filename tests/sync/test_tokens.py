"""Token storage: never in a file unless the user opted in; refresh on 401 with the same key."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from sqlmodel import select
from sync_helpers import engine, fast_config, server_submissions, sign_in, task_ids

from annotator_desktop.core.store import Outbox, Store, Submission, ops
from annotator_desktop.core.sync import tokens as tokens_mod
from annotator_desktop.core.sync.account import client_for
from annotator_desktop.core.sync.outbox import push
from annotator_desktop.core.sync.tokens import Tokens, TokenStore, keyring_usable


@pytest.fixture(autouse=True)
def _forget() -> None:
    tokens_mod.forget_memory()
    yield
    tokens_mod.forget_memory()


def _files_containing(folder: Path, needle: str) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            hits.append(path)
    return hits


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_token_never_written_with_unusable_keyring(
    backend: keyring.backend.KeyringBackend, store: Store, data_home: Path, live_server: object
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert not keyring_usable()
        url = live_server.url  # type: ignore[attr-defined]
        tstore = TokenStore(data_home)
        client = sign_in(store, url)
        tstore.save(TokenStore.account_key(url, "ana"), client.tokens)  # type: ignore[arg-type]
        eng = engine(client, store, data_home / "assets")
        eng.sync()
        ops.submit(store, task_ids(store, "rewrite")[0], {"text_md": "x", "notes": ""}, 1.0)
        eng.sync()
        store.close()  # flush WAL into the main file too
        assert tstore.kind == "memory"
        for secret in (client.tokens.access_token, client.tokens.refresh_token):  # type: ignore[union-attr]
            assert _files_containing(data_home, secret) == []
    finally:
        keyring.set_keyring(previous)


def test_opt_in_file_is_private(data_home: Path) -> None:
    tstore = TokenStore(data_home, allow_file=True)
    assert tstore.kind == "file"
    tstore.save("ana@http://x", Tokens("acc-123", "ref-456", 1.0))
    path = data_home / tokens_mod.TOKEN_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    tokens_mod.forget_memory()
    again = TokenStore(data_home, allow_file=True).load("ana@http://x")
    assert again == Tokens("acc-123", "ref-456", 1.0)
    TokenStore(data_home, allow_file=True).clear("ana@http://x")
    assert not path.exists()


def test_refresh_on_401_replays_with_same_key(
    store: Store, data_home: Path, live_server: object
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    client = sign_in(store, url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    sub = ops.submit(
        store, task_ids(store, "rewrite")[0], {"text_md": "after refresh", "notes": ""}, 2.0
    )
    good = client.tokens
    assert good is not None
    client.tokens = Tokens("not-a-valid-token", good.refresh_token, good.expires_at)
    report = eng.sync(with_assets=False)
    assert report.push.accepted == 1
    assert client.tokens.access_token not in ("not-a-valid-token", good.access_token)
    assert [s for s, _ in server_submissions(live_server)].count(sub.id) == 1


def test_refused_refresh_means_needs_signin(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    ops.submit(store, task_ids(store, "rewrite")[0], {"text_md": "x", "notes": ""}, 1.0)
    client.tokens = Tokens("bad", "bad-refresh", 0.0)
    report = push(client, store, client.config)
    assert report.stopped_by == "needs_signin"
    with store.read() as s:
        assert [x.state for x in s.exec(select(Submission)).all()] == ["needs_signin"]
        assert [x.state for x in s.exec(select(Outbox)).all()] == ["queued"]


def test_client_for_without_account(store: Store, data_home: Path) -> None:
    client, info, _ = client_for(store, data_home, fast_config())
    assert client is None and info is None
