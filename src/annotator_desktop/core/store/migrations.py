"""Forward migrations of the cache schema, keyed by ``PRAGMA user_version``.

Version 1 is the first schema ever shipped, frozen here as SQL; each later version is a list of
statements applied in one transaction. Never edit a released version: add the next one.
"""

from __future__ import annotations

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

MIGRATIONS: dict[int, str] = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3}
LATEST_VERSION = max(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Splits a migration script into single statements (no ';' inside our literals)."""
    return [part.strip() for part in script.split(";") if part.strip()]
