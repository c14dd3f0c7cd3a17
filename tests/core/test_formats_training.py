"""annotator-desktop export --format preference|sft from a real store, pair by pair."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from annotator_desktop.core.cancel import Cancelled, CancelToken
from annotator_desktop.core.formats import ExportSummary, FormatError, export_project
from annotator_desktop.core.store import Project, Store, Submission, Task

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
CHAT = [
    {"role": "system", "content": "Be kind."},
    {"role": "user", "content": "Hi"},
    {"role": "assistant", "content": "Hello!"},
    {"role": "user", "content": "Tell me a joke."},
]


def compare_task(tid: str, n: int, **context: Any) -> Task:
    responses = [{"id": f"{tid}-{i}", "text_md": f"reply {i} of {tid}"} for i in range(n)]
    return Task(
        id=tid, project_id="pc", kind="compare", title=tid,
        payload={**(context or {"prompt": f"prompt of {tid}"}), "responses": responses},
    )  # fmt: skip


def sub(sid: str, task: str, minutes: int, who: str = "ana", **result: Any) -> Submission:
    return Submission(
        id=sid, task_id=task, annotator_id=who, submitted_at=T0 + timedelta(minutes=minutes),
        result={"presented_order": [], "rationale": f"why {sid}", **result},
        state="submitted_locally" if who == "ana" else "accepted",
        origin="local" if who == "ana" else "server",
    )  # fmt: skip


@pytest.fixture
def judged(store: Store) -> Store:
    with store.write() as s:
        s.add(Project(id="pc", name="Pairs", kind="compare"))
        s.add(compare_task("c1", 2))
        s.add(compare_task("c2", 2, messages=CHAT))
        s.add(compare_task("c3", 3, messages=CHAT, prompt="and now?"))
        s.add(sub("s1", "c1", 1, preference=-3, criteria={"clear": 5}))
        s.add(sub("s2", "c1", 2, who="ben", preference=2))
        s.add(sub("s3", "c2", 3, preference=0))  # a tie
        s.add(
            sub(
                "s4",
                "c3",
                4,
                ranking=[["c3-2"], ["c3-0", "c3-1"]],
                ratings={"c3-2": {"ok": 5}, "c3-0": {"ok": 2}, "c3-1": {"ok": 3}},
            )
        )
        s.add(sub("s5", "c3", 5, who="ben", ranking=[["c3-0"]]))  # malformed: skipped
        s.add(sub("s6", "c2", 6, preference=1, flags=["cannot_judge"]))  # no judgment
        s.add(Project(id="pr", name="Rewrites", kind="rewrite"))
        s.add(
            Task(
                id="w1",
                project_id="pr",
                kind="rewrite",
                payload={"messages": CHAT, "draft_md": "d"},
            )
        )
        s.add(
            Task(id="w2", project_id="pr", kind="rewrite", payload={"prompt": "p", "draft_md": "d"})
        )
        s.add(sub("sw1", "w1", 1, text_md="A joke.", notes="n"))
        s.add(sub("sw2", "w2", 2, text_md="   "))  # empty: skipped
    return store  # fmt: skip


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_preference_export_yields_every_pair_of_every_judgment(
    judged: Store, tmp_path: Path
) -> None:
    summary = ExportSummary()
    path = export_project(judged, "pc", "preference", tmp_path / "p.jsonl", summary=summary)
    records = lines(Path(str(path)))
    got = [(r["submission_id"], r["chosen_id"], r["rejected_id"], r["strength"]) for r in records]
    assert got == [
        ("s1", "c1-0", "c1-1", 3),  # -3: responses[0] much better
        ("s2", "c1-1", "c1-0", 2),  # ben's +2, kept beside ana's (every judgment is exported)
        # s3 is a tie: no pair. s4 ranks c3-2 | c3-0 = c3-1: two pairs, one tie
        ("s4", "c3-2", "c3-0", 1),
        ("s4", "c3-2", "c3-1", 1),
    ]
    assert (summary.submissions, summary.records, summary.ties, summary.skipped) == (6, 4, 2, 2)
    first = records[0]
    assert first["prompt"] == [{"role": "user", "content": "prompt of c1"}]
    assert first["chosen"] == [{"role": "assistant", "content": "reply 0 of c1"}]
    assert first["rejected"] == [{"role": "assistant", "content": "reply 1 of c1"}]
    assert first["criteria"] == {"clear": 5} and first["rationale"] == "why s1"
    assert (first["annotator"], first["task_id"]) == ("ana", "c1")
    assert records[1]["annotator"] == "ben" and records[1]["state"] == "accepted"
    ranked = records[2]
    assert ranked["prompt"] == [*CHAT, {"role": "user", "content": "and now?"}]
    assert ranked["ratings"] == {"chosen": {"ok": 5}, "rejected": {"ok": 2}}


def test_sft_export_puts_the_rewrite_after_the_context(judged: Store, tmp_path: Path) -> None:
    summary = ExportSummary()
    path = export_project(judged, "pr", "sft", tmp_path, summary=summary)
    assert Path(str(path)) == tmp_path / "pr.sft.jsonl"
    [record] = lines(Path(str(path)))
    assert record["messages"] == [*CHAT, {"role": "assistant", "content": "A joke."}]
    assert record["submission_id"] == "sw1" and record["notes"] == "n"
    assert summary.line("sft") == "sft: 1 examples from 2 rewrites, 1 skipped"


def test_wrong_kind_and_cancel_leave_nothing(judged: Store, tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="compare projects"):
        export_project(judged, "pr", "preference", tmp_path / "x.jsonl")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_project(judged, "pc", "preference", tmp_path / "y.jsonl", cancel=token)
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


def test_progress_is_reported(judged: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_project(
        judged, "pc", "preference", tmp_path / "p.jsonl", lambda d, t: seen.append((d, t))
    )
    assert seen[-1][0] == seen[-1][1] > 0


def test_cli_export_prints_the_summary_on_stderr(
    judged: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator_desktop.cli import main

    judged.close()
    out = tmp_path / "pairs.jsonl"
    assert main(["export", "--project", "Pairs", "--format", "preference", str(out)]) == 0
    captured = capsys.readouterr()
    assert "preference: 4 pairs from 6 judgments, 2 ties (no pair), 2 skipped" in captured.err
    assert len(lines(out)) == 4 and "exported Pairs (pc) as preference" in captured.out
    assert main(["export", "--project", "pr", "--format", "preference", str(out)]) == 1
    assert "for compare projects" in capsys.readouterr().err
