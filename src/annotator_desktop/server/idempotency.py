"""Body fingerprints for idempotent PUTs."""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel


def body_hash(model: BaseModel) -> str:
    """SHA-256 of the canonical JSON of a validated body (unknown fields already dropped)."""
    data = model.model_dump(mode="json")
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()
