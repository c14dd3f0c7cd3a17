"""Headless commands (pinned in DESIGN.md): ``login``, ``sync``, ``status --json``.

Exit codes: 0 done, 1 refused (bad credentials, not signed in, server error), 2 the server could
not be reached, 3 the local cache could not be opened.
"""

from __future__ import annotations

import getpass
import json
import sys
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import col, func, select

from annotator_desktop.core.paths import assets_dir, data_dir, database_path
from annotator_desktop.core.store import (
    Outbox,
    Store,
    StoreError,
    Submission,
    SubmissionState,
    Task,
    open_store,
)
from annotator_desktop.core.sync import account as acct
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.engine import SyncEngine, last_sync
from annotator_desktop.core.sync.errors import (
    BadAnswer,
    InsecureTransport,
    NetworkError,
    NotSignedIn,
    Redirected,
    ServerError,
    SyncError,
    describe,
)
from annotator_desktop.core.sync.http import ApiClient, is_loopback_host
from annotator_desktop.core.sync.pull import quarantine_count, quarantined, read_cursor
from annotator_desktop.core.sync.tokens import FILE_OPT_IN_ENV, TokenStore

NO_KEYRING_HINT = (
    f"Without a keyring, set {FILE_OPT_IN_ENV}=1 for `login` and `sync` to keep the tokens in "
    "a file readable only by you (mode 0600) in the data folder."
)


def _settings() -> Any:
    try:
        from annotator_desktop.core import settings as settings_mod
        from annotator_desktop.core.paths import settings_path

        return settings_mod.load(settings_path())
    except Exception:
        return None


def _err(text: str) -> None:
    print(f"annotator-desktop: {text}", file=sys.stderr)


def _unexpected(what: str, exc: BaseException) -> int:
    """One sentence for the user; the traceback goes to the log file."""
    from annotator_desktop.core.logfile import log_failure

    try:
        where = f"details are in {log_failure(what, exc)}"
    except OSError:
        where = "the log file could not be written"
    _err(f"{what} failed unexpectedly ({type(exc).__name__}); {where}")
    return 1


def _open() -> Store | None:
    try:
        return open_store(database_path())
    except StoreError as exc:
        _err(f"cannot open the cache: {exc}")
        return None


def cmd_login(server: str, user: str, *, password_stdin: bool) -> int:
    """Signs in and keeps the tokens (keyring, or memory only with a warning)."""
    try:
        return _login(server, user, password_stdin=password_stdin)
    except Exception as exc:  # last resort: no traceback reaches the user
        return _unexpected("sign-in", exc)


def _login(server: str, user: str, *, password_stdin: bool) -> int:
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
    host = urlsplit(url).hostname or ""
    if config.allow_insecure_http and url.startswith("http://") and not is_loopback_host(host):
        _err(f"warning: {url} is plain http; the password and data travel unencrypted")
    try:
        info = client.login(user, password)
        saved = acct.save_account(store, url, info)
    except NetworkError as exc:
        _err(f"sign-in failed: cannot reach {url}: {describe(exc)}")
        return 2
    except (BadAnswer, Redirected, InsecureTransport) as exc:
        _err(f"sign-in failed: {describe(exc)}")
        return 1
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
            f"when this command ends. {NO_KEYRING_HINT}"
        )
    return 0


def cmd_login_token(server: str, token: str | None, *, token_stdin: bool) -> int:
    """Signs in to a Label Studio server with a personal access token."""
    try:
        return _login_token(server, token, token_stdin=token_stdin)
    except Exception as exc:  # last resort: no traceback reaches the user
        return _unexpected("sign-in", exc)


def _login_token(server: str, token: str | None, *, token_stdin: bool) -> int:
    from annotator_desktop.core.labelstudio.detect import detect
    from annotator_desktop.core.labelstudio.signin import sign_in

    pat = sys.stdin.readline() if token_stdin else (token or "")
    url = acct.normalise_url(server)
    settings = _settings()
    config = SyncConfig.from_settings(settings)
    tokens = TokenStore(
        data_dir(), allow_file=bool(getattr(settings, "store_tokens_in_file", False))
    )
    try:
        kind = detect(url, config)
    except NetworkError as exc:
        _err(f"sign-in failed: cannot reach {url}: {describe(exc)}")
        return 2
    except InsecureTransport as exc:
        _err(f"sign-in failed: {describe(exc)}")
        return 1
    if not kind.is_labelstudio:
        _err(
            f"{url} is not a Label Studio server: a token signs in to Label Studio only; "
            "for a task server use --user NAME"
        )
        return 1
    store = _open()
    if store is None:
        return 3
    try:
        info, client = sign_in(url, pat, store, tokens, config)
        client.close()
    except ValueError:
        _err("sign-in failed: that is not a personal access token (copy it from Label Studio's "
             "Account & Settings page)")  # fmt: skip
        return 1
    except NotSignedIn as exc:
        _err(f"sign-in refused: {exc}")
        return 1
    except NetworkError as exc:
        _err(f"sign-in failed: cannot reach {url}: {describe(exc)}")
        return 2
    except SyncError as exc:
        _err(f"sign-in failed: {describe(exc)}")
        return 1
    finally:
        store.close()
    print(f"signed in to Label Studio {kind.version} at {url} as {info.username}")
    if tokens.kind == "memory":
        _err(
            "no secure keyring is available: the token was kept in memory only and is gone "
            f"when this command ends. {NO_KEYRING_HINT}"
        )
    return 0


def cmd_sync() -> int:
    """One push-then-pull cycle; prints a summary."""
    try:
        return _sync()
    except Exception as exc:  # last resort: no traceback reaches the user
        return _unexpected("sync", exc)


def _sync() -> int:
    store = _open()
    if store is None:
        return 3
    settings = _settings()
    config = SyncConfig.from_settings(settings)
    client, info, token_store = acct.client_for(
        store, data_dir(), config, allow_file=bool(getattr(settings, "store_tokens_in_file", False))
    )
    try:
        if client is None or info is None or client.tokens is None:
            _err("not signed in: run `annotator-desktop login --server URL --user NAME` first")
            if info is not None and token_store.kind == "memory":
                _err(NO_KEYRING_HINT)  # signed in before, but the tokens went with that process
            return 1
        engine = SyncEngine(client, store, assets_dir(), config)
        report = engine.sync(top_up=int(getattr(settings, "auto_topup", 0) or 0))
    except NotSignedIn:
        _err("the server asked to sign in again: run `annotator-desktop login`")
        return 1
    except NetworkError as exc:
        _err(f"sync failed: {describe(exc)}")
        return 2
    except SyncError as exc:
        _err(f"sync failed: {describe(exc)}")
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
    if report.asset_errors:
        _err(
            f"{len(report.asset_errors)} image(s) could not be downloaded and will be tried "
            f"again at the next sync (first: {report.asset_errors[0]})"
        )
    if report.pull.changed.quarantined:
        _err(
            f"{report.pull.changed.quarantined} change(s) from the server could not be used and "
            "were set aside: see `annotator-desktop status`"
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
        "server_kind": info.server_kind if info else "",
        "user": info.username if info else "",
        "token_storage": tokens.kind,
        "outbox": _counts(store, col(Outbox.state), Outbox),
        "submissions": _counts(store, col(Submission.state), Submission),
        "tasks": _counts(store, col(Task.state), Task),
        "last_sync": last_sync(store),
        "cursor": read_cursor(store),
        "quarantined": quarantine_count(store),
        "problems": [
            {
                "seq": q.seq,
                "entity": q.entity,
                "id": q.item_id,
                "error": q.error,
                "received_at": q.received_at.isoformat() if q.received_at else "",
            }
            for q in quarantined(store, 20)
        ],
        "data_dir": str(data_dir()),
    }


def cmd_status(*, as_json: bool) -> int:
    try:
        return _status(as_json=as_json)
    except Exception as exc:  # last resort: no traceback reaches the user
        return _unexpected("status", exc)


def _status(*, as_json: bool) -> int:
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
    local = data["submissions"].get(SubmissionState.SUBMITTED_LOCALLY, 0)
    done_here = f"; {local} submitted locally (folder projects)" if local else ""
    print(f"{who}; outbox {queued} queued{done_here}; last sync {data['last_sync'] or 'never'}")
    tasks = ", ".join(f"{k} {v}" for k, v in sorted(data["tasks"].items()))
    print(f"tasks: {tasks or 'none'}")
    if data["quarantined"]:
        print(f"problems: {data['quarantined']} change(s) from the server set aside; newest:")
        for item in data["problems"][:5]:
            print(f"  {item['entity'] or '?'} {item['id'] or '?'}: {item['error']}")
    return 0
