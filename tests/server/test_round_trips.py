"""What a request costs in PostgreSQL round trips, read from libpq's own protocol trace of the
server's pooled connections: a submission and the reads around it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from .conftest import Served
from .results import body_for, new_id

pytestmark = pytest.mark.parametrize("db_url", ["postgres"], indirect=True)


class Trace:
    """libpq's trace of every connection the server checks out of its pool (the pool's
    liveness ping comes before the checkout event, so it is counted as ``checkouts``)."""

    def __init__(self, engine: Any, file: Any) -> None:
        self.engine = engine
        self.file = file
        self.checkouts = 0

    def checkout(self, dbapi_conn: Any, record: Any, proxy: Any) -> None:
        from psycopg import pq

        self.checkouts += 1
        dbapi_conn.pgconn.trace(self.file.fileno())
        dbapi_conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)

    def checkin(self, dbapi_conn: Any, record: Any) -> None:
        if dbapi_conn is not None:
            dbapi_conn.pgconn.untrace()  # flushes what libpq buffered

    @property
    def lines(self) -> list[str]:
        self.file.seek(0)
        return self.file.read().decode(errors="replace").splitlines()

    def awaited(self) -> int:
        """Answers the server sent and the client waited for: one per Sync or simple Query."""
        return sum(1 for line in self.lines if line.startswith("B\t") and "ReadyForQuery" in line)

    def sent(self, word: str) -> int:
        return sum(1 for line in self.lines if line.startswith("F\t") and word in line)


@pytest.fixture
def traced(served: Served) -> Iterator[Trace]:
    with tempfile.TemporaryFile() as file:
        trace = Trace(served.db.engine, file)
        event.listen(trace.engine, "checkout", trace.checkout)
        event.listen(trace.engine, "checkin", trace.checkin)
        yield trace
        event.remove(trace.engine, "checkout", trace.checkout)
        event.remove(trace.engine, "checkin", trace.checkin)


def test_a_submission_is_three_round_trips_and_reads_keep_prepared_statements(
    served: Served, traced: Trace
) -> None:
    """The token lookup runs with no transaction (one round trip) on the connection the write
    then uses; the write sends BEGIN with its lookup and COMMIT with its inserts and updates
    (two). Before, a submission took two pool checkouts (each with its ping) and 16
    round trips besides the pings: every statement waited for its answer, and every read ended
    in ROLLBACK, after which psycopg sends DEALLOCATE ALL and forgets its prepared statements,
    so none was ever reused."""
    ana = served.login("ana")
    leases = ana.post("/projects/demo-rewrite/checkout", json={"count": 10}).json()["assignments"]
    # the demo's first tasks have two annotators: a submission to one also has the agreement
    # worker read it after the commit (a checkout of its own, off the request)
    single = [a for a in leases if a["task"]["id"] > "demo-rewrite-04"]
    body = body_for(single[0])
    traced.file.truncate(0)
    traced.checkouts = 0

    r = ana.put(f"/submissions/{new_id()}", json=body)

    assert r.status_code == 201, r.text
    assert traced.checkouts == 1  # the token and the write on one connection: one ping
    assert traced.awaited() == 3, "\n".join(traced.lines)
    assert traced.sent('"BEGIN"') == 1 and traced.sent('"COMMIT"') == 1

    for path in ("/me", "/sync/changes", "/projects"):  # reads, and a submission again
        assert ana.get(path).status_code == 200
    assert ana.put(f"/submissions/{new_id()}", json=body_for(single[1])).status_code == 201
    assert traced.sent("ROLLBACK") == 0 and traced.sent("DEALLOCATE") == 0
