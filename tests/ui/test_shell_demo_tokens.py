"""``--demo`` signs in afresh at each start: it leaves no tokens in the user's keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner


class _DictKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict (usable, unlike the tests' default fail backend)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


def test_demo_tokens_leave_the_keyring_when_the_app_closes(
    qtbot: QtBot, data_home: Path, live_server: Any
) -> None:
    previous = keyring.get_keyring()
    backend = _DictKeyring()
    keyring.set_keyring(backend)
    try:
        runner = ShellRunner(qtbot, demo_server_url=live_server.url)
        try:
            runner.start()
            qtbot.waitUntil(lambda: bool(backend.saved), timeout=15000)  # signed in as ana
            assert [user for _service, user in backend.saved] == [f"ana@{live_server.url}"]
        finally:
            runner.close()
        assert backend.saved == {}
    finally:
        keyring.set_keyring(previous)
