"""The local cache: tables, engine, migrations and the operations the app performs on it."""

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
    Review,
    Submission,
    SubmissionState,
    SyncState,
    Task,
    TaskState,
    utcnow,
)

__all__ = [
    "Account",
    "Asset",
    "Assignment",
    "Draft",
    "Outbox",
    "Project",
    "Review",
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
