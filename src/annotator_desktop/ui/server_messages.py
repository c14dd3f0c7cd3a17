"""The server's messages in the user's language, chosen by their machine ``code``.

The server answers errors as problem+json with a ``code`` (``protocol.ErrorCode``) and, for a
refused result, field errors ``{"loc", "code", "msg"}``. Its English ``detail``/``msg`` is only
the fallback for a code this version does not know. Safe to call off the UI thread
(``QCoreApplication.translate`` is thread-safe).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from annotator_desktop.core.bbox_model import Problem
from annotator_desktop.ui.panes.bbox.messages import problem_text as box_problem_text

# Field errors about boxes: the server checks what the box pane checks (core.bbox_model).
BOX_CODES = frozenset(
    {
        "box_empty",
        "box_outside",
        "label_missing",
        "label_unknown",
        "boxes_empty",
        "nothing_with_boxes",
    }
)

# lupdate reads the context from each call: keep the literal "ServerMessages" in every one.


def problem_text(code: str, fallback: str = "") -> str:
    """A sentence for a whole-request error code; ``fallback`` (the server's text) if unknown."""
    texts = {
        "bad_request": QCoreApplication.translate(
            "ServerMessages", "The server could not read the request."
        ),
        "validation_error": QCoreApplication.translate(
            "ServerMessages", "The server refused the submission: some values are not valid."
        ),
        "unauthorized": QCoreApplication.translate("ServerMessages", "Please sign in again."),
        "token_expired": QCoreApplication.translate(
            "ServerMessages", "Your sign-in has expired. Please sign in again."
        ),
        "refresh_token_reused": QCoreApplication.translate(
            "ServerMessages", "Your sign-in was used elsewhere and has ended. Please sign in again."
        ),
        "invalid_credentials": QCoreApplication.translate(
            "ServerMessages", "The user name or password is wrong."
        ),
        "forbidden": QCoreApplication.translate(
            "ServerMessages", "You are not allowed to do that on this server."
        ),
        "not_found": QCoreApplication.translate(
            "ServerMessages", "The server does not have what was asked for."
        ),
        "key_mismatch": QCoreApplication.translate(
            "ServerMessages", "The server already has a different submission under this key."
        ),
        "lease_superseded": QCoreApplication.translate(
            "ServerMessages", "Your time on this task ran out and it went to someone else."
        ),
        "conflict": QCoreApplication.translate(
            "ServerMessages", "The server already has a newer version of this."
        ),
        "cursor_gone": QCoreApplication.translate(
            "ServerMessages", "The server's change list was reset; syncing again."
        ),
        "payload_too_large": QCoreApplication.translate(
            "ServerMessages", "This is too large for the server to accept."
        ),
        "rate_limited": QCoreApplication.translate(
            "ServerMessages", "Too many attempts. Wait a minute and try again."
        ),
        "unavailable": QCoreApplication.translate(
            "ServerMessages", "The server is busy. It will be tried again shortly."
        ),
        "range_not_satisfiable": QCoreApplication.translate(
            "ServerMessages", "A download could not be resumed; it starts again."
        ),
        # answers the client refuses (issue 18): the server is broken or the address is wrong
        "redirected": QCoreApplication.translate(
            "ServerMessages", "The server redirected to another address: check the server address."
        ),
        "deadline": QCoreApplication.translate(
            "ServerMessages",
            "The server took too long to answer. Your work is kept and sent later.",
        ),
        "bad_answer": QCoreApplication.translate(
            "ServerMessages",
            "The server sent an answer this app cannot use. Check the server address or tell "
            "the server's administrator.",
        ),
        "answer_too_large": QCoreApplication.translate(
            "ServerMessages",
            "The server sent a larger answer than allowed. Check the server address or tell "
            "the server's administrator.",
        ),
        "too_many_pages": QCoreApplication.translate(
            "ServerMessages",
            "The server keeps sending changes; sync stopped. What arrived is kept; try again "
            "later.",
        ),
        "insecure_http": QCoreApplication.translate(
            "ServerMessages",
            "Plain http is only used to this computer. Use an https:// server address.",
        ),
        "asset_too_large": QCoreApplication.translate(
            "ServerMessages", "An image is larger than allowed and was not downloaded."
        ),
        "asset_corrupt": QCoreApplication.translate(
            "ServerMessages", "An image arrived damaged; it is downloaded again at the next sync."
        ),
    }
    return texts.get(code, fallback)


def redirect_text(location: str) -> str:
    """The sentence for a redirect, naming where the server pointed to."""
    if not location:
        return problem_text("redirected")
    return QCoreApplication.translate(
        "ServerMessages", "The server redirected to %1: check the server address."
    ).replace("%1", location)


def field_error_text(error: dict[str, Any]) -> str:
    """A sentence for one field error of a refused submission; the server's ``msg`` if unknown."""
    code = str(error.get("code", ""))
    loc = list(error.get("loc") or [])
    index = next((p for p in reversed(loc) if isinstance(p, int)), None)
    if code in BOX_CODES:  # the same problems the box pane finds itself: the same sentences
        return box_problem_text(Problem(code, index + 1 if index is not None else 0))
    key = str(loc[-1]) if loc else ""
    server = str(error.get("msg", ""))
    texts = {
        "image_size_mismatch": QCoreApplication.translate(
            "ServerMessages", "The image size differs from the task's image."
        ),
        "text_empty": QCoreApplication.translate("ServerMessages", "The rewrite is empty."),
        "order_invalid": QCoreApplication.translate(
            "ServerMessages", "The order the responses were shown in is missing."
        ),
        "criterion_missing": QCoreApplication.translate(
            "ServerMessages", "A criterion is not rated (%1)."
        ).replace("%1", key),
        "criterion_range": QCoreApplication.translate(
            "ServerMessages", "A rating is outside its scale (%1)."
        ).replace("%1", key),
        "rationale_short": QCoreApplication.translate(
            "ServerMessages", "The rationale is too short."
        ),
        "flag_unknown": QCoreApplication.translate(
            "ServerMessages", "A flag is not known to the server."
        ),
        "attribute_unknown": QCoreApplication.translate(
            "ServerMessages", "A box has an attribute this project does not define (%1)."
        ).replace("%1", key),
        "attribute_invalid": QCoreApplication.translate(
            "ServerMessages", "A box attribute has a value this project does not allow (%1)."
        ).replace("%1", key),
        "missing": QCoreApplication.translate(
            "ServerMessages", "A required value is missing (%1)."
        ).replace("%1", key),
        # comparisons of 3-9 responses are ranked; of 2, placed on the preference scale
        "preference_missing": QCoreApplication.translate(
            "ServerMessages", "No preference is chosen."
        ),
        "preference_unexpected": QCoreApplication.translate(
            "ServerMessages", "This task is ranked, not judged on the preference scale."
        ),
        "ranking_missing": QCoreApplication.translate(
            "ServerMessages", "The responses are not ranked."
        ),
        "ranking_unexpected": QCoreApplication.translate(
            "ServerMessages", "This task is judged on the preference scale, not ranked."
        ),
        "ranking_incomplete": QCoreApplication.translate(
            "ServerMessages", "Not every response is ranked."
        ),
        "ranking_duplicate": QCoreApplication.translate(
            "ServerMessages", "A response is ranked more than once."
        ),
        "ranking_group_empty": QCoreApplication.translate(
            "ServerMessages", "The ranking has an empty place."
        ),
        "ranking_unknown": QCoreApplication.translate(
            "ServerMessages", "The ranking names a response this task does not have."
        ),
        "rating_unknown": QCoreApplication.translate(
            "ServerMessages", "A response is rated on a criterion this project does not have (%1)."
        ).replace("%1", key),
        "rating_unknown_response": QCoreApplication.translate(
            "ServerMessages", "A rating names a response this task does not have (%1)."
        ).replace("%1", key),
    }
    return texts.get(code, server or problem_text(code, code))


def translate_field_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of ``errors`` with ``msg`` in the user's language (the server's: ``server_msg``)."""
    out = []
    for error in errors:
        if not isinstance(error, dict):
            continue
        copy = dict(error)
        copy["server_msg"] = str(error.get("msg", ""))
        copy["msg"] = field_error_text(error)
        out.append(copy)
    return out
