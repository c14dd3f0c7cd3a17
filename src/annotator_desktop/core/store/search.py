"""Full-text search in the cache (the FTS5 index ``task_fts``, kept by triggers): the tasks whose
title, prompt, model draft, responses or the user's own draft contain every word typed."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)
SEARCH_SQL = "SELECT task_id FROM task_fts WHERE task_fts MATCH ?"


def fts_query(text: str) -> str:
    """Every word as a quoted prefix term ("patat" finds "patatas"); "" when no word."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(text))


def matching_task_ids(path: Path, text: str) -> set[str]:
    """Ids of the tasks matching ``text`` (read-only; empty for no words or an old cache)."""
    query = fts_query(text)
    if not query:
        return set()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return {row[0] for row in conn.execute(SEARCH_SQL, (query,))}
    except sqlite3.OperationalError:  # no index yet (a cache not migrated): titles only
        return set()
    finally:
        conn.close()
