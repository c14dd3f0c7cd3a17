"""Where tokens live: the system keyring, or memory only, or (opt-in) a 0600 file.

A keyring backend that cannot keep secrets safely (``fail``, ``null``, the plaintext backends of
``keyrings.alt``, or a chainer with nothing behind it) is never used: tokens then stay in this
process's memory and the user is told once. Writing them to a file needs an explicit opt-in.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "annotator-desktop"
FILE_OPT_IN_ENV = "ANNOTATOR_DESKTOP_TOKEN_FILE"
TOKEN_FILE = "tokens.json"


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    expires_at: float  # epoch seconds


def _backend_usable(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return False
    if module.startswith("keyrings.alt") and ("file" in module.lower() or "Plaintext" in name):
        return False
    if "plaintext" in name.lower():
        return False
    if module.startswith("keyring.backends.chainer"):
        backends = getattr(backend, "backends", [])
        return any(_backend_usable(b) for b in backends)
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:
        return False


def keyring_usable() -> bool:
    """Whether the configured keyring backend keeps secrets safely."""
    try:
        return _backend_usable(keyring.get_keyring())
    except Exception:
        return False


_MEMORY: dict[str, Tokens] = {}


class TokenStore:
    """Saves, loads and clears the tokens of one account (``user@server``)."""

    def __init__(self, data_dir: Path, *, allow_file: bool = False) -> None:
        self._data_dir = data_dir
        self._lock = threading.Lock()
        self._allow_file = allow_file or os.environ.get(FILE_OPT_IN_ENV, "") in ("1", "yes", "true")
        self._keyring = keyring_usable()

    @property
    def kind(self) -> str:
        """``keyring``, ``file`` (opted in) or ``memory``."""
        if self._keyring:
            return "keyring"
        return "file" if self._allow_file else "memory"

    @staticmethod
    def account_key(server_url: str, username: str) -> str:
        return f"{username}@{server_url.rstrip('/')}"

    def save(self, account: str, tokens: Tokens) -> None:
        with self._lock:
            _MEMORY[account] = tokens
            if self.kind == "keyring":
                try:
                    keyring.set_password(SERVICE, account, json.dumps(asdict(tokens)))
                except keyring.errors.KeyringError:
                    self._keyring = False
            elif self.kind == "file":
                self._write_file(account, tokens)

    def load(self, account: str) -> Tokens | None:
        with self._lock:
            if account in _MEMORY:
                return _MEMORY[account]
            raw: str | None = None
            if self.kind == "keyring":
                try:
                    raw = keyring.get_password(SERVICE, account)
                except keyring.errors.KeyringError:
                    raw = None
            elif self.kind == "file":
                entry = self._read_file().get(account)
                raw = json.dumps(entry) if entry else None
            tokens = _parse(raw)
            if tokens is not None:
                _MEMORY[account] = tokens
            return tokens

    def clear(self, account: str) -> None:
        with self._lock:
            _MEMORY.pop(account, None)
            if self._keyring:
                with contextlib.suppress(keyring.errors.KeyringError):
                    keyring.delete_password(SERVICE, account)
            path = self._data_dir / TOKEN_FILE
            if path.exists():
                data = self._read_file()
                data.pop(account, None)
                if data:
                    self._write_all(data)
                else:
                    path.unlink(missing_ok=True)

    # --- the opt-in file -----------------------------------------------------------------

    def _read_file(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads((self._data_dir / TOKEN_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_file(self, account: str, tokens: Tokens) -> None:
        data = self._read_file()
        data[account] = asdict(tokens)
        self._write_all(data)

    def _write_all(self, data: dict[str, dict[str, object]]) -> None:
        path = self._data_dir / TOKEN_FILE
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)


def _parse(raw: str | None) -> Tokens | None:
    if not raw or raw == "null":
        return None
    try:
        data = json.loads(raw)
        return Tokens(
            str(data["access_token"]), str(data["refresh_token"]), float(data["expires_at"])
        )
    except (ValueError, KeyError, TypeError):
        return None


def forget_memory() -> None:
    """Drops every token held in memory (tests, sign-out of all accounts)."""
    _MEMORY.clear()
