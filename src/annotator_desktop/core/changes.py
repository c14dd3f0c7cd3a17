"""What an operation changed, as data (the pattern of Anki's OpChanges).

Submit, save draft, skip, sync, verdict, sign-in and sign-out return a :class:`Changes`; one
main-thread signal carries it to every view, and each view refreshes only what it names.
Qt-free: this module imports nothing but the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

UNKNOWN = ""  # a task changed, but its new state is not known here: the view re-reads it

_EMPTY: Mapping[str, str] = MappingProxyType({})


def _frozen(mapping: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping)) if mapping else _EMPTY


@dataclass(frozen=True, slots=True)
class Changes:
    """An immutable record of one operation's effects.

    ``tasks`` maps task id -> new state (``UNKNOWN`` when only "it changed" is known);
    ``outbox_delta`` is how many rows the outbox grew (> 0) or shrank (< 0) by, and
    ``outbox_left`` the count afterwards when the operation knows it; ``connection`` is the new
    connection state ('online' | 'offline' | 'signed_out'), "" when unchanged; ``all_tasks``
    says every row may have changed (a cache emptied, a first sync).
    """

    source: str = ""  # submit | save_draft | skip | sync | verdict | sign_in | sign_out | ...
    tasks: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    projects: frozenset[str] = frozenset()
    submissions: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # id -> state
    drafts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))  # revision
    reviews: frozenset[str] = frozenset()
    leases: frozenset[str] = frozenset()  # task ids whose lease changed
    outbox_delta: int = 0
    outbox_left: int | None = None
    connection: str = ""
    all_tasks: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "tasks", _frozen(self.tasks))
        object.__setattr__(self, "submissions", _frozen(self.submissions))
        object.__setattr__(self, "drafts", MappingProxyType(dict(self.drafts)))

    @property
    def outbox_grew(self) -> bool:
        return self.outbox_delta > 0

    @property
    def empty(self) -> bool:
        return self == Changes(source=self.source)

    def task_ids(self) -> frozenset[str]:
        return frozenset(self.tasks)

    def merge(self, other: Changes) -> Changes:
        """Both records in one (``other`` wins where both name the same thing)."""
        return replace(
            self,
            tasks={**self.tasks, **other.tasks},
            projects=self.projects | other.projects,
            submissions={**self.submissions, **other.submissions},
            drafts={**self.drafts, **other.drafts},
            reviews=self.reviews | other.reviews,
            leases=self.leases | other.leases,
            outbox_delta=self.outbox_delta + other.outbox_delta,
            outbox_left=other.outbox_left if other.outbox_left is not None else self.outbox_left,
            connection=other.connection or self.connection,
            all_tasks=self.all_tasks or other.all_tasks,
        )


def tasks_changed(ids: Iterable[str], state: str = UNKNOWN) -> dict[str, str]:
    """``{id: state}`` for several tasks (a helper for building records)."""
    return dict.fromkeys(ids, state)
