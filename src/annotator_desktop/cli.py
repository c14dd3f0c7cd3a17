"""The command line: GUI start and headless subcommands (pinned in DESIGN.md)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator_desktop import __version__
from annotator_desktop.core.paths import HOME_ENV

SUBCOMMANDS = ("login", "sync", "status", "projects", "export", "open")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator-desktop",
        description="Offline-first annotation client: boxes, rewrites, comparisons, QA review.",
    )
    parser.add_argument("--version", action="version", version=f"annotator-desktop {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start a local demo server and sign in; its data stays in demo/ inside the data "
        "folder (unless --data-dir is given)",
    )
    parser.add_argument("--data-dir", type=Path, help=f"where to keep data (or set {HOME_ENV})")
    parser.add_argument(
        "--lang", help="UI language code (en, es, fr, de, pt_BR, ja, zh_CN, hi, ar, pseudo)"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="open every window and pane, then exit"
    )
    sub = parser.add_subparsers(dest="command")

    login = sub.add_parser("login", help="sign in to a task server or a Label Studio server")
    login.add_argument("--server", required=True, help="server URL, e.g. https://tasks.example.org")
    login.add_argument("--user", help="user name on a task server (the password is asked for)")
    login.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    login.add_argument(
        "--token", help="a Label Studio personal access token (from its Account & Settings page)"
    )
    login.add_argument(
        "--token-stdin", action="store_true", help="read the Label Studio access token from stdin"
    )

    sub.add_parser("sync", help="one push-then-pull cycle")

    status = sub.add_parser("status", help="show the cache and outbox state")
    status.add_argument("--json", action="store_true")

    projects = sub.add_parser("projects", help="list the cached projects and their task counts")
    projects.add_argument("--json", action="store_true")

    export = sub.add_parser("export", help="export a project's results")
    export.add_argument("--project", required=True, help="the project's id, or its name (any case)")
    export.add_argument(
        "--format",
        required=True,
        choices=("coco", "yolo", "voc", "jsonl", "preference", "sft"),
        help="preference: judged pairs of a compare project; sft: a rewrite project's rewrites",
    )
    export.add_argument("out", type=Path)

    open_cmd = sub.add_parser("open", help="open a folder of images as a local bbox project")
    open_cmd.add_argument("folder", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    gui = args.command in (None, "open")
    if gui:
        from annotator_desktop.ui.app import EXIT_NO_DISPLAY, no_display_message

        problem = no_display_message()
        if problem:  # Qt would abort (exit 134) with a page of its own messages
            print(problem, file=sys.stderr)
            return EXIT_NO_DISPLAY
    if args.data_dir:
        os.environ[HOME_ENV] = str(args.data_dir.expanduser().resolve())
    elif args.demo:  # the demo's cache, settings and server stay out of the user's own folder
        from annotator_desktop.core.paths import demo_data_dir

        os.environ[HOME_ENV] = str(demo_data_dir())
    if gui:
        return _gui(args)
    if args.command in ("projects", "export"):
        from annotator_desktop.core import project_commands

        if args.command == "projects":
            return project_commands.cmd_projects(as_json=args.json)
        return project_commands.cmd_export(args.project, args.format, args.out)
    from annotator_desktop.core.sync import commands

    if args.command == "login":
        if args.token is not None or args.token_stdin:
            return commands.cmd_login_token(args.server, args.token, token_stdin=args.token_stdin)
        if not args.user:
            print(
                "annotator-desktop: login needs --user NAME (a task server) or --token PAT "
                "(a Label Studio server)",
                file=sys.stderr,
            )
            return 1
        return commands.cmd_login(args.server, args.user, password_stdin=args.password_stdin)
    if args.command == "sync":
        return commands.cmd_sync()
    return commands.cmd_status(as_json=args.json)


def _gui(args: argparse.Namespace) -> int:
    from annotator_desktop.ui.app import run_gui

    demo_server = _DemoServer() if args.demo else None
    try:
        return run_gui(
            demo=args.demo,
            lang=args.lang,
            open_dir=getattr(args, "folder", None),
            smoke=args.smoke,
            demo_server_url=demo_server.url if demo_server else None,
        )
    finally:
        if demo_server is not None:
            demo_server.stop()


class _DemoServer:
    """The reference server with demo data, in this process, on 127.0.0.1 (any free port); its
    data is kept in ``demo-server/`` inside the demo's own data folder (see :func:`main`)."""

    def __init__(self) -> None:
        from annotator_desktop.core.paths import data_dir
        from annotator_desktop.server.runner import ServerThread

        root = data_dir() / "demo-server"
        root.mkdir(parents=True, exist_ok=True)
        self._thread = ServerThread(
            f"sqlite:///{root / 'server.sqlite3'}",
            root / "assets",
            demo=True,
            host="127.0.0.1",
            port=0,
        )
        self.url = self._thread.start()

    def stop(self) -> None:
        self._thread.stop()


if __name__ == "__main__":
    sys.exit(main())
