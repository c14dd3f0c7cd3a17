"""Which kind of server an address is: Label Studio (``GET /api/version``) or ours.

Label Studio answers ``/api/version`` without sign-in with ``{"release": …,
"label-studio-os-package": …}``; our server has no such path. Anything else counts as ours, so
an unreachable or odd server gets our usual sign-in and its usual error messages.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests

from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import BadAnswer, NetworkError, TlsError
from annotator_desktop.core.sync.http import check_transport, make_session, read_body
from annotator_desktop.protocol import BadWireData, parse_json

VERSION_PATH = "/api/version"
MAX_VERSION_BYTES = 256 * 1024
LABELSTUDIO = "labelstudio"
ANNOTATOR = "annotator"


@dataclass(frozen=True)
class ServerKind:
    kind: str  # labelstudio | annotator
    version: str = ""

    @property
    def is_labelstudio(self) -> bool:
        return self.kind == LABELSTUDIO


def detect(base_url: str, config: SyncConfig | None = None) -> ServerKind:
    """The kind of server at ``base_url``; raises NetworkError when it cannot be reached."""
    config = config or SyncConfig()
    check_transport(base_url, config.allow_insecure_http)
    session = make_session(config.ca_bundle)
    try:
        resp = session.get(
            base_url.rstrip("/") + VERSION_PATH,
            timeout=(config.connect_timeout, config.read_timeout),
            stream=True,
            allow_redirects=False,
        )
        with resp:
            if resp.status_code != 200:
                return ServerKind(ANNOTATOR)
            read_body(resp, time.monotonic() + config.call_deadline, MAX_VERSION_BYTES)
            body = parse_json(resp.content)
    except requests.exceptions.SSLError as exc:
        raise TlsError(str(exc)) from exc
    except requests.exceptions.RequestException as exc:
        raise NetworkError(f"{type(exc).__name__}: {exc}") from exc
    except (BadWireData, BadAnswer):
        return ServerKind(ANNOTATOR)
    finally:
        session.close()
    if isinstance(body, dict) and any(str(k).startswith("label-studio") for k in body):
        return ServerKind(LABELSTUDIO, str(body.get("release") or "")[:50])
    return ServerKind(ANNOTATOR)
