"""Valid and invalid results for the demo tasks, and submission bodies."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any


def valid_result(task: dict[str, Any]) -> dict[str, Any]:
    kind, payload = task["kind"], task["payload"]
    if kind == "bbox":
        img = payload["image"]
        box = {"label": payload["labels"][0]["name"], "x": 10, "y": 20, "w": 100, "h": 50}
        return {"boxes": [box], "image_width": img["width"], "image_height": img["height"]}
    if kind == "rewrite":
        return {"text_md": payload["draft_md"] + " (fixed)", "notes": "corrected facts"}
    ids = [r["id"] for r in payload["responses"]]
    crit = {c["key"]: c["max"] for c in payload["criteria"] if not c.get("per_response")}
    per = {c["key"]: c["max"] for c in payload["criteria"] if c.get("per_response")}
    judgment: dict[str, Any] = (
        {"ranking": [[rid] for rid in ids]} if len(ids) > 2 else {"preference": -2}
    )
    return {**judgment, "presented_order": ids, "criteria": crit,
            "ratings": {rid: dict(per) for rid in ids} if per else {},
            "rationale": "The first answer is correct and clear.", "flags": []}  # fmt: skip


def body_for(
    assignment: dict[str, Any], result: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    body = {
        "assignment_id": assignment["assignment_id"], "task_id": assignment["task"]["id"],
        "lease_epoch": assignment["lease_epoch"],
        "result": result if result is not None else valid_result(assignment["task"]),
        "started_at": now, "submitted_at": now, "active_seconds": 42.5,
    }  # fmt: skip
    body.update(extra)
    return body


def new_id() -> str:
    return str(uuid.uuid4())
