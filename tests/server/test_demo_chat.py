"""--demo shows a conversation task, a four-response ranking with per-response ratings, and
a task with code, assigned to both demo annotators."""

from __future__ import annotations

from annotator_desktop.protocol import ComparePayload

from .conftest import Served
from .results import body_for, new_id, valid_result


def test_demo_chat_project_has_the_three_new_kinds_of_compare_task(served_sqlite: Served) -> None:
    for name in ("ana", "ben"):
        client = served_sqlite.login(name)
        feed = client.all_changes()
        tasks = {c["id"]: c["data"] for c in feed if c["entity"] == "task"}
        leased = {c["data"]["task"]["id"] for c in feed if c["entity"] == "assignment"}
        assert {"demo-chat-01", "demo-chat-02", "demo-chat-03"} <= leased
        chat = ComparePayload.model_validate(tasks["demo-chat-01"]["payload"])
        assert len(chat.messages) >= 8 and chat.messages[-1].role == "user"
        assert any("\u0600" <= ch <= "\u06ff" for m in chat.messages for ch in m.content)
        ranking = ComparePayload.model_validate(tasks["demo-chat-02"]["payload"])
        assert ranking.ranked and len(ranking.responses) == 4
        assert {c.key for c in ranking.criteria if c.per_response} == {"helpful", "correct"}
        code = ComparePayload.model_validate(tasks["demo-chat-03"]["payload"])
        assert all("```python" in r.text_md for r in code.responses)
    projects = served_sqlite.login("ana").get("/projects").json()
    assert "demo-chat" in {p["id"] for p in projects}


def test_the_server_refuses_an_incomplete_ranking_or_missing_ratings(served_sqlite: Served) -> None:
    ana = served_sqlite.login("ana")
    r = ana.post("/projects/demo-chat/checkout", json={"count": 10})
    lease = next(a for a in r.json()["assignments"] if a["task"]["id"] == "demo-chat-02")
    good = valid_result(lease["task"])
    assert good["ranking"] and good["ratings"]
    bad = {**good, "ranking": [["sky-a"], ["sky-b", "sky-c"]], "ratings": {}}
    answer = ana.put(f"/submissions/{new_id()}", json=body_for(lease, bad))
    assert answer.status_code == 422, answer.text
    codes = {e["code"] for e in answer.json()["errors"]}
    assert {"ranking_incomplete", "criterion_missing"} <= codes
    with_pref = {**good, "preference": -1}
    answer = ana.put(f"/submissions/{new_id()}", json=body_for(lease, with_pref))
    assert [e["code"] for e in answer.json()["errors"]] == ["preference_unexpected"]
    assert ana.put(f"/submissions/{new_id()}", json=body_for(lease, good)).status_code == 201
