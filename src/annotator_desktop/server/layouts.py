"""Task import from the JSONL layouts public preference data uses (``tasks import --layout``).

- ``ours``: ``{id?, title?, overlap?, payload, metadata?}`` per line, or the payload itself.
- ``preference``: ``{prompt?, chosen, rejected}``, each a string or a list of messages (the
  conversational layout of training libraries; without ``prompt``, the messages chosen and
  rejected share are the context).
- ``hh``: ``{chosen, rejected}`` as ``Human: … Assistant: …`` transcripts.
- ``completions``: ``{prompt, completions: [text or {text|response|content, …}]}``: one
  ranking task of 2..9 responses.

A pair's or a list's responses are shuffled with a seeded generator (seed and line recorded), get
neutral ids (``a``/``b``, ``r1``…), and nothing in the payload says which was "chosen"; that and
every other field of the source line are kept in the task's metadata, for export only.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from annotator_desktop.protocol import MAX_RESPONSES, PAYLOAD_MODELS, TaskKind

LAYOUTS = ("ours", "preference", "hh", "completions")
ROLES = ("system", "user", "assistant")
TEXT_KEYS = ("text_md", "text", "response", "content", "completion", "output")
_HH_TURN = re.compile(r"(?:^|\n\n)(Human|Assistant):[ \t]?")


class BadLine(ValueError):
    """One line that cannot become a task; ``str()`` is ``LINE: reason``."""


@dataclass
class Imported:
    specs: list[dict[str, Any]] = field(default_factory=list)
    bad: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)
    seed: int = 0


def _messages(value: Any, what: str) -> list[dict[str, str]]:
    """A list of ``{role, content}`` checked, or BadLine."""
    if not isinstance(value, list):
        raise BadLine(f"{what} must be a string or a list of messages")
    turns = []
    for i, m in enumerate(value):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            raise BadLine(f"{what}[{i}] is not a message with role system, user or assistant")
        content = m.get("content")
        if not isinstance(content, str):
            raise BadLine(f"{what}[{i}] has no text content")
        turns.append({"role": str(m["role"]), "content": content})
    return turns


def _context(prompt: Any) -> dict[str, Any]:
    if isinstance(prompt, str):
        return {"prompt": prompt}
    turns = _messages(prompt, "prompt")
    if not turns:
        raise BadLine("prompt is an empty list")
    return {"prompt": "", "messages": turns}


def _reply(turns: list[dict[str, str]], what: str) -> str:
    """The text of the assistant turns that make a response."""
    if not turns or any(t["role"] != "assistant" for t in turns):
        raise BadLine(f"{what} must end in assistant turns after the context")
    return "\n\n".join(t["content"] for t in turns)


def _common_prefix(a: list[dict[str, str]], b: list[dict[str, str]]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    while n and a[n - 1]["role"] == "assistant":  # a shared reply prefix is still a reply
        n -= 1
    return n


def _pair_from_preference(obj: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    chosen, rejected = obj.get("chosen"), obj.get("rejected")
    if chosen is None or rejected is None:
        raise BadLine("needs chosen and rejected")
    if isinstance(chosen, str) and isinstance(rejected, str):
        if "prompt" not in obj:
            raise BadLine("chosen and rejected are plain text, so a prompt is needed")
        return _context(obj["prompt"]), chosen, rejected
    c_turns, r_turns = _messages(chosen, "chosen"), _messages(rejected, "rejected")
    if "prompt" in obj:
        context = _context(obj["prompt"])
        prefix = context.get("messages") or [{"role": "user", "content": context["prompt"]}]
        if c_turns[: len(prefix)] == prefix and r_turns[: len(prefix)] == prefix:
            c_turns, r_turns = c_turns[len(prefix) :], r_turns[len(prefix) :]
    else:
        n = _common_prefix(c_turns, r_turns)
        if n == 0:
            raise BadLine("no prompt, and chosen and rejected share no context")
        context = {"prompt": "", "messages": c_turns[:n]}
        c_turns, r_turns = c_turns[n:], r_turns[n:]
    return context, _reply(c_turns, "chosen"), _reply(r_turns, "rejected")


def hh_turns(text: Any, what: str) -> list[dict[str, str]]:
    """A ``Human: … Assistant: …`` transcript as messages."""
    if not isinstance(text, str):
        raise BadLine(f"{what} must be a Human:/Assistant: transcript")
    parts = _HH_TURN.split(text)
    if parts[0].strip() or len(parts) < 3:
        raise BadLine(f"{what} does not start with a Human: or Assistant: turn")
    roles = {"Human": "user", "Assistant": "assistant"}
    return [
        {"role": roles[parts[i]], "content": parts[i + 1].strip()} for i in range(1, len(parts), 2)
    ]


def _pair_from_hh(obj: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    c_turns, r_turns = (
        hh_turns(obj.get("chosen"), "chosen"),
        hh_turns(obj.get("rejected"), "rejected"),
    )
    for turns, what in ((c_turns, "chosen"), (r_turns, "rejected")):
        if turns[-1]["role"] != "assistant" or len(turns) < 2:
            raise BadLine(f"{what} does not end with an Assistant: reply")
    if c_turns[:-1] != r_turns[:-1]:
        raise BadLine("chosen and rejected differ before their last reply")
    return {"prompt": "", "messages": c_turns[:-1]}, c_turns[-1]["content"], r_turns[-1]["content"]


def _title(context: dict[str, Any]) -> str:
    users = [m["content"] for m in context.get("messages", []) if m["role"] == "user"]
    text = context.get("prompt") or (users[-1] if users else "")
    line = " ".join(str(text).split())
    return line if len(line) <= 80 else line[:79] + "…"


def _pair_spec(
    layout: str, obj: dict[str, Any], number: int, seed: int, pair: tuple[dict[str, Any], str, str]
) -> dict[str, Any]:
    context, chosen, rejected = pair
    labelled = [("chosen", chosen), ("rejected", rejected)]
    random.Random(f"{seed}:{number}").shuffle(labelled)
    responses = [
        {"id": rid, "text_md": text} for rid, (_, text) in zip("ab", labelled, strict=True)
    ]
    source = {k: v for k, v in obj.items() if k not in ("prompt", "chosen", "rejected")}
    return {
        "title": _title(context),
        "payload": {**context, "responses": responses},
        "metadata": {
            "layout": layout,
            "line": number,
            "seed": seed,
            "labels": {rid: label for rid, (label, _) in zip("ab", labelled, strict=True)},
            "source": source,
        },
    }


def _completion(item: Any, i: int) -> tuple[str, dict[str, Any]]:
    if isinstance(item, str):
        return item, {}
    if isinstance(item, dict):
        for key in TEXT_KEYS:
            if isinstance(item.get(key), str):
                return item[key], {k: v for k, v in item.items() if k != key}
    raise BadLine(f"completions[{i}] is neither text nor an object with a text field")


def _completions_spec(obj: dict[str, Any], number: int, seed: int) -> dict[str, Any]:
    items = obj.get("completions", obj.get("responses"))
    if not isinstance(items, list) or not 2 <= len(items) <= MAX_RESPONSES:
        raise BadLine(f"completions must be a list of 2 to {MAX_RESPONSES}")
    if "prompt" not in obj:
        raise BadLine("needs a prompt")
    context = _context(obj["prompt"])
    parsed = [_completion(item, i) for i, item in enumerate(items)]
    order = list(range(len(parsed)))
    random.Random(f"{seed}:{number}").shuffle(order)
    ids = [f"r{k}" for k in range(1, len(order) + 1)]
    source = {k: v for k, v in obj.items() if k not in ("prompt", "completions", "responses")}
    source["completions"] = [extra for _, extra in parsed]
    return {
        "title": _title(context),
        "payload": {
            **context,
            "responses": [
                {"id": rid, "text_md": parsed[i][0]} for rid, i in zip(ids, order, strict=True)
            ],
        },
        "metadata": {
            "layout": "completions",
            "line": number,
            "seed": seed,
            "labels": {rid: i for rid, i in zip(ids, order, strict=True)},  # id -> source index
            "source": source,
        },
    }


def _ours(obj: dict[str, Any], number: int, seed: int) -> dict[str, Any]:
    return obj if "payload" in obj else {"payload": obj}


def _line_spec(layout: str, obj: dict[str, Any], number: int, seed: int) -> dict[str, Any]:
    if layout == "preference":
        return _pair_spec(layout, obj, number, seed, _pair_from_preference(obj))
    if layout == "hh":
        return _pair_spec(layout, obj, number, seed, _pair_from_hh(obj))
    if layout == "completions":
        return _completions_spec(obj, number, seed)
    return _ours(obj, number, seed)


def _short(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]) or "payload"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{loc}: {err['msg']}{more}"


def read_layout(path: Path, layout: str, kind: str, seed: int) -> Imported:
    """Every line of ``path`` as a task spec of a ``kind`` project, or as a bad line (number and
    reason); payloads are validated here, so a line that would fail on insert is reported too."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; use one of {', '.join(LAYOUTS)}")
    if layout != "ours" and kind != TaskKind.COMPARE:
        raise ValueError(f"the {layout} layout makes compare tasks; this is a {kind} project")
    model = PAYLOAD_MODELS[TaskKind(kind)]
    out = Imported(seed=seed)
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                _read_line(out, layout, model.model_validate, line, number)
    return out


def _read_line(
    out: Imported, layout: str, validate: Callable[[Any], Any], line: str, number: int
) -> None:
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise BadLine("each line must be a JSON object")
        spec = _line_spec(layout, obj, number, out.seed)
        if not isinstance(spec.get("payload"), dict):
            raise BadLine("payload must be a JSON object")
        validate(spec["payload"])
    except json.JSONDecodeError as exc:
        out.bad.append((number, f"not JSON ({exc.msg})"))
    except ValidationError as exc:
        out.bad.append((number, _short(exc)))
    except BadLine as exc:
        out.bad.append((number, str(exc)))
    else:
        out.specs.append(spec)
