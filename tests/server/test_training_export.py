"""annotator-server export --format preference|sft against submitted judgments (pair by pair),
and the stats' bias and split-task figures, on the demo's conversation/ranking/code project."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator_desktop.server.cli import main
from annotator_desktop.server.demo_chat import CONVERSATION, RANKING_PROMPT

from .conftest import Client, Served
from .results import body_for, new_id

RATIONALE = "Because it is clearly the better reply."


def leases(client: Client, project: str) -> dict[str, dict[str, Any]]:
    r = client.post(f"/projects/{project}/checkout", json={"count": 10})
    assert r.status_code == 200, r.text
    return {a["task"]["id"]: a for a in r.json()["assignments"]}


def submit(client: Client, lease: dict[str, Any], **judgment: Any) -> str:
    payload = lease["task"]["payload"]
    ids = [r["id"] for r in payload["responses"]]
    overall = {c["key"]: 4 for c in payload["criteria"] if not c.get("per_response")}
    per = [c["key"] for c in payload["criteria"] if c.get("per_response")]
    result = {"presented_order": ids, "criteria": overall, "rationale": RATIONALE, "flags": [],
              "ratings": {rid: {k: 1 + i for k in per} for i, rid in enumerate(ids)} if per else {},
              **judgment}  # fmt: skip
    sub_id = new_id()
    r = client.put(f"/submissions/{sub_id}", json=body_for(lease, result))
    assert r.status_code == 201, r.text
    return sub_id


def judged(served: Served) -> dict[tuple[str, str], str]:
    """ana and ben judge the three demo-chat tasks; (annotator, task) -> submission id."""
    ana, ben = served.login("ana"), served.login("ben")
    a, b = leases(ana, "demo-chat"), leases(ben, "demo-chat")
    return {
        ("ana", "demo-chat-01"): submit(ana, a["demo-chat-01"], preference=-2),
        ("ana", "demo-chat-02"): submit(
            ana, a["demo-chat-02"], ranking=[["sky-d"], ["sky-a", "sky-b"], ["sky-c"]]
        ),
        ("ana", "demo-chat-03"): submit(ana, a["demo-chat-03"], preference=0),
        ("ben", "demo-chat-01"): submit(ben, b["demo-chat-01"], preference=1),
        ("ben", "demo-chat-02"): submit(
            ben, b["demo-chat-02"], ranking=[["sky-b"], ["sky-d"], ["sky-a"], ["sky-c"]]
        ),
        ("ben", "demo-chat-03"): submit(ben, b["demo-chat-03"], preference=3),
    }


def export(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], project: str,
           fmt: str) -> tuple[list[dict[str, Any]], str]:  # fmt: skip
    out = tmp_path / f"{project}.{fmt}.jsonl"
    db = ["--db", db_url, "--assets", str(tmp_path / "assets")]
    assert main(["export", "--project", project, "--format", fmt, "--out", str(out), *db]) == 0
    err = capsys.readouterr().err
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], err


def test_preference_export_pair_by_pair(
    served: Served, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subs = judged(served)
    records, err = export(db_url, tmp_path, capsys, "demo-chat", "preference")
    got = {(r["annotator"], r["task_id"], r["chosen_id"], r["rejected_id"], r["strength"])
           for r in records}  # fmt: skip
    assert len(got) == len(records) == 14
    assert got == {
        # ana: -2 on chat-01 -> responses[0] better by 2
        ("ana", "demo-chat-01", "chat1-a", "chat1-b", 2),
        # ana's ranking d | a = b | c: every pair of different rank, a~b is a tie
        ("ana", "demo-chat-02", "sky-d", "sky-a", 1), ("ana", "demo-chat-02", "sky-d", "sky-b", 1),
        ("ana", "demo-chat-02", "sky-d", "sky-c", 2), ("ana", "demo-chat-02", "sky-a", "sky-c", 1),
        ("ana", "demo-chat-02", "sky-b", "sky-c", 1),
        # ana's 0 on chat-03 is a tie: no pair. ben: +1 -> responses[1] better by 1
        ("ben", "demo-chat-01", "chat1-b", "chat1-a", 1),
        # ben's ranking b | d | a | c: all six pairs
        ("ben", "demo-chat-02", "sky-b", "sky-d", 1), ("ben", "demo-chat-02", "sky-b", "sky-a", 2),
        ("ben", "demo-chat-02", "sky-b", "sky-c", 3), ("ben", "demo-chat-02", "sky-d", "sky-a", 1),
        ("ben", "demo-chat-02", "sky-d", "sky-c", 2), ("ben", "demo-chat-02", "sky-a", "sky-c", 1),
        ("ben", "demo-chat-03", "code-b", "code-a", 3),
    }  # fmt: skip
    assert "preference: 14 pairs from 6 judgments, 2 ties (no pair), 0 skipped" in err
    texts = {}
    for record in records:
        assert record["submission_id"] == subs[(record["annotator"], record["task_id"])]
        assert record["rationale"] == RATIONALE
        assert [m["role"] for m in record["chosen"]] == ["assistant"]
        assert [m["role"] for m in record["rejected"]] == ["assistant"]
        texts[record["chosen_id"]] = record["chosen"][0]["content"]
        if record["task_id"] == "demo-chat-01":
            assert record["prompt"] == CONVERSATION  # the dialogue as messages
        if record["task_id"] == "demo-chat-02":
            assert record["prompt"] == [{"role": "user", "content": RANKING_PROMPT}]
            assert record["ranked"] is True and record["criteria"] == {"overall": 4}
            order = ["sky-a", "sky-b", "sky-c", "sky-d"]  # ratings were 1 + position
            for side in ("chosen", "rejected"):
                value = 1 + order.index(record[f"{side}_id"])
                assert record["ratings"][side] == {"helpful": value, "correct": value}
    assert "Rayleigh" in texts["sky-d"] and "```python" in texts["code-b"]


def test_sft_export_and_an_atomic_failure(
    served_sqlite: Served, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ana = served_sqlite.login("ana")
    lease = next(iter(leases(ana, "demo-rewrite").values()))
    payload = lease["task"]["payload"]
    result = {"text_md": "A **better** answer.", "notes": "fixed"}
    r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, result))
    assert r.status_code == 201, r.text
    records, err = export(sqlite_url, tmp_path, capsys, "demo-rewrite", "sft")
    assert len(records) == 1 and "sft: 1 examples from 1 rewrites, 0 skipped" in err
    assert records[0]["messages"] == [
        {"role": "user", "content": payload["prompt"]},
        {"role": "assistant", "content": "A **better** answer."},
    ]
    assert records[0]["annotator"] == "ana" and records[0]["notes"] == "fixed"
    # a failing export leaves the file that was there, and no temporary file
    out = tmp_path / "keep.jsonl"
    out.write_text("old\n")
    db = ["--db", sqlite_url, "--assets", str(tmp_path / "assets")]
    args = ["export", "--project", "demo-rewrite", "--format", "preference", "--out", str(out)]
    assert main([*args, *db]) == 2
    assert "for compare projects" in capsys.readouterr().err
    assert out.read_text() == "old\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".keep")]


def test_stats_report_bias_and_the_most_split_tasks(served: Served) -> None:
    subs = judged(served)
    stats = served.login("qa").get("/projects/demo-chat/stats").json()
    # split: chat-01 opposite (1), chat-03 tie vs preference (1/2), chat-02: of the six
    # response pairs a~b vs b>a (1/2) and d>b vs b>d (1) differ: 1.5 / 6 = 0.25
    split = [(t["task_id"], t["judgments"], t["split"]) for t in stats["split_tasks"]]
    assert split == [("demo-chat-01", 2, 1.0), ("demo-chat-03", 2, 0.5),
                     ("demo-chat-02", 2, 0.25)]  # fmt: skip
    assert set(stats["split_tasks"][0]["submission_ids"]) == {
        subs[("ana", "demo-chat-01")],
        subs[("ben", "demo-chat-01")],
    }
    assert stats["split_tasks"][0]["title"].startswith("Lisbon")
    by_name = {a["username"]: a for a in stats["annotators"]}
    # ana, shown in payload order: chat-01 chose the first shown (1 of 1); chat-02 pairs
    # d>a, d>b, d>c (d shown last: no), a>c, b>c (yes): 2 of 5 -> 3 of 6
    first = by_name["ana"]["bias"]["first_shown"]
    assert (first["k"], first["n"]) == (3, 6) and first["low"] < 0.5 < first["high"]
    assert set(stats["bias"]) == {"first_shown", "longer", "more_formatted"}
    assert stats["bias"]["first_shown"]["n"] == 6 + 8  # ben: chat-01, 6 ranking pairs, chat-03
