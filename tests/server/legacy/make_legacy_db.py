"""``python make_legacy_db.py URL``: tables as the last pre-migration release made them
(``create_all`` of its models) with a little data in each. Run in its own process, so that its
tables never meet the current models in one SQLModel metadata."""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlmodel import Session, SQLModel

NOW = datetime(2026, 1, 2, 3, 4, 5)


def main(url: str) -> None:
    spec = importlib.util.spec_from_file_location(
        "release_models", Path(__file__).with_name("release_models.py")
    )
    assert spec is not None and spec.loader is not None
    m = importlib.util.module_from_spec(spec)
    sys.modules["release_models"] = m
    spec.loader.exec_module(m)
    engine = create_engine(url)
    SQLModel.metadata.create_all(engine)
    old = dict(id="u1", username="old", display_name="Old", roles=["annotator"])
    task = dict(title="T", payload={"prompt": "p", "draft_md": "d"}, seq_no=1)
    lease = dict(assignment_id="a1", task_id="t1", project_id="p1", annotator_id="u1")
    with Session(engine) as s:
        s.add(m.UserRow(**old, password_hash="scrypt$1024$8$1$AAAA$BBBB", created_at=NOW))
        s.add(m.ProjectRow(id="p1", name="Old", kind="rewrite", config={}, created_at=NOW))
        s.add(m.MemberRow(project_id="p1", user_id="u1"))
        s.add(m.TaskRow(id="t1", project_id="p1", **task, created_at=NOW))
        s.add(
            m.AssignmentRow(
                id="a1", task_id="t1", project_id="p1", user_id="u1", lease_epoch=3,
                expires_at=NOW, created_at=NOW, updated_at=NOW,
            )
        )  # fmt: skip
        s.add(
            m.SubmissionRow(
                id="s1", body_hash="h", **lease, lease_epoch=3, result={"text_md": "x"},
                submitted_at=NOW, received_at=NOW,
            )
        )  # fmt: skip
        s.add(m.CounterRow(name="feed", value=7))
        s.add(m.CounterRow(name="horizon", value=0))
        s.commit()
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
