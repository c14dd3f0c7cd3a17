"""Body fingerprints for idempotent PUTs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

_SLICE = 500  # list items written per json.dumps call
_NESTED = 3  # how many levels of objects and arrays are walked in Python


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_pieces(obj: Any, level: int = 0) -> Iterator[str]:
    """``_canonical(obj)`` in pieces, joined they are the same text. The top levels are walked
    in Python and long arrays written a slice at a time, so that a 10,000-box result is not one
    ~10 ms call that holds the GIL (the server's event loop waits for it)."""
    if level < _NESTED and isinstance(obj, dict):
        yield "{"
        for i, key in enumerate(sorted(obj)):
            yield ("," if i else "") + _canonical(key) + ":"
            yield from canonical_pieces(obj[key], level + 1)
        yield "}"
    elif level < _NESTED and isinstance(obj, list) and len(obj) > _SLICE:
        yield "["
        for start in range(0, len(obj), _SLICE):
            yield ("," if start else "") + _canonical(obj[start : start + _SLICE])[1:-1]
        yield "]"
    else:
        yield _canonical(obj)


def body_hash(model: BaseModel) -> str:
    """SHA-256 of the canonical JSON (sorted keys, no spaces) of a validated body; unknown
    fields already dropped. ``dict[str, Any]`` fields hold parsed JSON and are used as they
    are (dumping them again in JSON mode gives the same values)."""
    fields = type(model).model_fields
    loose = {name for name, field in fields.items() if field.annotation == dict[str, Any]}
    data = model.model_dump(mode="json", exclude=loose)
    data.update({name: getattr(model, name) for name in loose})
    digest = hashlib.sha256()
    for piece in canonical_pieces(data):
        digest.update(piece.encode())
    return digest.hexdigest()
