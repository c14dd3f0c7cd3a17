"""Project statistics: the rewrite agreement is measured per word, and per character in Japanese."""

from __future__ import annotations

from typing import Any

from .conftest import Client, Served
from .results import body_for, new_id

JA_ANA = "会議は3時に始まり、5時に終わります。"
JA_BEN = "会議は4時に始まり、6時に終わります。"  # two numbers changed


def _submit_all(client: Client, text: str) -> None:
    r = client.post("/projects/demo-rewrite/checkout", json={"count": 3})
    assert r.status_code == 200, r.text
    leases: list[dict[str, Any]] = r.json()["assignments"]
    assert leases
    for lease in leases:
        body = body_for(lease, {"text_md": text, "notes": ""})
        assert client.put(f"/submissions/{new_id()}", json=body).status_code == 201


def test_rewrite_agreement_of_a_japanese_pair_with_two_numbers_changed_is_small(
    served_sqlite: Served,
) -> None:
    ana, ben, qa = (served_sqlite.login(n) for n in ("ana", "ben", "qa"))
    _submit_all(ana, JA_ANA)
    _submit_all(ben, JA_BEN)
    stats = qa.get("/projects/demo-rewrite/stats")
    assert stats.status_code == 200, stats.text
    agreement = stats.json()["agreement"]
    assert agreement["overlap_tasks"] >= 1
    # 2 of 19 tokens differ (was 1.0: the whole sentence was one "word")
    assert 0 < agreement["edit_distance"] < 0.15
