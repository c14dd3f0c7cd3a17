"""One running app per data folder, through a QLockFile in that folder.

A lock left by a killed process (kill -9) is stale: QLockFile sees that its process is gone
and takes it over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "annotator-desktop.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone

    def acquire(self) -> bool:
        """True when this process now owns the data folder."""
        return bool(self._lock.tryLock(0))

    def owner(self) -> int:
        """The process id holding the lock, or 0 when unknown."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3 and isinstance(info[0], int):
            return info[0]  # PySide6 returns (pid, hostname, appname)
        return 0

    def error(self) -> QLockFile.LockError:
        return self._lock.error()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
