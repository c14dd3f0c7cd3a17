"""The one client seam to servers: what the sync engine needs from a server client.

:class:`~annotator_desktop.core.sync.http.ApiClient` (protocol v1 over HTTP, our server) and
:class:`~annotator_desktop.core.labelstudio.client.LabelStudioClient` (protocol v1 translated in
process to a Label Studio server) both satisfy it. Sign-in is not part of the seam: each kind of
server signs in its own way (password, personal access token) before a client is handed over.
"""

from __future__ import annotations

from typing import Any, Protocol

import requests

from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.tokens import Tokens


class ServerClient(Protocol):
    """Protocol v1 calls on one server with one account's tokens.

    ``send`` returns the answer (any status) and raises only for network trouble
    (:class:`~annotator_desktop.core.sync.errors.NetworkError`), a lost sign-in
    (:class:`~annotator_desktop.core.sync.errors.NotSignedIn`) or an unreadable answer;
    ``call`` returns the decoded JSON of a 2xx answer and raises
    :class:`~annotator_desktop.core.sync.errors.ServerError` (or a subclass) otherwise.
    """

    base_url: str
    config: SyncConfig
    tokens: Tokens | None

    def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        stream: bool = False,
    ) -> requests.Response: ...

    def call(self, method: str, path: str, **kwargs: Any) -> Any: ...

    def probe(self) -> bool:
        """Whether the server answers at all (short timeouts)."""
        ...

    def check_transport(self) -> None:
        """Raises InsecureTransport for plain http to another computer."""
        ...

    def logout(self) -> None: ...

    def close(self) -> None: ...
