"""The CLI's commands: each opens the database, does one thing, prints JSON."""

from __future__ import annotations

import argparse
import json
import mimetypes
import os
import secrets
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from annotator_desktop.core.metrics import ExportSummary
from annotator_desktop.protocol import API_PREFIX
from annotator_desktop.server import exports, importers, layouts, leases, services
from annotator_desktop.server.assetstore import store_bytes
from annotator_desktop.server.cli import read_password
from annotator_desktop.server.db import Database, aware
from annotator_desktop.server.logs import event
from annotator_desktop.server.migrate import ensure_current, upgrade
from annotator_desktop.server.models import ProjectRow, UserRow
from annotator_desktop.server.serialize import project_out, user_out
from annotator_desktop.server.settings import SWITCH_INTERVAL, ServerSettings


def _open(db_url: str) -> Database:
    """The database, with the schema if it was empty; SchemaNotCurrent if it is behind."""
    db = Database(db_url)
    try:
        ensure_current(db, migrate=False)
    except BaseException:
        db.dispose()
        raise
    return db


def migrate(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    """Upgrade the schema to this release's, under the database's migration lock."""
    before = upgrade(db_url)
    was = "empty" if before.empty else ("pre-migration" if before.legacy else before.current)
    _print({"database": was, "now": before.head, "upgraded": not before.up_to_date})
    return 0


def _print(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def serve(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    """Run until SIGINT/SIGTERM; in-flight requests finish before exit."""
    from annotator_desktop.server.logs import setup_logging

    settings: ServerSettings = args.settings
    setup_logging(settings.log_level)
    if settings.workers > 1:
        return _serve_workers(args, settings, db_url, assets_dir)
    from annotator_desktop.server.app import create_app
    from annotator_desktop.server.runner import bind_socket, make_server

    sys.setswitchinterval(SWITCH_INTERVAL)
    app = create_app(
        db_url, assets_dir, demo=args.demo, settings=settings, demo_users=args.demo_users,
        migrate=args.migrate,
    )  # fmt: skip
    sock = bind_socket(settings.host, settings.port)
    port = sock.getsockname()[1]
    server = make_server(
        app, on_ready=lambda: _ready(args, settings, port),
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )  # fmt: skip
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        app.state.ctx.close()
        event("stopped")
    return 0


def _ready(args: argparse.Namespace, settings: ServerSettings, port: int) -> None:
    if args.port_file:
        tmp = args.port_file.with_suffix(".tmp")
        tmp.write_text(str(port))
        tmp.replace(args.port_file)
    url = f"http://{settings.host}:{port}"
    event("listening", url=url, demo=args.demo, workers=settings.workers)
    print(f"listening on {url}", flush=True)


def _serve_workers(
    args: argparse.Namespace, settings: ServerSettings, db_url: str, assets_dir: Path
) -> int:
    """``workers`` processes on one socket (uvicorn's supervisor), each loading
    ``app.create_app_from_env`` with these settings passed in ANNOTATOR_SERVER_* variables.
    This process migrates (or refuses) and seeds the demo data once, before any worker starts."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from annotator_desktop.server.runner import bind_socket

    db = Database(db_url, synchronous=settings.sqlite_synchronous)
    try:
        ensure_current(db, args.migrate)
        Path(assets_dir).mkdir(parents=True, exist_ok=True)
        if args.demo or args.demo_users:
            from annotator_desktop.server.demo import seed_demo, seed_demo_users

            if args.demo:
                seed_demo(db, Path(assets_dir), settings)
            else:
                seed_demo_users(db, settings)
    finally:
        db.dispose()
    sock = bind_socket(settings.host, settings.port)
    port = sock.getsockname()[1]
    resolved = settings.model_copy(update={"db_url": db_url, "assets_dir": Path(assets_dir)})
    os.environ.update(resolved.to_env())  # the spawned workers read these
    config = uvicorn.Config(
        "annotator_desktop.server.app:create_app_from_env", factory=True,
        workers=settings.workers, log_config=None, access_log=False, lifespan="off",
        timeout_graceful_shutdown=10, proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )  # fmt: skip
    watcher = threading.Thread(
        target=_await_workers, args=(args, settings, port), daemon=True, name="ready-watch"
    )
    watcher.start()
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
        event("stopped")
    return 0


def _await_workers(args: argparse.Namespace, settings: ServerSettings, port: int) -> None:
    """Announce the server (port file, 'listening') once a worker answers /health."""
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "") else settings.host
    url = f"http://{host}:{port}{API_PREFIX}/health"
    for _ in range(1200):
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    _ready(args, settings, port)
                    return
        except OSError:
            pass
        time.sleep(0.05)


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
        stmt = select(ProjectRow).order_by(col(ProjectRow.created_at))
        for row in session.scalars(stmt).all():
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
        extra: dict[str, Any] = {}
        if args.source.is_dir():
            if project.kind != "bbox":
                raise ValueError("a folder of images can only be imported into a bbox project")
            labels = list(project.config.get("labels", []))
            specs = importers.image_folder_tasks(
                session, assets_dir, args.source, labels, args.coco
            )
        else:
            specs, extra = _read_layout(args, project.kind)
        if args.overlap:
            for spec in specs:
                spec["overlap"] = args.overlap
        rows = services.add_tasks(session, project, specs)
        _print({"project_id": project.id, "imported": len(rows), **extra,
                "task_ids": [r.id for r in rows]})  # fmt: skip
    return 0


def _read_layout(
    args: argparse.Namespace, kind: str
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The specs of a JSONL file in ``--layout``; bad lines go to stderr with their numbers and
    stop the import unless ``--skip-bad``."""
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    got = layouts.read_layout(args.source, args.layout, kind, seed)
    for number, reason in got.bad:
        print(f"{args.source}:{number}: {reason}", file=sys.stderr)
    if got.bad and not args.skip_bad:
        raise ValueError(
            f"{len(got.bad)} bad line(s) in {args.source}; nothing imported "
            "(fix them, or pass --skip-bad to import the other lines)"
        )
    extra = {"layout": args.layout, "seed": seed, "skipped_lines": [n for n, _ in got.bad]}
    return got.specs, extra


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
    """``--format jsonl`` (default), ``preference`` or ``sft``, to ``--out`` (atomically) or
    stdout; the training formats print a summary (records, ties, skipped) on stderr."""
    fmt = getattr(args, "format", "jsonl") or "jsonl"
    summary = ExportSummary()
    with _open(db_url).read() as session:
        project = _project(session, args.project)
        lines = exports.export_lines(session, project, fmt, summary)
        if args.out:
            with exports.atomic_text(args.out) as out:
                out.writelines(lines)
        else:
            sys.stdout.writelines(lines)
    if fmt != "jsonl":
        print(summary.line(fmt), file=sys.stderr)
    return 0


def assets_add(args: argparse.Namespace, db_url: str, assets_dir: Path) -> int:
    with _open(db_url).write() as session:
        for path in args.files:
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            row = store_bytes(session, assets_dir, path.read_bytes(), mime)
            _print({"file": str(path), "sha256": row.sha256, "size": row.size, "mime": row.mime})
    return 0
