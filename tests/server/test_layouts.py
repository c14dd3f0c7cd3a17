"""annotator-server tasks import --layout ours|preference|hh|completions, from small fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from annotator_desktop.protocol import ComparePayload
from annotator_desktop.server.cli import main
from annotator_desktop.server.db import Database
from annotator_desktop.server.models import TaskMetaRow, TaskRow


class Server:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp = tmp_path
        self.capsys = capsys
        self.url = f"sqlite:///{tmp_path / 's.sqlite3'}"
        self.db = ["--db", self.url, "--assets", str(tmp_path / "assets")]

    def run(self, *args: str, code: int = 0) -> tuple[list[dict[str, Any]], str]:
        assert main([*args, *self.db]) == code
        out, err = self.capsys.readouterr()
        return [json.loads(x) for x in out.splitlines() if x.strip()], err

    def project(self, kind: str = "compare") -> str:
        return str(self.run("projects", "create", "--name", "P", "--kind", kind)[0][0]["id"])

    def write(self, name: str, lines: list[Any]) -> Path:
        path = self.tmp / name
        text = [x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines]
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
        return path

    def tasks(self, project_id: str) -> list[tuple[TaskRow, dict[str, Any]]]:
        with Database(self.url).read() as session:
            rows = session.scalars(
                select(TaskRow).where(col(TaskRow.project_id) == project_id)
                .order_by(col(TaskRow.seq_no))
            ).all()  # fmt: skip
            meta = {m.task_id: m.data for m in session.scalars(select(TaskMetaRow)).all()}
            return [(r, meta.get(r.id, {})) for r in rows]


@pytest.fixture
def srv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Server:
    return Server(tmp_path, capsys)


def dialogue(turns: int) -> list[dict[str, str]]:
    """``turns`` alternating user / assistant messages after a system message, ending in user."""
    out = [{"role": "system", "content": "You are concise."}]
    for i in range(turns):
        role = "user" if i % 2 == 0 else "assistant"
        out.append({"role": role, "content": f"{role} turn {i + 1}"})
    return out


def test_preference_layout_strings_messages_and_implicit_prompt(srv: Server) -> None:
    pid = srv.project()
    context = dialogue(9)  # system + 9 turns ending with a user turn: a 10-message dialogue
    path = srv.write("pref.jsonl", [
        {"prompt": "What is 2+2?", "chosen": "4", "rejected": "5", "source": "math", "score": 9},
        {"prompt": [{"role": "user", "content": "Hi"}],
         "chosen": [{"role": "assistant", "content": "Hello!"}],
         "rejected": [{"role": "assistant", "content": "Go away."}]},
        {"chosen": [*context, {"role": "assistant", "content": "GOOD"}],
         "rejected": [*context, {"role": "assistant", "content": "BAD"}], "id": "src-3"},
    ])  # fmt: skip
    out, _ = srv.run("tasks", "import", "--project", pid, str(path), "--layout", "preference",
                     "--seed", "7")  # fmt: skip
    assert out[0]["imported"] == 3 and out[0]["seed"] == 7 and out[0]["skipped_lines"] == []
    (t1, m1), (t2, m2), (t3, m3) = srv.tasks(pid)
    for row, meta in ((t1, m1), (t2, m2), (t3, m3)):
        payload = ComparePayload.model_validate(row.payload)
        assert [r.id for r in payload.responses] == ["a", "b"]
        assert "chosen" not in json.dumps(row.payload) and "rejected" not in json.dumps(row.payload)
        assert sorted(meta["labels"].values()) == ["chosen", "rejected"]
        assert meta["layout"] == "preference" and meta["seed"] == 7
    chosen_text = {r["id"]: r["text_md"] for r in t1.payload["responses"]}
    assert chosen_text[next(k for k, v in m1["labels"].items() if v == "chosen")] == "4"
    assert t1.payload["prompt"] == "What is 2+2?" and m1["source"] == {"source": "math", "score": 9}
    assert m1["line"] == 1 and m3["line"] == 3
    assert t2.payload["messages"] == [{"role": "user", "content": "Hi"}]
    assert t3.payload["messages"] == context and len(t3.payload["messages"]) == 10
    texts = {r["text_md"] for r in t3.payload["responses"]}
    assert texts == {"GOOD", "BAD"} and m3["source"] == {"id": "src-3"}
    assert t1.title == "What is 2+2?" and t3.title == "user turn 9"


def test_hh_transcripts_of_many_turns(srv: Server) -> None:
    pid = srv.project()
    shared = (
        "".join(f"\n\nHuman: question {i}\n\nAssistant: answer {i}" for i in range(1, 5))
        + "\n\nHuman: last question"
    )  # 9 turns of context
    path = srv.write("hh.jsonl", [
        {"chosen": shared + "\n\nAssistant: kind answer",
         "rejected": shared + "\n\nAssistant: rude answer"},
    ])  # fmt: skip
    srv.run("tasks", "import", "--project", pid, str(path), "--layout", "hh", "--seed", "1")
    [(row, meta)] = srv.tasks(pid)
    messages = row.payload["messages"]
    assert len(messages) == 9 and messages[0] == {"role": "user", "content": "question 1"}
    assert messages[1] == {"role": "assistant", "content": "answer 1"}
    assert messages[-1] == {"role": "user", "content": "last question"}
    by_label = {meta["labels"][r["id"]]: r["text_md"] for r in row.payload["responses"]}
    assert by_label == {"chosen": "kind answer", "rejected": "rude answer"}


def test_completions_layout_makes_one_ranking_task(srv: Server) -> None:
    pid = srv.project()
    path = srv.write("comp.jsonl", [
        {"id": "u-1", "prompt": "Name a colour.",
         "completions": [{"model": "m1", "response": "red"}, "blue", {"text": "green", "score": 2},
                         {"content": "teal"}]},
    ])  # fmt: skip
    srv.run("tasks", "import", "--project", pid, str(path), "--layout", "completions",
            "--seed", "3")  # fmt: skip
    [(row, meta)] = srv.tasks(pid)
    payload = ComparePayload.model_validate(row.payload)
    assert payload.ranked and [r.id for r in payload.responses] == ["r1", "r2", "r3", "r4"]
    source_texts = ["red", "blue", "green", "teal"]
    for r in payload.responses:  # metadata maps each id back to the source index
        assert source_texts[meta["labels"][r.id]] == r.text_md
    assert meta["source"]["id"] == "u-1"
    assert meta["source"]["completions"] == [{"model": "m1"}, {}, {"score": 2}, {}]


def test_the_shuffle_is_seeded_recorded_and_not_fixed(srv: Server) -> None:
    lines = [{"prompt": f"q{i}", "chosen": f"good {i}", "rejected": f"bad {i}"} for i in range(30)]
    path = srv.write("many.jsonl", lines)
    first, second = srv.project(), srv.project()
    for pid in (first, second):
        srv.run("tasks", "import", "--project", pid, str(path), "--layout", "preference",
                "--seed", "42")  # fmt: skip
    chosen_first = [m["labels"]["a"] == "chosen" for _, m in srv.tasks(first)]
    assert 5 < sum(chosen_first) < 25  # the chosen reply is in both positions
    assert chosen_first == [m["labels"]["a"] == "chosen" for _, m in srv.tasks(second)]
    third = srv.project()
    out, _ = srv.run("tasks", "import", "--project", third, str(path), "--layout", "preference")
    assert isinstance(out[0]["seed"], int)  # a random seed is chosen and reported
    assert all(m["seed"] == out[0]["seed"] for _, m in srv.tasks(third))


def test_bad_lines_are_reported_by_number_and_nothing_is_imported(srv: Server) -> None:
    pid = srv.project()
    path = srv.write("bad.jsonl", [
        {"prompt": "ok", "chosen": "a", "rejected": "b"},
        "",
        {"prompt": "no rejected", "chosen": "a"},
        "{not json",
        {"prompt": [{"role": "robot", "content": "x"}], "chosen": "a", "rejected": "b"},
        {"prompt": "fine", "chosen": "c", "rejected": "d"},
    ])  # fmt: skip
    _, err = srv.run("tasks", "import", "--project", pid, str(path), "--layout", "preference",
                     code=2)  # fmt: skip
    assert f"{path}:3: needs chosen and rejected" in err
    assert f"{path}:4: not JSON" in err
    assert f"{path}:5: prompt[0] is not a message" in err
    assert "nothing imported" in err and ":1:" not in err and ":6:" not in err
    assert srv.tasks(pid) == []
    out, err = srv.run("tasks", "import", "--project", pid, str(path), "--layout", "preference",
                       "--skip-bad")  # fmt: skip
    assert out[0]["imported"] == 2 and out[0]["skipped_lines"] == [3, 4, 5]
    assert [t.payload["prompt"] for t, _ in srv.tasks(pid)] == ["ok", "fine"]


def test_ours_layout_validates_each_line_and_keeps_metadata(srv: Server) -> None:
    pid = srv.project("rewrite")
    path = srv.write("ours.jsonl", [
        {"payload": {"messages": dialogue(8), "draft_md": "d"}, "metadata": {"origin": "x"}},
        {"prompt": "p", "draft_md": "d2"},
        {"payload": {"draft_md": "no context"}},
    ])  # fmt: skip
    _, err = srv.run("tasks", "import", "--project", pid, str(path), code=2)
    assert f"{path}:3: " in err and "prompt or messages" in err
    srv.run("tasks", "import", "--project", pid, str(path), "--skip-bad")
    (first, meta), (second, _) = srv.tasks(pid)
    assert len(first.payload["messages"]) == 9 and meta == {"origin": "x"}
    assert second.payload["prompt"] == "p"
    _, err = srv.run("tasks", "import", "--project", pid, str(path), "--layout", "hh", code=2)
    assert "compare tasks" in err
