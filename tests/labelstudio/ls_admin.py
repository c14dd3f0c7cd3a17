"""Admin helpers for a real Label Studio in tests: projects, tasks, images, users, annotations.

The server is the one ``ANNOTATOR_TEST_LS_URL`` names (CI starts it; see ``.ci/``); the admin signs
in with the admin's personal access token from the JSON file ``ANNOTATOR_TEST_LS_TOKENS`` names
(written by ``.ci/label-studio.sh``), else ``ANNOTATOR_TEST_LS_ADMIN_TOKEN``, else with
``ANNOTATOR_TEST_LS_ADMIN_EMAIL`` / ``ANNOTATOR_TEST_LS_ADMIN_PASSWORD``.
"""

from __future__ import annotations

import io
import json
import os
import uuid
from pathlib import Path
from typing import Any

import requests
from PIL import Image

from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.engine import SyncEngine, SyncReport

URL_ENV = "ANNOTATOR_TEST_LS_URL"
TIMEOUT = 60


def _session_token(base: str, session: requests.Session) -> str:
    """A new personal access token for the user signed in to ``session``."""
    headers = {"X-CSRFToken": session.cookies.get("csrftoken") or "", "Referer": base + "/"}
    resp = session.post(base + "/api/token/", headers=headers, timeout=TIMEOUT)
    if resp.status_code >= 400:  # 409: one token per user (then pass it in the environment)
        raise RuntimeError(f"cannot make a token: {resp.status_code} {resp.text[:200]}")
    return str(resp.json()["token"])


def login_token(base: str, email: str, password: str) -> str:
    """Signs in through the web form and makes the user's personal access token."""
    session = requests.Session()
    session.get(base + "/user/login/", timeout=TIMEOUT)
    form = {"email": email, "password": password,
            "csrfmiddlewaretoken": session.cookies.get("csrftoken") or ""}  # fmt: skip
    resp = session.post(
        base + "/user/login/", data=form, headers={"Referer": base + "/user/login/"},
        allow_redirects=False, timeout=TIMEOUT,
    )  # fmt: skip
    if resp.status_code != 302:
        raise RuntimeError(f"Label Studio sign-in as {email} failed ({resp.status_code})")
    return _session_token(base, session)


class LsAdmin:
    """Calls Label Studio's API as an administrator (Bearer access from a PAT)."""

    def __init__(self, base_url: str, pat: str) -> None:
        self.base = base_url.rstrip("/")
        self.pat = pat
        self.http = requests.Session()
        self.created: list[int] = []  # projects made through this object, deleted by drop_created

    @classmethod
    def from_env(cls) -> LsAdmin:
        base = os.environ[URL_ENV].rstrip("/")
        pat = os.environ.get("ANNOTATOR_TEST_LS_ADMIN_TOKEN", "")
        tokens = os.environ.get("ANNOTATOR_TEST_LS_TOKENS", "")
        if tokens:
            with open(tokens, encoding="utf-8") as f:
                pat = str(json.load(f)["admin"]["token"])
        if not pat:
            pat = login_token(
                base,
                os.environ.get("ANNOTATOR_TEST_LS_ADMIN_EMAIL", "admin@example.com"),
                os.environ.get("ANNOTATOR_TEST_LS_ADMIN_PASSWORD", "adminpass123"),
            )
        return cls(base, pat)

    def access(self, pat: str | None = None) -> str:
        resp = self.http.post(
            self.base + "/api/token/refresh/", json={"refresh": pat or self.pat}, timeout=TIMEOUT
        )
        resp.raise_for_status()
        return str(resp.json()["access"])

    def api(self, method: str, path: str, *, pat: str | None = None, **kw: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.access(pat)}"}
        resp = self.http.request(method, self.base + path, headers=headers, timeout=TIMEOUT, **kw)
        if resp.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {resp.status_code} {resp.text[:300]}")
        return resp.json() if resp.content else None

    # --- users --------------------------------------------------------------------------

    def new_user(self, name: str = "") -> tuple[str, str]:
        """Signs a new user up through the organisation's invite link: (email, their PAT)."""
        email = f"{name or 'user'}-{uuid.uuid4().hex[:8]}@example.com"
        invite = self.api("GET", "/api/invite")
        url = self.base + str(invite["invite_url"])
        session = requests.Session()
        session.get(url, timeout=TIMEOUT)
        form = {"email": email, "password": "test-pass-12345", "allow_newsletters": "false",
                "csrfmiddlewaretoken": session.cookies.get("csrftoken") or ""}  # fmt: skip
        resp = session.post(
            url, data=form, headers={"Referer": url}, allow_redirects=False, timeout=TIMEOUT
        )
        if resp.status_code != 302:
            raise RuntimeError(f"sign-up of {email} failed ({resp.status_code})")
        return email, _session_token(self.base, session)

    # --- projects and tasks ---------------------------------------------------------------

    def create_project(self, title: str, label_config: str, **extra: Any) -> int:
        body = {"title": f"{title} {uuid.uuid4().hex[:6]}", "label_config": label_config, **extra}
        project = int(self.api("POST", "/api/projects/", json=body)["id"])
        self.created.append(project)
        return project

    def drop_created(self) -> None:
        """Deletes the projects made since the last call (each test starts on an empty server, so
        a sync's cost does not grow with the tests that ran before it)."""
        while self.created:
            project = self.created.pop()
            resp = self.http.delete(
                f"{self.base}/api/projects/{project}/",
                headers={"Authorization": f"Bearer {self.access()}"}, timeout=TIMEOUT,
            )  # fmt: skip
            if resp.status_code not in (204, 404):
                raise RuntimeError(f"DELETE project {project}: {resp.status_code}")

    def task_ids(self, project: int) -> list[int]:
        query = json.dumps({"ordering": ["tasks:id"]})
        body = self.api(
            "GET", "/api/tasks/",
            params={"project": project, "include": "id", "page_size": 10_000, "query": query},
        )  # fmt: skip
        return [int(t["id"]) for t in body["tasks"]]

    def import_tasks(self, project: int, tasks: list[dict[str, Any]]) -> list[int]:
        """Imports tasks (with ``data`` and optional ``predictions``); returns their new ids."""
        before = set(self.task_ids(project))
        self.api("POST", f"/api/projects/{project}/import", json=tasks)
        return sorted(set(self.task_ids(project)) - before)

    def upload_image(self, project: int, data: bytes, name: str = "image.png") -> int:
        """Uploads an image file as a new task (``data.image`` = ``/data/upload/…``)."""
        before = set(self.task_ids(project))
        self.api("POST", f"/api/projects/{project}/import", files={"file": (name, data)})
        (task,) = sorted(set(self.task_ids(project)) - before)
        return task

    def task(self, task: int) -> dict[str, Any]:
        return dict(self.api("GET", f"/api/tasks/{task}/"))

    def annotate(self, task: int, result: list[dict[str, Any]], pat: str | None = None) -> int:
        body = {"result": result, "lead_time": 1.0}
        return int(self.api("POST", f"/api/tasks/{task}/annotations/", pat=pat, json=body)["id"])

    def set_data(self, task: int, data: dict[str, Any]) -> None:
        """Replaces a task's data (Label Studio checks data on import, not on this edit)."""
        self.api("PATCH", f"/api/tasks/{task}/", json={"data": data})

    def delete_task(self, task: int) -> None:
        self.api("DELETE", f"/api/tasks/{task}/")


def png(width: int, height: int, seed: int = 0) -> bytes:
    """A PNG with noisy pixels (so it does not compress to a few bytes)."""
    image = Image.effect_noise((width, height), 64 + seed % 64).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


BBOX_CONFIG = (
    '<View><Image name="image" value="$image"/>'
    '<RectangleLabels name="label" toName="image">'
    '<Label value="cat" background="#ff0000" hotkey="c"/><Label value="dog" background="blue"/>'
    "</RectangleLabels></View>"
)
REWRITE_CONFIG = (
    '<View><Text name="prompt" value="$prompt"/><Text name="draft" value="$draft"/>'
    '<TextArea name="rewrite" toName="draft" rows="6"/></View>'
)
POLYGON_CONFIG = (
    '<View><Image name="img" value="$image"/>'
    '<PolygonLabels name="poly" toName="img"><Label value="road"/></PolygonLabels></View>'
)


def compare_config() -> str:
    from importlib.resources import files

    return (files("annotator_desktop.core.labelstudio") / "templates" / "compare.xml").read_text(
        encoding="utf-8"
    )


def fast_config() -> SyncConfig:
    return SyncConfig(connect_timeout=5.0, read_timeout=30.0, backoff_base=0.01, backoff_cap=0.05)


def sync(
    client: LabelStudioClient, store: Store, folder: Path, *, with_assets: bool = True
) -> SyncReport:
    """One sync cycle, as the app runs it."""
    return SyncEngine(client, store, folder, client.config).sync(with_assets=with_assets)
