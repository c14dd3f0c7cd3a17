"""``annotator-server``: serve, and headless administration on the same database."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from annotator_desktop.server.settings import CONFIG_ENV, HOME_ENV, ServerSettings, server_home


def _db_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="SQLAlchemy URL (default: SQLite file in the data folder)")
    p.add_argument("--assets", type=Path, help="asset folder (default: the data folder's assets)")


def _config_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, metavar="FILE", dest="settings_file",
                   help=f"TOML settings file (default: ${CONFIG_ENV} if set)")  # fmt: skip


def _settings(args: argparse.Namespace) -> ServerSettings:
    """Defaults < TOML file < ANNOTATOR_SERVER_* variables < --set < named flags."""
    flags = {
        "db_url": args.db, "assets_dir": args.assets, "host": getattr(args, "host", None),
        "port": getattr(args, "port", None), "workers": getattr(args, "workers", None),
        "log_level": getattr(args, "log_level", None),
    }  # fmt: skip
    return ServerSettings.from_pairs(
        getattr(args, "set", []), config_file=getattr(args, "settings_file", None), **flags
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator-server", description="Reference task server (protocol v1).",
        epilog=f"Data folder (SQLite file and assets unless --db / --assets): {server_home()}"
        f" ({HOME_ENV} if set, else the platform's user data folder)",
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP server")
    _db_options(serve)
    _config_option(serve)
    serve.add_argument("--demo", action="store_true", help="seed demo users and projects")
    serve.add_argument("--demo-users", action="store_true", help="seed only the demo users")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="default 8765; 0 picks a free port")
    serve.add_argument("--workers", type=int, help="server processes (default 1)")
    serve.add_argument("--migrate", action="store_true",
                       help="upgrade a database made by an older release first")  # fmt: skip
    serve.add_argument("--port-file", type=Path, help="write the bound port here once listening")
    serve.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="override a ServerSettings value, e.g. lease_seconds=60")  # fmt: skip
    serve.add_argument("--log-level", help="critical, error, warning, info (default), debug")
    mig = sub.add_parser("migrate", help="upgrade the database schema to this release's")
    _db_options(mig)
    _config_option(mig)
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
    imp.add_argument(
        "--layout",
        default="ours",
        choices=("ours", "preference", "hh", "completions"),
        help="JSONL layout: ours, preference (prompt/chosen/rejected), hh "
        "(Human:/Assistant: transcripts), completions (prompt + 2..9 completions)",
    )
    imp.add_argument(
        "--seed",
        type=int,
        help="seed of the response shuffle (default: random; recorded in each task's metadata)",
    )
    imp.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good lines even when some are bad (bad ones are listed)",
    )
    assign = sub.add_parser("assign", help="make a user a member and lease tasks to them")
    _db_options(assign)
    assign.add_argument("--project", required=True)
    assign.add_argument("--user", required=True)
    assign.add_argument("--count", type=int, default=0)
    export = sub.add_parser("export", help="JSONL of a project's submissions and reviews")
    _db_options(export)
    export.add_argument("--project", required=True)
    export.add_argument("--out", type=Path, help="file (default: stdout)")
    export.add_argument(
        "--format",
        default="jsonl",
        choices=("jsonl", "preference", "sft"),
        help="jsonl: submissions and reviews; preference: one line per judged pair (compare); "
        "sft: context + rewrite (rewrite)",
    )
    assets = sub.add_parser("assets").add_subparsers(dest="action", required=True)
    aadd = assets.add_parser("add", help="store files as assets; prints their sha256")
    _db_options(aadd)
    aadd.add_argument("files", nargs="+", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from annotator_desktop.server import admin_cli
    from annotator_desktop.server.migrate import SchemaNotCurrent

    handler = {
        "serve": admin_cli.serve, "assign": admin_cli.assign, "export": admin_cli.export,
        "migrate": admin_cli.migrate,
    }.get(args.command) or getattr(admin_cli, f"{args.command}_{args.action}")  # fmt: skip
    try:
        args.settings = _settings(args)
        db_url, assets_dir = args.settings.locations()
        return int(handler(args, db_url, assets_dir) or 0)
    except (ValueError, LookupError, OSError, SchemaNotCurrent) as exc:
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
