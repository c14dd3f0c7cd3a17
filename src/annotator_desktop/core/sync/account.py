"""The signed-in account kept in the cache, and the server client built from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from annotator_desktop.core.store import Account, Store
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.tokens import TokenStore


@dataclass(frozen=True)
class AccountInfo:
    id: str
    server_url: str
    username: str
    display_name: str
    roles: list[str]
    server_kind: str = "annotator"  # annotator | labelstudio

    @property
    def key(self) -> str:
        return TokenStore.account_key(self.server_url, self.username)


def normalise_url(url: str) -> str:
    """``host:port`` gets ``http://`` for loopback and ``https://`` otherwise; no trailing slash."""
    url = url.strip().rstrip("/")
    if url and "://" not in url:
        loopback = url.startswith(("127.", "localhost", "[::1]"))
        url = ("http://" if loopback else "https://") + url
    return url


def current_account(store: Store) -> AccountInfo | None:
    with store.read() as s:
        row = s.exec(select(Account).where(Account.current == True)).first()  # noqa: E712
    if row is None:
        return None
    return _info(row)


def _info(row: Account) -> AccountInfo:
    return AccountInfo(
        row.id, row.server_url, row.username, row.display_name, list(row.roles),
        row.server_kind or "annotator",
    )  # fmt: skip


def save_account(
    store: Store, server_url: str, user: dict[str, Any], *, server_kind: str = "annotator"
) -> AccountInfo:
    """Records the signed-in user as the current account (others stay, not current)."""
    with store.write() as s:
        for row in s.exec(select(Account)).all():
            row.current = False
            s.add(row)
        row = s.get(Account, str(user["id"])) or Account(
            id=str(user["id"]), server_url=server_url, username=str(user.get("username", ""))
        )
        row.server_url = server_url
        row.username = str(user.get("username", row.username))
        row.display_name = str(user.get("display_name") or row.username)
        row.roles = [str(r) for r in user.get("roles") or []]
        row.locale = str(user.get("locale") or "en")
        row.current = True
        row.server_kind = server_kind
        s.add(row)
    return _info(row)


def clear_current(store: Store) -> None:
    with store.write() as s:
        for row in s.exec(select(Account).where(Account.current == True)).all():  # noqa: E712
            row.current = False
            s.add(row)


def client_for(
    store: Store, data_dir: Path, config: SyncConfig, *, allow_file: bool = False
) -> tuple[ServerClient | None, AccountInfo | None, TokenStore]:
    """The current account's client with its saved tokens (``None`` when signed out)."""
    tokens_store = TokenStore(data_dir, allow_file=allow_file)
    account = current_account(store)
    if account is None:
        return None, None, tokens_store
    return make_client(store, account, config, tokens_store), account, tokens_store


def make_client(
    store: Store, account: AccountInfo, config: SyncConfig, tokens_store: TokenStore
) -> ServerClient:
    """The client for an account's kind of server, with its saved tokens (``tokens`` is None
    when they are gone: the user must sign in again)."""
    tokens = tokens_store.load(account.key)
    if account.server_kind == "labelstudio":
        from annotator_desktop.core.labelstudio.client import LabelStudioClient

        pat = tokens.refresh_token if tokens is not None else ""
        return LabelStudioClient(account.server_url, pat, store, config, tokens=tokens)
    return ApiClient(
        account.server_url, config, tokens=tokens,
        on_tokens=lambda t: tokens_store.save(account.key, t),
    )  # fmt: skip
