"""The CLI's commands: each opens the database, does one thing, prints JSON."""

from __future__ import annotations

import argparse
import json
import mimetypes
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from annotator_desktop.server import importers, leases, services
from annotator_desktop.server.assetstore import store_bytes
from annotator_desktop.server.cli import parse_settings, read_password
from annotator_desktop.server.db import Database, aware
from annotator_desktop.server.models import ProjectRow, ReviewRow, SubmissionRow, UserRow
from annotator_desktop.server.serialize import project_out, review_out, submission_out, user_out
from annotator_desktop.server.settings import ServerSettings


def _open(db_url: str) -> Database:
    db = Database(db_url)
    db.create_all()
    return db


def _print(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def serve(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    """Run until SIGINT/SIGTERM; in-flight requests finish before exit."""
    from annotator_desktop.server.app import create_app
    from annotator_desktop.server.logs import event, setup_logging
    from annotator_desktop.server.runner import bind_socket, make_server

    setup_logging(args.log_level)
    # request handling hops between the event loop and worker threads; hand the GIL over
    # faster than the default 5 ms so a hop does not wait for a full switch interval
    sys.setswitchinterval(0.0005)
    settings = parse_settings(args.set)
    app = create_app(
        db_url, assets_dir, demo=args.demo, settings=settings, demo_users=args.demo_users
    )
    sock = bind_socket(args.host, args.port)
    port = sock.getsockname()[1]

    def ready() -> None:
        if args.port_file:
            tmp = args.port_file.with_suffix(".tmp")
            tmp.write_text(str(port))
            tmp.replace(args.port_file)
        event("listening", url=f"http://{args.host}:{port}", demo=args.demo)
        print(f"listening on http://{args.host}:{port}", flush=True)

    server = make_server(app, on_ready=ready)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        app.state.ctx.close()
        event("stopped")
    return 0


def users_add(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    password = read_password(args)
    if not password:
        raise ValueError("empty password")
    with _open(db_url).write() as session:
        row = services.create_user(
            session, args.username, password, args.role, display_name=args.display_name,
            locale=args.locale, scrypt_n=ServerSettings().scrypt_n,
        )  # fmt: skip
        _print(user_out(row).model_dump(mode="json"))
    return 0


def users_list(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    with _open(db_url).read() as session:
        for row in session.scalars(select(UserRow).order_by(UserRow.username)).all():
            _print(user_out(row).model_dump(mode="json"))
    return 0


def _json_arg(value: str | None) -> dict[str, Any]:
    if not value:
        return {}
    path = Path(value)
    text = path.read_text(encoding="utf-8") if path.is_file() else value
    obj = json.loads(text)
    if not isinstance(obj, dict):
        raise ValueError("--config must be a JSON object")
    return obj


def projects_create(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    instructions = args.instructions.read_text(encoding="utf-8") if args.instructions else ""
    with _open(db_url).write() as session:
        row = services.create_project(
            session,
            args.name,
            args.kind,
            instructions_md=instructions,
            config=_json_arg(args.config),
        )
        for name in filter(None, (n.strip() for n in args.members.split(","))):
            user = services.find_user(session, name)
            if user is None:
                raise LookupError(f"no user {name!r}")
            services.add_member(session, row, user.id)
        _print(project_out(row).model_dump(mode="json"))
    return 0


def projects_list(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    with _open(db_url).read() as session:
        for row in session.scalars(select(ProjectRow).order_by(ProjectRow.created_at)).all():
            _print(project_out(row).model_dump(mode="json"))
    return 0


def _project(session: Any, project_id: str) -> ProjectRow:
    row = session.get(ProjectRow, project_id)
    if row is None:
        raise LookupError(f"no project {project_id!r}")
    return row


def tasks_import(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    with _open(db_url).write() as session:
        project = _project(session, args.project)
        if args.source.is_dir():
            if project.kind != "bbox":
                raise ValueError("a folder of images can only be imported into a bbox project")
            labels = list(project.config.get("labels", []))
            specs = importers.image_folder_tasks(
                session, assets_dir, args.source, labels, args.coco
            )
        else:
            specs = importers.read_jsonl(args.source)
        if args.overlap:
            for spec in specs:
                spec["overlap"] = args.overlap
        rows = services.add_tasks(session, project, specs)
        _print({"project_id": project.id, "imported": len(rows), "task_ids": [r.id for r in rows]})
    return 0


def assign(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    with _open(db_url).write() as session:
        project = _project(session, args.project)
        user = services.find_user(session, args.user)
        if user is None:
            raise LookupError(f"no user {args.user!r}")
        services.add_member(session, project, user.id)
        pairs = (
            leases.checkout(session, project, user.id, args.count, ServerSettings().lease_seconds)
            if args.count > 0
            else []
        )
        for a, _task in pairs:
            _print({"assignment_id": a.id, "task_id": a.task_id, "user": user.username,
                    "lease_epoch": a.lease_epoch, "expires_at": aware(a.expires_at).isoformat()})  # type: ignore[union-attr]  # fmt: skip
        if not pairs:
            _print({"project_id": project.id, "member": user.username})
    return 0


def export(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        with _open(db_url).read() as session:
            _project(session, args.project)
            subs = select(SubmissionRow).where(SubmissionRow.project_id == args.project)
            for row in session.scalars(subs.order_by(SubmissionRow.received_at)).all():
                line = {"type": "submission", **submission_out(row).model_dump(mode="json")}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            revs = select(ReviewRow).where(ReviewRow.project_id == args.project)
            for rev in session.scalars(revs.order_by(ReviewRow.created_at)).all():
                line = {"type": "review", **review_out(rev).model_dump(mode="json")}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return 0


def assets_add(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    with _open(db_url).write() as session:
        for path in args.files:
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            row = store_bytes(session, assets_dir, path.read_bytes(), mime)
            _print({"file": str(path), "sha256": row.sha256, "size": row.size, "mime": row.mime})
    return 0
