"""The cached projects: a summary of each (tasks by state) and finding one by id or name.

Used by the command line (``projects``, ``export --project``) and open to the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import col, func, select

from annotator_desktop.core.store.db import Store
from annotator_desktop.core.store.models import Project, Task
from annotator_desktop.core.store.rows import ProjectRow


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    """A cached project and how many of its tasks are in each state (states with none left out)."""

    id: str
    name: str
    kind: str
    source: str  # server | local
    local_root: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class ProjectLookupError(LookupError):
    """``ref`` names no single project; the subclasses say why."""

    def __init__(self, ref: str, projects: list[ProjectRow]) -> None:
        super().__init__(ref)
        self.ref = ref
        self.projects = projects


class UnknownProject(ProjectLookupError):
    """No project has that id or name; ``known`` lists every cached project."""

    @property
    def known(self) -> list[ProjectRow]:
        return self.projects


class AmbiguousProject(ProjectLookupError):
    """Several projects carry that name; ``matches`` lists them (their ids tell them apart)."""

    @property
    def matches(self) -> list[ProjectRow]:
        return self.projects


def _sort_key(row: ProjectRow) -> tuple[str, str]:
    return (row.name.casefold(), row.id)


def project_rows(store: Store) -> list[ProjectRow]:
    """Every cached project, by name (any case), then id."""
    with store.read() as s:
        rows = s.exec(select(Project.id, Project.name, Project.kind, Project.source)).all()
    return sorted((ProjectRow(*row) for row in rows), key=_sort_key)


def project_summaries(store: Store) -> list[ProjectSummary]:
    """Every cached project with its task counts by state, in :func:`project_rows` order."""
    with store.read() as s:
        projects = s.exec(select(Project)).all()
        counted = s.exec(
            select(Task.project_id, Task.state, func.count())
            .group_by(col(Task.project_id), col(Task.state))
        ).all()  # fmt: skip
    counts: dict[str, dict[str, int]] = {}
    for project_id, state, n in counted:
        counts.setdefault(str(project_id), {})[str(state)] = int(n)
    summaries = [
        ProjectSummary(p.id, p.name, p.kind, p.source, p.local_root, counts.get(p.id, {}))
        for p in projects
    ]
    return sorted(summaries, key=lambda p: (p.name.casefold(), p.id))


def resolve_project(store: Store, ref: str) -> ProjectRow:
    """The project whose id is ``ref``, else the one whose name is ``ref`` in any case.

    Raises :class:`AmbiguousProject` when several projects share that name and
    :class:`UnknownProject` when none matches.
    """
    rows = project_rows(store)
    for row in rows:
        if row.id == ref:
            return row
    wanted = ref.casefold()
    named = [row for row in rows if row.name.casefold() == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        raise AmbiguousProject(ref, named)
    raise UnknownProject(ref, rows)
