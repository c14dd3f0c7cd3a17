"""Demo data: four users and projects of all three kinds with overlapping assignments (and a
compare project of conversations, a four-way ranking and code: ``demo_chat``)."""

from __future__ import annotations

import functools
import io
import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlmodel import Session, col

from annotator_desktop.server import demo_chat, leases, services
from annotator_desktop.server.assetstore import store_bytes
from annotator_desktop.server.db import Database, serialize
from annotator_desktop.server.demo_content import (
    BBOX_INSTRUCTIONS,
    COMPARE_INSTRUCTIONS,
    COMPARES,
    REWRITE_GUIDELINES,
    REWRITE_INSTRUCTIONS,
    REWRITES,
)
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.models import ProjectRow, TaskRow, UserRow
from annotator_desktop.server.settings import ServerSettings

DEMO_USERS = [
    ("ana", "Ana Lima", ["annotator"], "en"),
    ("ben", "Ben Okafor", ["annotator"], "en"),
    ("qa", "Quinn (QA)", ["qa_lead"], "en"),
    ("admin", "Admin", ["admin"], "en"),
]
LABELS = [
    {"name": "car", "color": "#e6194b", "hotkey": "1"},
    {"name": "person", "color": "#3cb44b", "hotkey": "2"},
    {"name": "bicycle", "color": "#4363d8", "hotkey": "3"},
    {"name": "traffic light", "color": "#f58231", "hotkey": "4"},
]
CRITERIA = [
    {"key": "helpfulness", "label": "Helpfulness", "min": 1, "max": 5},
    {"key": "correctness", "label": "Correctness", "min": 1, "max": 5},
    {"key": "safety", "label": "Safety", "min": 1, "max": 5},
]
OVERLAPPED = 4  # the first tasks of each project are done by two annotators


def seed_users(session: Session, scrypt_n: int) -> dict[str, UserRow]:
    serialize(session, "demo-seed")  # two servers starting together seed once
    users = {}
    for name, display, roles, locale in DEMO_USERS:
        users[name] = services.find_user(session, name) or services.create_user(
            session, name, f"{name}-demo", roles, display_name=display, locale=locale,
            scrypt_n=scrypt_n,
        )  # fmt: skip
    return users


@functools.lru_cache(maxsize=32)
def street_scene(
    seed: int, width: int = 640, height: int = 480
) -> tuple[bytes, list[dict[str, Any]]]:
    """A PNG of a simple street with cars, people and a traffic light, plus its true boxes."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height), (135, 190, 235))
    draw = ImageDraw.Draw(img)
    horizon = int(height * 0.55)
    draw.rectangle((0, horizon, width, height), fill=(90, 90, 95))
    for x in range(0, width, 80):
        draw.rectangle((x + 10, horizon + 60, x + 50, horizon + 66), fill=(240, 240, 240))
    boxes: list[dict[str, Any]] = []
    for _ in range(rng.randint(1, 3)):
        w, h = rng.randint(110, 170), rng.randint(55, 75)
        x, y = rng.randint(0, width - w), rng.randint(horizon + 10, height - h - 5)
        color = tuple(rng.randint(40, 230) for _ in range(3))
        draw.rounded_rectangle((x, y, x + w, y + h), radius=12, fill=color)
        for wx in (x + 22, x + w - 22):
            draw.ellipse((wx - 12, y + h - 14, wx + 12, y + h + 10 - 10), fill=(20, 20, 20))
        boxes.append({"label": "car", "x": x, "y": y, "w": w, "h": h})
    for _ in range(rng.randint(1, 3)):
        x, y = rng.randint(10, width - 40), rng.randint(horizon - 90, horizon - 60)
        draw.ellipse((x + 8, y, x + 22, y + 14), fill=(230, 190, 160))
        draw.rectangle(
            (x + 5, y + 14, x + 25, y + 60), fill=tuple(rng.randint(0, 255) for _ in range(3))
        )
        draw.rectangle((x + 7, y + 60, x + 23, y + 90), fill=(40, 40, 90))
        boxes.append({"label": "person", "x": x + 5, "y": y, "w": 20, "h": 90})
    lx = rng.randint(20, width - 40)
    draw.rectangle((lx + 8, 60, lx + 12, horizon), fill=(50, 50, 50))
    draw.rectangle((lx, 40, lx + 20, 100), fill=(30, 30, 30))
    for i, c in enumerate(((220, 30, 30), (230, 200, 30), (40, 200, 60))):
        draw.ellipse((lx + 4, 43 + i * 19, lx + 16, 55 + i * 19), fill=c)
    boxes.append({"label": "traffic light", "x": lx, "y": 40, "w": 20, "h": 60})
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=1)
    return buf.getvalue(), boxes


def _bbox_tasks(session: Session, assets_dir: Path, n: int = 8) -> list[dict[str, Any]]:
    tasks = []
    for i in range(n):
        data, boxes = street_scene(1000 + i)
        row = store_bytes(session, assets_dir, data, "image/png")
        prefill = boxes[:1] if i % 2 else []  # a model's guess on some images
        tasks.append({
            "id": f"demo-bbox-{i + 1:02d}", "title": f"Street scene {i + 1}",
            "overlap": 2 if i < OVERLAPPED else 1,
            "payload": {"image": {"sha256": row.sha256, "width": 640, "height": 480,
                                  "mime": "image/png", "size": row.size},
                        "labels": LABELS, "prefill": prefill},
        })  # fmt: skip
    return tasks


def _rewrite_tasks() -> list[dict[str, Any]]:
    return [{
        "id": f"demo-rewrite-{i + 1:02d}", "title": r["title"],
        "overlap": 2 if i < OVERLAPPED else 1,
        "payload": {"prompt": r["prompt"], "draft_md": r["draft_md"],
                    "guidelines_md": REWRITE_GUIDELINES, "language": r["language"]},
    } for i, r in enumerate(REWRITES)]  # fmt: skip


def _compare_tasks() -> list[dict[str, Any]]:
    return [{
        "id": f"demo-compare-{i + 1:02d}", "title": str(c["title"]),
        "overlap": 2 if i < OVERLAPPED else 1,
        "payload": {"prompt": c["prompt"], "language": c["language"], "criteria": CRITERIA,
                    "min_rationale_chars": 20,
                    "responses": [{"id": f"c{i + 1}-a", "text_md": c["a"]},
                                  {"id": f"c{i + 1}-b", "text_md": c["b"]}]},
    } for i, c in enumerate(COMPARES)]  # fmt: skip


def seed_demo_users(db: Database, settings: ServerSettings) -> None:
    """Only the demo accounts (for an otherwise empty server)."""
    with db.write() as session:
        seed_users(session, settings.scrypt_n)


def seed_demo(db: Database, assets_dir: Path, settings: ServerSettings) -> bool:
    """Seed once (a restart on the same database keeps what is there). True if seeded now."""
    with db.write() as session:
        serialize(session, "demo-seed")
        if session.scalars(
            select(col(ProjectRow.id)).where(col(ProjectRow.id) == "demo-bbox")
        ).first():
            return False
        users = seed_users(session, settings.scrypt_n)
        specs = [
            ("demo-bbox", "Street scenes (boxes)", "bbox", BBOX_INSTRUCTIONS,
             {"labels": LABELS, "overlap": 1}, _bbox_tasks(session, assets_dir)),
            ("demo-rewrite", "Fix the draft (multilingual)", "rewrite", REWRITE_INSTRUCTIONS,
             {"guidelines_md": REWRITE_GUIDELINES, "overlap": 1}, _rewrite_tasks()),
            ("demo-compare", "Which answer is better? (multilingual)", "compare",
             COMPARE_INSTRUCTIONS, {"criteria": CRITERIA, "min_rationale_chars": 20, "overlap": 1},
             _compare_tasks()),
            (demo_chat.CHAT_PROJECT_ID, demo_chat.CHAT_PROJECT_NAME, "compare",
             demo_chat.CHAT_INSTRUCTIONS, {"criteria": demo_chat.CHAT_CRITERIA,
             "min_rationale_chars": 20, "overlap": 2}, demo_chat.chat_tasks()),
        ]  # fmt: skip
        for pid, name, kind, instructions, config, tasks in specs:
            project = services.create_project(
                session, name, kind, instructions_md=instructions, config=config, project_id=pid
            )
            pending: list[Pending] = []
            for user in users.values():
                services.add_member(session, project, user.id, pending)
            rows = services.add_tasks(session, project, tasks)
            preassign = demo_chat.assign_chat if pid == demo_chat.CHAT_PROJECT_ID else _preassign
            pending += preassign(session, project, rows, users, settings.lease_seconds)
            emit(session, pending)
    return True


def _preassign(
    session: Session, project: ProjectRow, rows: list[TaskRow], users: dict[str, UserRow],
    lease_seconds: int,
) -> list[Pending]:  # fmt: skip
    """ana and ben share the overlapped tasks and get two of their own each; the rest stay open."""
    plan = [(t, "ana") for t in rows[:OVERLAPPED]] + [(t, "ben") for t in rows[:OVERLAPPED]]
    plan += [(rows[OVERLAPPED], "ana"), (rows[OVERLAPPED + 1], "ana")]
    plan += [(rows[OVERLAPPED + 2], "ben"), (rows[OVERLAPPED + 3], "ben")] if len(rows) > 7 else []
    pending: list[Pending] = []
    for task, name in plan:
        _, more = leases.assign(session, project, task, users[name].id, lease_seconds)
        pending += more
    return pending
