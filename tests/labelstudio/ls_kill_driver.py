"""Real client processes for the Label Studio push SIGKILL test, forked from one warm parent.

The parent imports the app once, then reads commands on stdin, ``push DB URL PAT | STOP``, and
forks one child per command. The child opens the cache DB, signs in to Label Studio with the
personal access token and runs the outbox push (the push step of a sync) once.

STOP is an event the child reports: a push marker (``ls push posting <uuid>``, ``ls push posted
<uuid>``, ``ls push recorded <uuid>``, see ``core/labelstudio/push.py``) or a write transaction
event of the cache (``tx T begin|stmt K|commit|committed``, see ``support/tx_events.py``). When the
child gets there it prints ``at EVENT`` and waits, inside that moment, for the test's SIGKILL;
``~EVENT`` prints the same line but carries on. ``-`` never stops: the child prints every event as
``ev EVENT``, then ``done ACCEPTED LATE REJECTED RETRYING``, and exits. The parent prints ``pid N``
after the fork and ``exit N STATUS`` (the waitpid status) when the child ends.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.forked import say, serve, stopper
from support.tx_events import TxEvents


def push_once(db: Path, url: str, pat: str, stop: str) -> None:
    from annotator_desktop.core.labelstudio import push
    from annotator_desktop.core.labelstudio.client import LabelStudioClient
    from annotator_desktop.core.store import open_store
    from annotator_desktop.core.sync import outbox
    from annotator_desktop.core.sync.config import SyncConfig

    store = open_store(db)
    config = SyncConfig(connect_timeout=5.0, read_timeout=30.0, backoff_base=0.0, backoff_cap=0.0)
    client = LabelStudioClient(url, pat, store, config)
    on_event = stopper(stop)
    TxEvents(store, on_event)
    push.EVENTS.append(on_event)
    report = outbox.push(client, store, config)
    say("done", report.accepted, report.late, report.rejected, report.retrying)


def main() -> None:
    # warm the imports before forking
    import annotator_desktop.core.labelstudio.client
    import annotator_desktop.core.sync.outbox  # noqa: F401

    serve(lambda args, stop: push_once(Path(args[1]), args[2], args[3], stop))


if __name__ == "__main__":
    main()
