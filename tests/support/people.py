"""Other people on the real server, over plain HTTP: no client cache, no sync engine.

UI tests drive one user through the real window; what the *other* users do (annotators whose
work a QA lead reviews, a lead's verdicts an annotator receives) is set up and read back here
with plain ``requests`` against protocol v1, so no UI test calls a sync or push function.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import requests

TIMEOUT = 15


class Person:
    """One signed-in user of the server at ``api`` (``…/api/v1``)."""

    def __init__(self, api: str, username: str, password: str | None = None) -> None:
        self.api = api
        self.username = username
        r = requests.post(
            f"{api}/auth/login",
            json={"username": username, "password": password or f"{username}-demo"},
            timeout=TIMEOUT,
        )
        r.raise_for_status()
        self.headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
        self.id = str(self.get("/me")["id"])

    def get(self, path: str, **params: Any) -> Any:
        r = requests.get(self.api + path, params=params, headers=self.headers, timeout=TIMEOUT)
        r.raise_for_status()
        return r.json()

    def checkout(self, project_id: str, count: int = 50) -> list[dict[str, Any]]:
        r = requests.post(
            f"{self.api}/projects/{project_id}/checkout",
            json={"count": count}, headers=self.headers, timeout=TIMEOUT,
        )  # fmt: skip
        r.raise_for_status()
        return list(r.json()["assignments"])

    def submit(
        self, assignment: dict[str, Any], result: dict[str, Any], active_seconds: float
    ) -> str:
        """PUTs one submission for a checked-out assignment; returns its id."""
        sub_id = str(uuid.uuid4())
        now = datetime.now(UTC).isoformat()
        r = requests.put(
            f"{self.api}/submissions/{sub_id}",
            json={
                "assignment_id": assignment["assignment_id"],
                "task_id": assignment["task"]["id"],
                "lease_epoch": assignment["lease_epoch"],
                "result": result, "started_at": now, "submitted_at": now,
                "active_seconds": active_seconds,
            },
            headers=self.headers, timeout=TIMEOUT,
        )  # fmt: skip
        assert r.status_code in (200, 201), r.text
        return sub_id

    def feed(self) -> list[dict[str, Any]]:
        """Every change the server's feed holds for this user (all pages)."""
        out: list[dict[str, Any]] = []
        cursor = ""
        while True:
            page = self.get("/sync/changes", cursor=cursor) if cursor else self.get("/sync/changes")
            out.extend(page["changes"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return out

    def reviews_of(self, submission_id: str) -> list[dict[str, Any]]:
        """The reviews of ``submission_id`` this user's feed carries, oldest first."""
        return [
            c["data"]
            for c in self.feed()
            if c["entity"] == "review" and c.get("data")
            and c["data"]["submission_id"] == submission_id
        ]  # fmt: skip
