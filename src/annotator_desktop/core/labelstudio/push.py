"""Sending queued submissions and skips to Label Studio as annotations (exactly once).

:func:`push_row` is the one entry point: :class:`~annotator_desktop.core.labelstudio.client.
LabelStudioClient` routes every outbox row (``PUT /submissions/{uuid}``, ``PUT /skips/{uuid}``)
here and hands its answer to the outbox as if our server had sent it. Until the push is built it
answers 503 with Retry-After, so the outbox keeps every row and tries again later: nothing is lost.
"""

from __future__ import annotations

from typing import Any

import requests

from annotator_desktop.core.labelstudio.responses import PUSH_PENDING, problem
from annotator_desktop.core.labelstudio.session import LsSession
from annotator_desktop.core.store import Store

RETRY_LATER_SECONDS = 300.0


def push_row(ls: LsSession, store: Store, method: str, path: str, body: Any) -> requests.Response:
    """Sends one outbox row to Label Studio; returns the protocol v1 answer for the outbox.

    ``path`` is the row's protocol v1 path without ``/api/v1`` (``/submissions/{uuid}`` or
    ``/skips/{uuid}``); ``body`` its JSON body. Answers as our server would: 201/200 stored,
    ``{"late": true}`` or 409 ``lease_superseded`` for a late one, 422 with field errors,
    503 with Retry-After to try again later. Raises NetworkError / NotSignedIn like ``send``.
    """
    return problem(
        503,
        PUSH_PENDING,
        "sending to Label Studio is not available in this version yet; the work stays queued",
        retry_after=RETRY_LATER_SECONDS,
    )
