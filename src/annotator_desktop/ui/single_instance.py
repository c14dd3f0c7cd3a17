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
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            ok, pid, _host, _app = self._lock.getLockInfo()
            self.owner_pid = pid if ok else 0
        return False

    def owner(self) -> int:
        ok, pid, _host, _app = self._lock.getLockInfo()
        return pid if ok else 0

    def error(self) -> QLockFile.LockError:
        return self._lock.error()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
