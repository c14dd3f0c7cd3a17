"""Names every moment of a store's write transactions, so a SIGKILL test can kill exactly there.

Installed from outside by a test driver process (no hook in the app): SQLAlchemy events on the
store's engine. A write transaction (``BEGIN IMMEDIATE``) is named ``tx T`` (T counts from 1), or
by the label the driver set around the call (``with events.labelled("submit 3"):``), and reports:

- ``NAME begin``      the write lock is held, nothing written yet
- ``NAME stmt K``     the K-th INSERT / UPDATE / DELETE has executed (not committed)
- ``NAME commit``     every statement executed, COMMIT not yet sent
- ``NAME committed``  COMMIT returned (the data is durable)

``on_event`` runs in the thread doing the write, at that moment; it may block there for ever
(the test then kills the process with the transaction in exactly that state).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from annotator_desktop.core.store import Store

_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class TxEvents:
    def __init__(self, store: Store, on_event: Callable[[str], None]) -> None:
        self.on_event = on_event
        self.count = 0
        self._local = threading.local()
        engine = store.engine
        event.listen(engine, "begin", self._begin)  # after the store's own BEGIN IMMEDIATE
        event.listen(engine, "after_cursor_execute", self._executed)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "rollback", self._rollback)
        event.listen(Session, "after_commit", self._committed)

    @contextlib.contextmanager
    def labelled(self, label: str) -> Iterator[None]:
        """Write transactions this thread opens inside the block are called ``label``."""
        self._local.label = label
        try:
            yield
        finally:
            self._local.label = ""

    def _begin(self, conn: Connection) -> None:
        if not conn.get_execution_options().get("immediate", False):
            return  # a read
        self.count += 1
        name = getattr(self._local, "label", "") or f"tx {self.count}"
        conn.info["tx_events"] = [name, 0]
        self._local.committing = ""
        self.on_event(f"{name} begin")

    def _executed(self, conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        state = conn.info.get("tx_events")
        if state is None or not statement.lstrip().upper().startswith(_WRITES):
            return
        state[1] += 1
        self.on_event(f"{state[0]} stmt {state[1]}")

    def _commit(self, conn: Connection) -> None:
        state = conn.info.pop("tx_events", None)
        if state is None:
            return
        self._local.committing = state[0]
        self.on_event(f"{state[0]} commit")

    def _rollback(self, conn: Connection) -> None:
        conn.info.pop("tx_events", None)

    def _committed(self, _session: Session) -> None:
        name = getattr(self._local, "committing", "")
        if name:
            self._local.committing = ""
            self.on_event(f"{name} committed")
