"""Headless commands (pinned in DESIGN.md): ``login``, ``sync``, ``status --json``.

Exit codes: 0 done, 1 refused (bad credentials, not signed in, server error), 2 the server could
not be reached, 3 the local cache could not be opened.
"""

from __future__ import annotations

import getpass
import json
import sys
from typing import Any

from sqlmodel import col, func, select

from annotator_desktop.core.paths import assets_dir, data_dir, database_path
from annotator_desktop.core.store import Outbox, Store, StoreError, Submission, Task, open_store
from annotator_desktop.core.sync import account as acct
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.engine import SyncEngine, last_sync
from annotator_desktop.core.sync.errors import NetworkError, NotSignedIn, ServerError, SyncError
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.core.sync.pull import read_cursor
from annotator_desktop.core.sync.tokens import FILE_OPT_IN_ENV, TokenStore


def _settings() -> Any:
    try:
        from annotator_desktop.core import settings as settings_mod
        from annotator_desktop.core.paths import settings_path

        return settings_mod.load(settings_path())
    except Exception:
        return None


def _err(text: str) -> None:
    print(f"annotator-desktop: {text}", file=sys.stderr)


def _open() -> Store | None:
    try:
        return open_store(database_path())
    except StoreError as exc:
        _err(f"cannot open the cache: {exc}")
        return None


def cmd_login(server: str, user: str, *, password_stdin: bool) -> int:
    """Signs in and keeps the tokens (keyring, or memory only with a warning)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {user}: ")
    store = _open()
    if store is None:
        return 3
    url = acct.normalise_url(server)
    config = SyncConfig.from_settings(_settings())
    tokens = TokenStore(
        data_dir(), allow_file=bool(getattr(_settings(), "store_tokens_in_file", False))
    )
    client = ApiClient(
        url, config, on_tokens=lambda t: tokens.save(TokenStore.account_key(url, user), t)
    )
    try:
        info = client.login(user, password)
        saved = acct.save_account(store, url, info)
    except NetworkError as exc:
        _err(f"cannot reach {url}: {exc}")
        return 2
    except ServerError as exc:
        _err(f"sign-in refused ({exc.code}): {exc.detail}")
        return 1
    finally:
        client.close()
        store.close()
    if saved.username != user:
        tokens.save(saved.key, client.tokens)  # type: ignore[arg-type]
    print(f"signed in to {url} as {saved.username} ({', '.join(saved.roles)})")
    if tokens.kind == "memory":
        _err(
            "no secure keyring is available: the tokens were kept in memory only and are gone "
            f"when this command ends. Set {FILE_OPT_IN_ENV}=1 to keep them in a file readable "
            "only by you (mode 0600)."
        )
    return 0


def cmd_sync() -> int:
    """One push-then-pull cycle; prints a summary."""
    store = _open()
    if store is None:
        return 3
    settings = _settings()
    config = SyncConfig.from_settings(settings)
    client, info, _tokens = acct.client_for(
        store, data_dir(), config, allow_file=bool(getattr(settings, "store_tokens_in_file", False))
    )
    try:
        if client is None or info is None or client.tokens is None:
            _err("not signed in: run `annotator-desktop login --server URL --user NAME` first")
            return 1
        engine = SyncEngine(client, store, assets_dir(), config)
        report = engine.sync(top_up=int(getattr(settings, "auto_topup", 0) or 0))
    except NotSignedIn:
        _err("the server asked to sign in again: run `annotator-desktop login`")
        return 1
    except NetworkError as exc:
        _err(f"the server could not be reached: {exc}")
        return 2
    except SyncError as exc:
        _err(f"sync failed: {exc}")
        return 1
    finally:
        if client is not None:
            client.close()
        store.close()
    p = report.push
    print(
        f"sent {p.accepted} accepted, {p.late} late, {p.rejected} rejected, {p.conflicts} "
        f"conflicts; pulled {report.pull.changes} changes; checked out {len(report.checked_out)} "
        f"tasks; {report.assets} assets ({report.asset_bytes} bytes); "
        f"{report.outbox_left} still queued"
    )
    return 0 if report.outbox_left == 0 and not report.asset_errors else 1


def _counts(store: Store, column: Any, model: Any) -> dict[str, int]:
    with store.read() as s:
        rows = s.exec(select(column, func.count()).select_from(model).group_by(column)).all()
    return {str(k): int(v) for k, v in rows}


def status_data(store: Store) -> dict[str, Any]:
    """What ``status --json`` prints (no network)."""
    info = acct.current_account(store)
    tokens = TokenStore(data_dir())
    return {
        "signed_in": info is not None and tokens.load(info.key) is not None,
        "server": info.server_url if info else "",
        "user": info.username if info else "",
        "token_storage": tokens.kind,
        "outbox": _counts(store, col(Outbox.state), Outbox),
        "submissions": _counts(store, col(Submission.state), Submission),
        "tasks": _counts(store, col(Task.state), Task),
        "last_sync": last_sync(store),
        "cursor": read_cursor(store),
        "data_dir": str(data_dir()),
    }


def cmd_status(*, as_json: bool) -> int:
    store = _open()
    if store is None:
        return 3
    try:
        data = status_data(store)
    finally:
        store.close()
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    queued = data["outbox"].get("queued", 0) + data["outbox"].get("sending", 0)
    who = f"{data['user']} on {data['server']}" if data["user"] else "not signed in"
    print(f"{who}; outbox {queued} queued; last sync {data['last_sync'] or 'never'}")
    print("tasks: " + ", ".join(f"{k} {v}" for k, v in sorted(data["tasks"].items())) or "none")
    return 0
