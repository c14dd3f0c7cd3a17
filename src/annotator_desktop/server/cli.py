"""``annotator-server``: serve, and headless administration on the same database."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from annotator_desktop.server.settings import ServerSettings

DEFAULT_HOME = Path(os.environ.get("ANNOTATOR_SERVER_HOME", "annotator-server-data"))


def _db_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="SQLAlchemy URL (default: SQLite file in ANNOTATOR_SERVER_HOME)")
    p.add_argument(
        "--assets", type=Path, help="asset folder (default: ANNOTATOR_SERVER_HOME/assets)"
    )


def _urls(args: argparse.Namespace) -> tuple[str, Path]:
    if args.db and args.assets:
        return args.db, args.assets
    DEFAULT_HOME.mkdir(parents=True, exist_ok=True)
    db = args.db or f"sqlite:///{(DEFAULT_HOME / 'server.sqlite3').resolve()}"
    return db, args.assets or DEFAULT_HOME / "assets"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator-server", description="Reference task server (protocol v1)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP server")
    _db_options(serve)
    serve.add_argument("--demo", action="store_true", help="seed demo users and projects")
    serve.add_argument("--demo-users", action="store_true", help="seed only the demo users")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    serve.add_argument("--port-file", type=Path, help="write the bound port here once listening")
    serve.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="override a ServerSettings value, e.g. lease_seconds=60")  # fmt: skip
    serve.add_argument("--log-level", default="info")
    users = sub.add_parser("users", help="manage users").add_subparsers(
        dest="action", required=True
    )
    add = users.add_parser("add", help="add a user (password from --password or stdin)")
    _db_options(add)
    add.add_argument("username")
    add.add_argument(
        "--role", action="append", choices=["annotator", "qa_lead", "admin"], required=True
    )
    add.add_argument("--password")
    add.add_argument("--display-name", default="")
    add.add_argument("--locale", default="en")
    ulist = users.add_parser("list")
    _db_options(ulist)
    projects = sub.add_parser("projects").add_subparsers(dest="action", required=True)
    create = projects.add_parser("create", help="create a project; prints its id")
    _db_options(create)
    create.add_argument("--name", required=True)
    create.add_argument("--kind", choices=["bbox", "rewrite", "compare"], required=True)
    create.add_argument("--instructions", type=Path, help="Markdown file")
    create.add_argument("--config", help="JSON object or a path to a JSON file")
    create.add_argument("--members", default="", help="comma-separated user names")
    plist = projects.add_parser("list")
    _db_options(plist)
    tasks = sub.add_parser("tasks").add_subparsers(dest="action", required=True)
    imp = tasks.add_parser("import", help="import tasks from JSONL or a folder of images (bbox)")
    _db_options(imp)
    imp.add_argument("--project", required=True)
    imp.add_argument("source", type=Path)
    imp.add_argument("--coco", type=Path, help="COCO annotations: boxes become prefill")
    imp.add_argument("--overlap", type=int, help="annotators per task (default: project's)")
    assign = sub.add_parser("assign", help="make a user a member and lease tasks to them")
    _db_options(assign)
    assign.add_argument("--project", required=True)
    assign.add_argument("--user", required=True)
    assign.add_argument("--count", type=int, default=0)
    export = sub.add_parser("export", help="JSONL of a project's submissions and reviews")
    _db_options(export)
    export.add_argument("--project", required=True)
    export.add_argument("--out", type=Path, help="file (default: stdout)")
    assets = sub.add_parser("assets").add_subparsers(dest="action", required=True)
    aadd = assets.add_parser("add", help="store files as assets; prints their sha256")
    _db_options(aadd)
    aadd.add_argument("files", nargs="+", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from annotator_desktop.server import admin_cli

    handler = {
        "serve": admin_cli.serve, "assign": admin_cli.assign, "export": admin_cli.export,
    }.get(args.command) or getattr(admin_cli, f"{args.command}_{args.action}")  # fmt: skip
    db_url, assets_dir = _urls(args)
    try:
        return int(handler(args, db_url, assets_dir) or 0)
    except (ValueError, LookupError, OSError) as exc:
        print(json.dumps({"error": str(exc)}), file=sys.stderr)
        return 2


def read_password(args: Any) -> str:
    if args.password:
        return str(args.password)
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    return sys.stdin.readline().rstrip("\n")


def parse_settings(pairs: list[str]) -> ServerSettings:
    return ServerSettings.from_pairs(pairs)


if __name__ == "__main__":
    sys.exit(main())
