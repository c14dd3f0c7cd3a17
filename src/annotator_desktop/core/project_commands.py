"""Headless commands about the cached projects: ``projects`` and ``export`` (no network).

Exit codes as in :mod:`annotator_desktop.core.sync.commands`: 0 done, 1 refused (no such
project, a name several projects share, the export failed), 3 the cache could not be opened.
Text from the server (project names) is cleaned of terminal controls before it is printed.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator_desktop.core.paths import database_path
from annotator_desktop.core.store import Store, StoreError, TaskState, open_store
from annotator_desktop.core.store.projects import (
    AmbiguousProject,
    ProjectSummary,
    UnknownProject,
    project_summaries,
    resolve_project,
)
from annotator_desktop.core.store.rows import ProjectRow

HOW_TO_GET_PROJECTS = (
    "Sign in and sync (annotator-desktop login --server URL --user NAME, then "
    "annotator-desktop sync), or open a folder of images as a local project "
    "(annotator-desktop open DIR)."
)
SOURCE_TEXT = {"server": "server", "local": "local folder"}
NAME_WIDTH = 40  # longer names are cut in the table (``--json`` has them whole)
_BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def _err(text: str) -> None:
    print(f"annotator-desktop: {text}", file=sys.stderr)


def _open() -> Store | None:
    try:
        return open_store(database_path())
    except StoreError as exc:
        _err(f"cannot open the cache: {exc}")
        return None


def clean(text: str) -> str:
    """``text`` safe for a terminal: control characters become spaces, bidi overrides go."""
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in text
        if c not in _BIDI_CONTROLS
    )


def _width(text: str) -> int:
    """Terminal columns ``text`` takes (wide East Asian characters take two)."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _cut(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for c in text:
        if _width(out + c) > width - 1:
            break
        out += c
    return out + "…"


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int) -> str:
    """An aligned plain-text table; columns from ``numeric_from`` on are right-aligned."""
    widths = [max(_width(cell) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            _pad(cell, width, right=i >= numeric_from)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(headers), *(line(row) for row in rows)])


# --- projects ------------------------------------------------------------------------------


def project_data(summary: ProjectSummary) -> dict[str, Any]:
    """One entry of ``projects --json``: every known task state is listed, zero or not."""
    states = {str(state): summary.counts.get(state, 0) for state in TaskState}
    states.update(summary.counts)  # a state this version does not know still counts
    return {
        "id": summary.id,
        "name": summary.name,
        "kind": summary.kind,
        "source": summary.source,
        "local_root": summary.local_root,
        "tasks": summary.total,
        "states": states,
    }


def projects_table(summaries: Sequence[ProjectSummary]) -> str:
    """The ``projects`` table: a column for each task state some project has."""
    known = [str(state) for state in TaskState]
    seen = {state for s in summaries for state, n in s.counts.items() if n}
    states = [s for s in known if s in seen] + sorted(seen - set(known))
    headers = ["ID", "NAME", "KIND", "SOURCE", "TASKS"]
    headers += [state.replace("_", " ").upper() for state in states]
    rows = [
        [
            clean(s.id),
            _cut(clean(s.name), NAME_WIDTH),
            clean(s.kind),
            SOURCE_TEXT.get(s.source, clean(s.source)),
            str(s.total),
            *(str(s.counts.get(state, 0)) for state in states),
        ]
        for s in summaries
    ]
    return table(headers, rows, numeric_from=4)


def cmd_projects(*, as_json: bool) -> int:
    """Lists the cached projects with their task counts by state."""
    store = _open()
    if store is None:
        return 3
    try:
        summaries = project_summaries(store)
        unsupported = unsupported_projects(store)
    finally:
        store.close()
    if as_json:
        entries = [project_data(s) for s in summaries]
        print(json.dumps(entries + [unsupported_data(p) for p in unsupported], indent=2))
        return 0
    if summaries:
        print(projects_table(summaries))
    elif not unsupported:
        print(f"There are no projects in the local cache yet. {HOW_TO_GET_PROJECTS}")
    if unsupported:
        print(unsupported_text(unsupported, after_table=bool(summaries)))
    return 0


def unsupported_projects(store: Store) -> list[Any]:
    """The Label Studio projects this client cannot work on (``ls_project`` rows), by title."""
    from annotator_desktop.core.labelstudio.mapping import projects

    return [p for p in projects(store) if not p.kind]


def unsupported_data(row: Any) -> dict[str, Any]:
    """One entry of ``projects --json`` for a Label Studio project that is not supported."""
    return {
        "id": row.project_id, "name": row.title, "kind": "", "source": "server",
        "local_root": None, "tasks": 0, "states": {}, "supported": False, "reason": row.reason,
    }  # fmt: skip


def unsupported_text(rows: Sequence[Any], *, after_table: bool) -> str:
    """The lines naming each unsupported Label Studio project and why."""
    head = "Label Studio projects this client cannot work on:"
    lines = [("\n" if after_table else "") + head]
    lines += [f"  {clean(r.project_id)}  {clean(r.title)}: {clean(r.reason)}" for r in rows]
    return "\n".join(lines)


# --- export --------------------------------------------------------------------------------


def _listing(rows: Sequence[ProjectRow]) -> str:
    ids = [clean(r.id) for r in rows]
    width = max(_width(i) for i in ids)
    return "\n".join(f"  {_pad(i, width)}  {clean(r.name)}" for i, r in zip(ids, rows, strict=True))


def _refused(exc: UnknownProject | AmbiguousProject) -> None:
    ref = clean(exc.ref)
    if isinstance(exc, AmbiguousProject):
        _err(f'{len(exc.matches)} projects are named "{ref}"; give the id of the one to export:')
        print(_listing(exc.matches), file=sys.stderr)
    elif exc.known:
        _err(f'no project "{ref}" in the local cache (by id or name). The projects are:')
        print(_listing(exc.known), file=sys.stderr)
    else:
        _err(
            f'no project "{ref}": there are no projects in the local cache yet. '
            f"{HOW_TO_GET_PROJECTS}"
        )


def _export_failure(exc: Exception, out: Path) -> str:
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename else out
        return f"export failed: cannot write {where}: {exc.strerror or exc}"
    return f"export failed: {exc}"


def cmd_export(ref: str, fmt: str, out: Path) -> int:
    """Exports the project whose id, or else name (any case), is ``ref``."""
    from annotator_desktop.core.formats import ExportSummary, FormatError, export_project

    store = _open()
    if store is None:
        return 3
    summary = ExportSummary()
    try:
        project = resolve_project(store, ref)
        written = export_project(store, project.id, fmt, out, summary=summary)
    except (UnknownProject, AmbiguousProject) as exc:
        _refused(exc)
        return 1
    except (FormatError, StoreError, KeyError, OSError) as exc:
        _err(_export_failure(exc, out))
        return 1
    finally:
        store.close()
    what = f"{clean(project.name)} ({clean(project.id)}) as {fmt}"
    if fmt in ("preference", "sft"):
        print(summary.line(fmt), file=sys.stderr)
    if isinstance(written, list | tuple):
        print(f"exported {what}: {len(written)} files in {out}")
    else:
        print(f"exported {what} to {written}")
    return 0
