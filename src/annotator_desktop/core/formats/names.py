"""Output file names from untrusted image names: never outside the output folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from annotator_desktop.core.formats.types import FormatError

_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
MAX_NAME_BYTES = 180


def base_name(name: str) -> str:
    """The last path component of ``name`` (``/`` and ``\\`` both count as separators)."""
    parts = [p for p in re.split(r"[/\\]", name) if p not in ("", ".", "..")]
    return parts[-1] if parts else ""


def safe_file_name(name: str, fallback: str = "image") -> str:
    """A portable file name from an untrusted one: its last component, no separators, no
    control characters, no leading dots, no Windows device names, at most 180 UTF-8 bytes."""
    text = unicodedata.normalize("NFC", base_name(str(name)))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    text = _BAD_CHARS.sub("_", text).strip().lstrip(".").rstrip(". ")
    if _RESERVED.match(text):
        text = "_" + text
    if not text:
        text = fallback
    return _truncate(text)


def _truncate(text: str) -> str:
    if len(text.encode("utf-8")) <= MAX_NAME_BYTES:
        return text
    stem, dot, suffix = text.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = text, ""
    keep = MAX_NAME_BYTES - len(suffix.encode("utf-8")) - 1
    stem = stem.encode("utf-8")[:keep].decode("utf-8", "ignore")
    return f"{stem}.{suffix}" if suffix else stem


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``stem-2.ext``, ``stem-3.ext`` … if taken (ignoring case); marks it used."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
    used.add(candidate.casefold())
    return candidate


def stem_of(name: str) -> str:
    """The file name without its last suffix (``a.b.jpg`` -> ``a.b``)."""
    stem, dot, _suffix = name.rpartition(".")
    return stem if dot and stem else name


def inside(folder: Path, name: str) -> Path:
    """``folder / name`` for a name from :func:`safe_file_name`, checked to stay in ``folder``.

    ``folder`` should already be resolved (callers resolve it once for many names).
    """
    if name in ("", ".", "..") or any(ch in name for ch in "/\\\x00"):
        raise FormatError(f"refusing to write {name!r}: not a plain file name")
    target = folder / name
    if target.parent != folder:
        raise FormatError(f"refusing to write {name!r} outside {folder}")
    return target
