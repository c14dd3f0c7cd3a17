"""``GET /me`` and ``GET /projects`` answered from Label Studio; statistics from the local cache.

Every Label Studio project is classified (:mod:`~annotator_desktop.core.labelstudio.configs`) and
kept in ``ls_project`` with its kind or the reason it is not supported (``annotator-desktop
projects`` lists both); only the supported ones are protocol v1 projects.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import col, delete, func, select

from annotator_desktop.core.labelstudio import mapping
from annotator_desktop.core.labelstudio.configs import LsSchema, classify
from annotator_desktop.core.labelstudio.convert import user_id
from annotator_desktop.core.labelstudio.models import LsProject
from annotator_desktop.core.labelstudio.session import LsSession
from annotator_desktop.core.store import Store, Submission, Task, utcnow
from annotator_desktop.core.sync.errors import BadAnswer

PROJECT_PAGE = 100
MAX_PROJECT_PAGES = 200
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag != "br" else "\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    """Label Studio's HTML instructions as plain text (paragraphs kept, markup dropped)."""
    parser = _Text()
    parser.feed(html[:200_000])
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def account_id(base_url: str, ls_user: int) -> str:
    return f"labelstudio:{urlsplit(base_url).netloc}:{ls_user}"


def whoami(ls: LsSession) -> tuple[int, dict[str, Any]]:
    """The signed-in Label Studio user: their id and our ``User`` shape (always annotator)."""
    body = ls.call("GET", "/api/current-user/whoami")
    ident = user_id(body)
    if ident is None or not isinstance(body, dict):
        raise BadAnswer("Label Studio's current user", "no user id")
    email = str(body.get("email") or "")[:200]
    username = str(body.get("username") or "").strip()[:200] or email or f"user {ident}"
    name = " ".join(str(body.get(k) or "").strip() for k in ("first_name", "last_name")).strip()
    user = {
        "id": account_id(ls.base_url, ident), "username": username,
        "display_name": name[:200] or username, "roles": ["annotator"], "locale": "en",
    }  # fmt: skip
    return ident, user


def _listed(ls: LsSession) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for page in range(1, MAX_PROJECT_PAGES + 1):
        body = ls.call("GET", "/api/projects/", params={"page": page, "page_size": PROJECT_PAGE})
        items = body.get("results") if isinstance(body, dict) else body
        if not isinstance(items, list):
            raise BadAnswer("Label Studio's project list", "no results")
        out += [p for p in items if isinstance(p, dict) and isinstance(p.get("id"), int)]
        if not (isinstance(body, dict) and body.get("next")):
            return out
    return out


def schema_for(item: dict[str, Any]) -> LsSchema:
    overlap = item.get("maximum_annotations")
    return classify(
        str(item.get("label_config") or ""),
        instructions_md=html_text(str(item.get("expert_instruction") or "")),
        overlap=overlap if isinstance(overlap, int) else 1,
    )


def list_projects(ls: LsSession, store: Store) -> list[dict[str, Any]]:
    """Lists and classifies every project; returns the supported ones as protocol v1 projects."""
    listed = [(item, schema_for(item)) for item in _listed(ls)]
    now = utcnow()
    with store.write() as s:
        ours = [mapping.project_id(int(item["id"])) for item, _ in listed]
        s.exec(delete(LsProject).where(col(LsProject.project_id).not_in(ours or [""])))
        for item, schema in listed:
            key = mapping.project_id(int(item["id"]))
            row = s.get(LsProject, key) or LsProject(project_id=key, ls_id=int(item["id"]))
            row.title = str(item.get("title") or f"Project {item['id']}")[:500]
            row.kind, row.reason = schema.kind, schema.reason
            row.schema_ = {"config": schema.config, "tags": schema.tags}
            row.seen_at = now
            s.add(row)
    return [
        {
            "id": mapping.project_id(int(item["id"])),
            "name": str(item.get("title") or f"Project {item['id']}")[:500],
            "kind": schema.kind,
            "instructions_md": str(schema.config.get("guidelines_md") or ""),
            "config": schema.config,
        }
        for item, schema in listed
        if schema.supported
    ]


def local_stats(store: Store, project_id: str, me: str, username: str) -> dict[str, Any]:
    """``GET /projects/{id}/stats`` from what this computer knows: its tasks and submissions."""
    with store.read() as s:
        counts = s.exec(
            select(Task.state, func.count())
            .where(Task.project_id == project_id)
            .group_by(Task.state)
        ).all()
        subs = s.exec(
            select(func.count(), func.coalesce(func.sum(Submission.active_seconds), 0.0))
            .join(Task, col(Task.id) == col(Submission.task_id))
            .where(Task.project_id == project_id, Submission.origin == "local")
        ).one()
    submitted, seconds = int(subs[0]), float(subs[1])
    return {
        "project_id": project_id,
        "counts": {str(state): int(n) for state, n in counts},
        "annotators": [{
            "annotator_id": me, "username": username, "submitted": submitted,
            "active_seconds": seconds,
            "throughput_per_hour": submitted * 3600 / seconds if seconds > 0 else None,
        }],
        "agreement": {},
    }  # fmt: skip
