"""JSON Lines export of submissions (any kind): one object per line, oldest first."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator_desktop.core.cancel import CancelToken, ProgressFn
from annotator_desktop.core.formats.atomic import atomic_write_text
from annotator_desktop.core.formats.progress import Steps
from annotator_desktop.core.formats.types import FormatError

MAX_JSONL_BYTES = 512 * 1024 * 1024


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def jsonl_text(records: Iterable[Mapping[str, Any]], step: Callable[[], None] | None = None) -> str:
    """One compact JSON object per line; datetimes as ISO 8601; no NaN or Infinity.
    ``step`` is called after each record."""
    lines = []
    for record in records:
        plain = {key: _plain(value) for key, value in record.items()}
        lines.append(json.dumps(plain, ensure_ascii=False, allow_nan=False, sort_keys=True))
        if step is not None:
            step()
    return "".join(f"{line}\n" for line in lines)


def write_jsonl(
    records: Iterable[Mapping[str, Any]],
    path: Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Writes ``records`` as JSON Lines to ``path`` (atomically).

    ``progress(done, total)`` counts the records, then the write; a ``cancel`` seen before the
    write raises Cancelled and leaves ``path`` untouched."""
    rows = list(records)
    steps = Steps(progress, cancel)
    steps.begin(len(rows) + 1)
    try:
        text = jsonl_text(rows, steps.step)
    except (TypeError, ValueError) as exc:
        raise FormatError(f"JSONL: a record cannot be written ({exc})") from None
    steps.check()
    written = atomic_write_text(Path(path), text)
    steps.finish()
    return written


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file (blank lines skipped); FormatError names the bad line."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_JSONL_BYTES:
            raise FormatError(f"{path.name}: file larger than {MAX_JSONL_BYTES >> 20} MiB")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: cannot read ({exc})") from None
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise FormatError(f"{path.name}:{number}: not valid JSON ({exc})") from None
        if not isinstance(record, dict):
            raise FormatError(f"{path.name}:{number}: each line must be a JSON object")
        records.append(record)
    return records
