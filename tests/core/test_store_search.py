"""The cache's full-text index: kept by the task and draft writes, built for an older cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator_desktop.core.store import Project, Task, open_store, ops
from annotator_desktop.core.store.migrations import MIGRATIONS, SCHEMA_TASK_FTS
from annotator_desktop.core.store.search import matching_task_ids


def _seed(path: Path) -> None:
    store = open_store(path)
    with store.write() as s:
        s.add(Project(id="p", name="P", kind="compare", source="local"))
        s.add(
            Task(
                id="a",
                project_id="p",
                kind="rewrite",
                title="Uno",
                position=0,
                payload={"prompt": "Tortilla de patatas", "draft_md": "Bate los huevos"},
            )
        )
        s.add(
            Task(
                id="b",
                project_id="p",
                kind="compare",
                title="Dos",
                position=1,
                payload={
                    "prompt": "x",
                    "responses": [{"id": "r", "text_md": "Gazpacho"}],
                    "messages": [{"role": "user", "content": "Hola cocinero"}],
                },
            )
        )
    ops.save_draft(store, "b", {"rationale": "Me gustan las alcachofas"}, 1.0)
    store.close()  # fmt: skip


def test_words_in_prompt_draft_responses_and_own_draft_are_found(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    _seed(path)
    assert matching_task_ids(path, "patatas") == {"a"}
    assert matching_task_ids(path, "huev") == {"a"}  # a prefix
    assert matching_task_ids(path, "gazpacho") == {"b"}
    assert matching_task_ids(path, "cocinero") == {"b"}
    assert matching_task_ids(path, "alcachofas") == {"b"}  # the user's own draft
    assert matching_task_ids(path, "patatas huevos") == {"a"}  # every word
    assert matching_task_ids(path, '"; DROP') == set()  # typed text is never FTS syntax


def test_an_older_cache_is_indexed_when_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    _seed(path)
    version = next(v for v, sql in MIGRATIONS.items() if sql == SCHEMA_TASK_FTS)
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE task_fts; DROP TRIGGER task_fts_insert; DROP TRIGGER task_fts_update;"
        "DROP TRIGGER task_fts_delete; DROP TRIGGER draft_fts_insert;"
        "DROP TRIGGER draft_fts_update;"
    )
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.commit()
    conn.close()
    assert matching_task_ids(path, "patatas") == set()  # no index: titles only
    open_store(path).close()
    assert matching_task_ids(path, "patatas") == {"a"}
    assert matching_task_ids(path, "alcachofas") == {"b"}
