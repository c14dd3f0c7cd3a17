"""Forward migrations of the cache schema, keyed by ``PRAGMA user_version``.

Version 1 is the first schema ever shipped, frozen here as SQL; each later version is a list of
statements applied in one transaction. Never edit a released version: add the next one.
"""

from __future__ import annotations

import sqlite3

SCHEMA_V1 = """
CREATE TABLE account (
    id VARCHAR NOT NULL,
    server_url VARCHAR NOT NULL,
    username VARCHAR NOT NULL,
    display_name VARCHAR NOT NULL,
    roles JSON NOT NULL,
    locale VARCHAR NOT NULL,
    current BOOLEAN NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset (
    sha256 VARCHAR NOT NULL,
    size INTEGER,
    mime VARCHAR NOT NULL,
    state VARCHAR NOT NULL,
    bytes_have INTEGER NOT NULL,
    etag VARCHAR NOT NULL,
    last_used_at DATETIME,
    PRIMARY KEY (sha256)
);
CREATE TABLE assignment (
    id VARCHAR NOT NULL,
    task_id VARCHAR NOT NULL,
    project_id VARCHAR NOT NULL,
    lease_epoch INTEGER NOT NULL,
    expires_at DATETIME,
    state VARCHAR NOT NULL,
    flagged BOOLEAN NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_assignment_task_id ON assignment (task_id);
CREATE TABLE draft (
    task_id VARCHAR NOT NULL,
    assignment_id VARCHAR,
    result JSON NOT NULL,
    active_seconds FLOAT NOT NULL,
    started_at DATETIME,
    updated_at DATETIME,
    revision INTEGER NOT NULL,
    PRIMARY KEY (task_id)
);
CREATE TABLE outbox (
    id INTEGER NOT NULL,
    entity VARCHAR NOT NULL,
    ref_id VARCHAR NOT NULL,
    method VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    body JSON NOT NULL,
    state VARCHAR NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at DATETIME,
    last_error VARCHAR NOT NULL,
    created_at DATETIME,
    PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_state ON outbox (state);
CREATE INDEX ix_outbox_ref_id ON outbox (ref_id);
CREATE TABLE project (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    instructions_md VARCHAR NOT NULL,
    config JSON NOT NULL,
    source VARCHAR NOT NULL,
    local_root VARCHAR,
    PRIMARY KEY (id)
);
CREATE TABLE review (
    id VARCHAR NOT NULL,
    submission_id VARCHAR NOT NULL,
    task_id VARCHAR NOT NULL,
    reviewer_id VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    comment VARCHAR NOT NULL,
    created_at DATETIME,
    state VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_review_submission_id ON review (submission_id);
CREATE TABLE submission (
    id VARCHAR NOT NULL,
    task_id VARCHAR NOT NULL,
    assignment_id VARCHAR NOT NULL,
    annotator_id VARCHAR NOT NULL,
    lease_epoch INTEGER NOT NULL,
    result JSON NOT NULL,
    started_at DATETIME,
    submitted_at DATETIME,
    active_seconds FLOAT NOT NULL,
    state VARCHAR NOT NULL,
    errors JSON NOT NULL,
    origin VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_submission_task_id ON submission (task_id);
CREATE TABLE syncstate (
    "key" VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE task (
    id VARCHAR NOT NULL,
    project_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    payload JSON NOT NULL,
    state VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    updated_at DATETIME,
    PRIMARY KEY (id)
);
CREATE INDEX ix_task_project_id ON task (project_id);
CREATE INDEX ix_task_state ON task (state);
"""

SCHEMA_V2 = """
ALTER TABLE task ADD COLUMN search_text VARCHAR NOT NULL DEFAULT '';
UPDATE task SET search_text = lower(id || ' ' || title);
CREATE INDEX ix_task_project_state ON task (project_id, state);
"""

# The task list's order, walked by the read before the first paint (rows.HEAD_TASKS_SQL): with
# it, reading the first 500 of 100,000 tasks does not sort all 100,000.
SCHEMA_V3 = """
CREATE INDEX ix_task_list_order ON task (project_id, position, id);
"""

# Feed changes that failed validation, kept raw with the error (issue 18): sync goes on past them.
SCHEMA_QUARANTINE = """
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER NOT NULL,
    seq INTEGER,
    entity VARCHAR NOT NULL,
    item_id VARCHAR NOT NULL,
    raw VARCHAR NOT NULL,
    error VARCHAR NOT NULL,
    received_at DATETIME,
    PRIMARY KEY (id)
);
"""

# A folder project's submissions were kept "queued" though nothing sends them: they are done.
SCHEMA_LOCAL_DONE = """
UPDATE submission SET state = 'submitted_locally'
WHERE state = 'queued' AND origin = 'local'
  AND task_id IN (
    SELECT task.id FROM task JOIN project ON project.id = task.project_id
    WHERE project.source = 'local')
  AND id NOT IN (SELECT ref_id FROM outbox WHERE entity = 'submission');
"""

# The display names of the people whose ids reviews carry (issue 17): names, not ids.
SCHEMA_REVIEWER_NAME = """
CREATE TABLE IF NOT EXISTS person (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
"""


# Full-text search over what a task says (issue 17): title, prompt, model draft, responses and
# messages, and the user's own draft. Triggers keep it in the same transaction as the task and
# the draft; every statement can run again (a test may re-run later migrations).
def _fts_body(t: str) -> str:
    """SQL for the searchable text of task row ``t`` (its title and payload texts)."""
    p = f"{t}.payload"
    return (
        f"CASE WHEN json_valid({p}) THEN coalesce({t}.title, '')"
        f" || ' ' || coalesce(json_extract({p}, '$.prompt'), '')"
        f" || ' ' || coalesce(json_extract({p}, '$.draft_md'), '')"
        " || ' ' || coalesce((SELECT group_concat(json_extract(r.value, '$.text_md'), ' ')"
        f" FROM json_each({p}, '$.responses') r), '')"
        " || ' ' || coalesce((SELECT group_concat(json_extract(m.value, '$.content'), ' ')"
        f" FROM json_each({p}, '$.messages') m), '')"
        f" ELSE coalesce({t}.title, '') END"
    )


def _fts_draft(d: str) -> str:
    """SQL for the searchable text of draft row ``d`` (what the user wrote)."""
    r = f"{d}.result"
    return (
        f"CASE WHEN json_valid({r}) THEN coalesce(json_extract({r}, '$.text_md'), '')"
        f" || ' ' || coalesce(json_extract({r}, '$.notes'), '')"
        f" || ' ' || coalesce(json_extract({r}, '$.rationale'), '')"
        f" || ' ' || coalesce(json_extract({r}, '$.text'), '') ELSE '' END"
    )


_FTS_ROW = (
    "INSERT INTO task_fts(rowid, task_id, body, draft) VALUES (new.rowid, new.id, "
    f"{_fts_body('new')}, "
    f"coalesce((SELECT {_fts_draft('d')} FROM draft d WHERE d.task_id = new.id), ''))"
)
_FTS_DRAFT = (
    f"UPDATE task_fts SET draft = {_fts_draft('new')} "
    "WHERE rowid = (SELECT rowid FROM task WHERE id = new.task_id)"
)
SCHEMA_TASK_FTS = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS task_fts USING fts5(
    task_id UNINDEXED, body, draft, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS task_fts_insert AFTER INSERT ON task BEGIN {_FTS_ROW}; END;
CREATE TRIGGER IF NOT EXISTS task_fts_update AFTER UPDATE OF title, payload ON task BEGIN
    DELETE FROM task_fts WHERE rowid = old.rowid; {_FTS_ROW};
END;
CREATE TRIGGER IF NOT EXISTS task_fts_delete AFTER DELETE ON task BEGIN
    DELETE FROM task_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER IF NOT EXISTS draft_fts_insert AFTER INSERT ON draft BEGIN {_FTS_DRAFT}; END;
CREATE TRIGGER IF NOT EXISTS draft_fts_update AFTER UPDATE OF result ON draft BEGIN
    {_FTS_DRAFT};
END;
DELETE FROM task_fts;
INSERT INTO task_fts(rowid, task_id, body, draft)
    SELECT t.rowid, t.id, {_fts_body("t")}, coalesce({_fts_draft("d")}, '')
    FROM task t LEFT JOIN draft d ON d.task_id = t.id;
"""

# Skips and why (issue 17): a skipped task's reason, kept beside its outbox row.
SCHEMA_SKIPS = """
CREATE TABLE IF NOT EXISTS skip (
    id VARCHAR NOT NULL,
    task_id VARCHAR NOT NULL,
    assignment_id VARCHAR,
    reason VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    skipped_at DATETIME,
    state VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS ix_skip_task_id ON skip (task_id);
"""

# Label Studio servers (issue 22): the account's server kind, the connector's id mapping and
# cursors, and images known by address only (their hash learnt on arrival). Re-runnable: the
# column is added once (migrate() skips a duplicate column), the tables only when missing.
SCHEMA_LABELSTUDIO = """
ALTER TABLE account ADD COLUMN server_kind VARCHAR NOT NULL DEFAULT 'annotator';
CREATE TABLE IF NOT EXISTS ls_project (
    project_id VARCHAR NOT NULL,
    ls_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    schema JSON NOT NULL,
    seen_at DATETIME,
    PRIMARY KEY (project_id)
);
CREATE TABLE IF NOT EXISTS ls_task (
    our_id VARCHAR NOT NULL,
    project_id VARCHAR NOT NULL,
    ls_task_id INTEGER NOT NULL,
    PRIMARY KEY (our_id)
);
CREATE INDEX IF NOT EXISTS ix_ls_task_project_id ON ls_task (project_id);
CREATE TABLE IF NOT EXISTS ls_cursor (
    id INTEGER NOT NULL,
    project_id VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    page INTEGER NOT NULL,
    seen JSON NOT NULL,
    last_full_listing DATETIME,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS ix_ls_cursor_project_id ON ls_cursor (project_id);
CREATE TABLE IF NOT EXISTS ls_annotation (
    submission_id VARCHAR NOT NULL,
    ls_task_id INTEGER NOT NULL,
    annotation_id INTEGER,
    state VARCHAR NOT NULL,
    PRIMARY KEY (submission_id)
);
CREATE TABLE IF NOT EXISTS ls_reservation (
    task_id VARCHAR NOT NULL,
    reserved_at DATETIME,
    PRIMARY KEY (task_id)
);
CREATE TABLE IF NOT EXISTS asset_source (
    url VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    size INTEGER,
    width INTEGER,
    height INTEGER,
    mime VARCHAR NOT NULL,
    validator VARCHAR NOT NULL,
    updated_at DATETIME,
    PRIMARY KEY (url)
);
"""

MIGRATIONS: dict[int, str] = {
    1: SCHEMA_V1,
    2: SCHEMA_V2,
    3: SCHEMA_V3,
    4: SCHEMA_QUARANTINE,
    5: SCHEMA_LOCAL_DONE,
    6: SCHEMA_REVIEWER_NAME,
    7: SCHEMA_TASK_FTS,
    8: SCHEMA_SKIPS,
    9: SCHEMA_LABELSTUDIO,
}
LATEST_VERSION = max(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Splits a migration script into single statements (no ';' inside our literals); a
    trigger's ``BEGIN … END`` stays one statement."""
    out: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip().removesuffix(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        out.append(pending.strip().removesuffix(";").strip())
    return out
