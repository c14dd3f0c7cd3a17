"""JSON Lines export of submissions (any kind): one object per line, oldest first."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator_desktop.core.formats.atomic import atomic_write_text
from annotator_desktop.core.formats.types import FormatError

MAX_JSONL_BYTES = 512 * 1024 * 1024


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def jsonl_text(records: Iterable[Mapping[str, Any]]) -> str:
    """One compact JSON object per line; datetimes as ISO 8601; no NaN or Infinity."""
    lines = []
    for record in records:
        plain = {key: _plain(value) for key, value in record.items()}
        lines.append(json.dumps(plain, ensure_ascii=False, allow_nan=False, sort_keys=True))
    return "".join(f"{line}\n" for line in lines)


def write_jsonl(records: Iterable[Mapping[str, Any]], path: Path) -> Path:
    """Writes ``records`` as JSON Lines to ``path`` (atomically)."""
    try:
        text = jsonl_text(records)
    except (TypeError, ValueError) as exc:
        raise FormatError(f"JSONL: a record cannot be written ({exc})") from None
    return atomic_write_text(Path(path), text)


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
