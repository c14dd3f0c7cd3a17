"""The local cache: tables, engine, migrations and the operations the app performs on it.

Names are imported lazily (PEP 562) so that light modules such as ``rows`` and ``migrations``
load without SQLAlchemy: the GUI paints its first window before the heavy imports happen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator_desktop.core.store.db import (
        Store,
        StoreCorrupt,
        StoreError,
        StoreLocked,
        StoreNotWritable,
        StoreTooNew,
        open_store,
    )
    from annotator_desktop.core.store.models import (
        Account,
        Asset,
        Assignment,
        Draft,
        Outbox,
        Project,
        Quarantine,
        Review,
        Skip,
        Submission,
        SubmissionState,
        SyncState,
        Task,
        TaskState,
        utcnow,
    )

_DB = ("Store", "StoreCorrupt", "StoreError", "StoreLocked", "StoreNotWritable", "StoreTooNew")
_MODELS = (
    "Account",
    "Asset",
    "Assignment",
    "Draft",
    "Outbox",
    "Project",
    "Quarantine",
    "Review",
    "Skip",
    "Submission",
    "SubmissionState",
    "SyncState",
    "Task",
    "TaskState",
    "utcnow",
)
_WHERE: dict[str, str] = {name: "db" for name in (*_DB, "open_store")}
_WHERE.update({name: "models" for name in _MODELS})

__all__ = [
    "Account",
    "Asset",
    "Assignment",
    "Draft",
    "Outbox",
    "Project",
    "Quarantine",
    "Review",
    "Skip",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreNotWritable",
    "StoreTooNew",
    "Submission",
    "SubmissionState",
    "SyncState",
    "Task",
    "TaskState",
    "open_store",
    "utcnow",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
