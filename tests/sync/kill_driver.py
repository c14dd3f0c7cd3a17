"""Real client processes for the SIGKILL tests, forked from one warm parent (fast start).

The parent imports the app once, then reads commands on stdin and forks one child per command:
``submit DB INTENTS`` saves a draft then submits it, forever, appending each submission id to
INTENTS *before* the submit; ``pull DB URL TOKEN`` pulls the feed from the start in pages of 2.
It prints ``pid N`` after the fork, the child prints ``ready``, and the parent prints
``exit N STATUS`` when the child ends (killed or not).
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

from annotator_desktop.core.store import open_store, ops


def submit_loop(db: Path, intents: Path) -> None:
    store = open_store(db)
    tasks = [row.id for row in ops.task_rows(store)]
    print("ready", flush=True)
    with intents.open("a", encoding="utf-8") as log:
        i = 0
        while True:
            task_id = tasks[i % len(tasks)]
            ops.save_draft(store, task_id, {"text_md": f"draft {i}", "notes": ""}, float(i))
            sub_id = str(uuid.uuid4())
            log.write(f"{task_id} {sub_id}\n")
            log.flush()
            os.fsync(log.fileno())
            ops.submit(
                store, task_id, {"text_md": f"draft {i}", "notes": ""}, 1.0, submission_id=sub_id
            )
            i += 1


def pull_once(db: Path, url: str, token: str) -> None:
    from annotator_desktop.core.sync.config import SyncConfig
    from annotator_desktop.core.sync.http import ApiClient
    from annotator_desktop.core.sync.pull import pull
    from annotator_desktop.core.sync.tokens import Tokens

    store = open_store(db)
    client = ApiClient(url, SyncConfig(page_limit=2), tokens=Tokens(token, "", time.time() + 900))
    print("ready", flush=True)
    pull(client, store, client.config)
    print("done", flush=True)


def _child(args: list[str]) -> None:
    try:
        if args[0] == "submit":
            submit_loop(Path(args[1]), Path(args[2]))
        else:
            pull_once(Path(args[1]), args[2], args[3])
    finally:
        sys.stdout.flush()
        os._exit(0)


def main() -> None:
    import annotator_desktop.core.sync.pull  # noqa: F401  (warm the imports before forking)

    for line in sys.stdin:
        args = line.split()
        if not args:
            continue
        pid = os.fork()
        if pid == 0:
            _child(args)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {status}", flush=True)


if __name__ == "__main__":
    main()
