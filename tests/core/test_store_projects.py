"""Project summaries and the id-or-name look-up shared by the CLI and the GUI."""

from __future__ import annotations

import pytest

from annotator_desktop.core.store import Project, Store, Task
from annotator_desktop.core.store.projects import (
    AmbiguousProject,
    UnknownProject,
    project_summaries,
    resolve_project,
)


@pytest.fixture
def filled(store: Store) -> Store:
    with store.write() as s:
        s.add(Project(id="p1", name="Streets", kind="bbox"))
        s.add(Project(id="p2", name="streets ", kind="bbox"))  # a trailing space: not the same
        s.add(Project(id="p3", name="Cats", kind="bbox", source="local", local_root="/c"))
        s.add(Project(id="Cats", name="Other", kind="compare"))  # an id equal to a name
        for i, state in enumerate(["new", "new", "late", "conflict"]):
            s.add(Task(id=f"t{i}", project_id="p1", kind="bbox", state=state))
    return store


def test_summaries_count_tasks_by_state(filled: Store) -> None:
    rows = {p.id: p for p in project_summaries(filled)}
    assert [p.name for p in project_summaries(filled)] == ["Cats", "Other", "Streets", "streets "]
    assert rows["p1"].total == 4
    assert rows["p1"].counts == {"new": 2, "late": 1, "conflict": 1}
    assert rows["p3"].total == 0 and rows["p3"].source == "local"
    assert rows["p3"].local_root == "/c"


def test_resolve_by_id_then_by_exact_name_in_any_case(filled: Store) -> None:
    assert resolve_project(filled, "p1").id == "p1"
    assert resolve_project(filled, "STREETS").id == "p1"
    assert resolve_project(filled, "streets ").id == "p2"
    assert resolve_project(filled, "Cats").id == "Cats"  # an id wins over a name
    assert resolve_project(filled, "cats").id == "p3"


def test_resolve_refuses_a_shared_name_and_lists_the_ids(filled: Store) -> None:
    with filled.write() as s:
        s.add(Project(id="p4", name="STREETS", kind="rewrite"))
    with pytest.raises(AmbiguousProject) as caught:
        resolve_project(filled, "streets")
    assert [p.id for p in caught.value.matches] == ["p1", "p4"]


def test_resolve_unknown_names_every_project(filled: Store) -> None:
    with pytest.raises(UnknownProject) as caught:
        resolve_project(filled, "Dogs")
    assert caught.value.ref == "Dogs"
    assert [p.id for p in caught.value.known] == ["p3", "Cats", "p1", "p2"]
