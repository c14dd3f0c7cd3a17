"""Signing in to a Label Studio server with a personal access token (PAT).

The PAT is checked by exchanging it for an access token and asking who it belongs to; the account
is saved with ``server_kind="labelstudio"`` and the PAT is kept like our refresh token (keyring;
memory only without one; a 0600 file when opted in). The project list is fetched once, so
``annotator-desktop projects`` can show every project's kind (or why it is not supported) at once.
"""

from __future__ import annotations

import logging

from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync import account as acct
from annotator_desktop.core.sync import pull
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import SyncError
from annotator_desktop.core.sync.tokens import TokenStore
from annotator_desktop.core.sync.writer import Writer, direct

log = logging.getLogger(__name__)
MAX_PAT = 16_384


def clean_token(text: str) -> str:
    """The PAT as pasted: surrounding blanks and a ``Bearer``/``Token`` prefix removed."""
    token = text.strip()
    for prefix in ("Bearer ", "Token "):
        token = token.removeprefix(prefix).strip()
    return token


def sign_in(
    server_url: str,
    pat: str,
    store: Store,
    tokens: TokenStore,
    config: SyncConfig | None = None,
    *,
    write: Writer = direct,
) -> tuple[acct.AccountInfo, LabelStudioClient]:
    """Signs in (raises NotSignedIn for a refused PAT, NetworkError, ServerError) and saves the
    account and the PAT; returns the account and a ready client (the caller closes it)."""
    token = clean_token(pat)
    if not token or len(token) > MAX_PAT or any(c.isspace() for c in token):
        raise ValueError("not a personal access token")
    client = LabelStudioClient(server_url, token, store, config)
    try:
        client.ls.access_token()  # NotSignedIn when the PAT is refused
        user = client.me()[1]
        info = write(lambda: acct.save_account(store, server_url, user, server_kind="labelstudio"))
        current = client.tokens
        assert current is not None
        tokens.save(info.key, current)
    except BaseException:
        client.close()
        raise
    try:
        pull.pull_projects(client, store, write=write)
    except SyncError as exc:  # the list comes with the next sync
        log.warning("project list after sign-in: %s", exc)
    return info, client
