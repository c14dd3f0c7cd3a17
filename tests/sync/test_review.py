"""QA review in the core: reproducible samples, cached images, verdicts through the outbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests
from review_helpers import annotator_client, reviews_of, submit_all, task_state
from sqlmodel import select
from sync_helpers import engine, fast_config, sign_in

from annotator_desktop.core.store import Outbox, Store
from annotator_desktop.core.sync import outbox, review
from annotator_desktop.core.sync.errors import ServerError
from annotator_desktop.core.sync.http import ApiClient
from support.proxy import Proxy


def _qa(store: Store, url: str, data_home: Path) -> ApiClient:
    client = sign_in(store, url, "qa", fast_config())
    engine(client, store, data_home / "assets").sync(with_assets=False)
    return client


def test_same_seed_same_sample_and_others_beside(
    store: Store, data_home: Path, tmp_path: Path, live_server: object
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    for i, user in enumerate(("ana", "ben")):
        st, cl = annotator_client(url, user, tmp_path / user)
        submit_all(st, cl, tmp_path / user, "rewrite", base=10 * i)
        st.close()
    qa = _qa(store, url, data_home)
    spec = review.SampleSpec("demo-rewrite", seed=7, count=5)
    first = review.checkout(qa, store, spec, data_home / "assets")
    again = review.checkout(qa, store, spec, data_home / "assets")
    other = review.checkout(
        qa, store, review.SampleSpec("demo-rewrite", seed=8, count=5), data_home / "assets"
    )
    ids = [e.submission_id for e in first.entries]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert ids == [e.submission_id for e in again.entries]
    assert ids != [e.submission_id for e in other.entries]
    everyone = review.checkout(
        qa, store, review.SampleSpec("demo-rewrite", seed=1, rate=1.0), data_home / "assets"
    )
    assert len(everyone.entries) == 12  # 6 tasks each for ana and ben
    shared = [e for e in everyone.entries if e.others]
    assert len(shared) == 8  # the 4 overlapped tasks, seen from either side
    for entry in shared:
        assert entry.annotator in ("Ana Lima", "Ben Okafor")
        assert entry.others[0].annotator in ("Ana Lima", "Ben Okafor")
        assert entry.others[0].annotator != entry.annotator
        assert entry.others[0].result["text_md"] != entry.result["text_md"]
    assert all(e.active_seconds >= 30 for e in everyone.entries)
    assert everyone.spec == review.SampleSpec("demo-rewrite", seed=1, rate=1.0)
    assert review.load_sample(store).entries[0].submission_id == everyone.entries[0].submission_id


def test_one_annotator_and_images_cached(
    store: Store, data_home: Path, tmp_path: Path, live_server: object
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    st, cl = annotator_client(url, "ben", tmp_path / "ben")
    submit_all(st, cl, tmp_path / "ben", "bbox")
    st.close()
    st, cl = annotator_client(url, "ana", tmp_path / "ana")
    submit_all(st, cl, tmp_path / "ana", "bbox")
    ana_id = cl.call("GET", "/me")["id"]
    st.close()
    qa = _qa(store, url, data_home)
    spec = review.SampleSpec("demo-bbox", seed=3, rate=1.0, annotator_id=ana_id)
    sample = review.checkout(qa, store, spec, data_home / "assets")
    assert sample.entries and {e.annotator_id for e in sample.entries} == {ana_id}
    assert sample.project_config.get("labels")
    for entry in sample.entries:
        assert (data_home / "assets" / entry.payload["image"]["sha256"]).is_file()
    assert not sample.asset_errors


def test_verdicts_offline_then_synced_reach_the_annotator(
    store: Store, data_home: Path, tmp_path: Path, live_server: object
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    ana, ana_client = annotator_client(url, "ana", tmp_path / "ana")
    subs = submit_all(ana, ana_client, tmp_path / "ana", "compare")
    proxy = Proxy(live_server.port).start()  # type: ignore[attr-defined]
    try:
        qa = _qa(store, proxy.url, data_home)
        sample = review.checkout(
            qa, store, review.SampleSpec("demo-compare", seed=5, rate=1.0), data_home / "assets"
        )
        mine = {e.submission_id: e for e in sample.entries if e.submission_id in subs}
        first, second = sorted(mine)[:2]
        proxy.set_enabled(False)  # offline from here on
        review.record_verdict(store, first, "accept", "good", reviewer_id="qa")
        review.record_verdict(store, first, "needs_changes", "rate safety again")  # changed mind
        review.record_verdict(store, second, "reject", "rationale copied")
        report = outbox.push(qa, store, qa.config)
        assert report.stopped_by == "offline" and outbox.pending_count(store) == 3
        assert [r.state for r in reviews_of(store, first)] == ["queued", "queued"]
        proxy.set_enabled(True)
        # the rows wait out their back-off (< 1 s); the deadline only bounds a hang
        sent, deadline = 0, time.monotonic() + 120
        while outbox.pending_count(store) and time.monotonic() < deadline:
            sent += engine(qa, store, data_home / "assets").sync(with_assets=False).push.accepted
        assert sent == 3 and outbox.pending_count(store) == 0
        again = outbox.push(qa, store, qa.config)  # nothing left, nothing sent twice
        assert again.accepted == 0
    finally:
        proxy.stop()
    with store.read() as s:
        assert {o.state for o in s.exec(select(Outbox)).all()} == {"done"}
    assert review.load_sample(store).entries  # still readable after the sync
    verdicts = {e.submission_id: e for e in review.load_sample(store).entries}
    assert verdicts[first].verdict == "needs_changes"
    engine(ana_client, ana, tmp_path / "ana" / "assets").sync(with_assets=False)
    task_first = mine[first].task_id
    assert task_state(ana, task_first) == "needs_changes"
    assert reviews_of(ana, first)[-1].comment == "rate safety again"
    assert task_state(ana, mine[second].task_id) == "rejected"
    assert reviews_of(ana, second)[-1].comment == "rationale copied"
    ana.close()


def test_annotator_is_refused(store: Store, data_home: Path, live_server: object) -> None:
    client = sign_in(store, live_server.url, "ana", fast_config())  # type: ignore[attr-defined]
    with pytest.raises(ServerError) as info:
        review.checkout(
            client, store, review.SampleSpec("demo-rewrite", seed=1, count=3), data_home / "a"
        )
    assert info.value.status == 403
    token = live_server.login("ana", "ana-demo")  # type: ignore[attr-defined]
    r = requests.put(
        f"{live_server.api}/reviews/r-1",  # type: ignore[attr-defined]
        json={"submission_id": "nope", "verdict": "accept", "comment": ""},
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )  # fmt: skip
    assert r.status_code in (403, 404)
    assert review.load_sample(store).entries == []


def test_record_verdict_refuses_unknown_values(store: Store) -> None:
    with pytest.raises(ValueError):
        review.record_verdict(store, "s1", "maybe")
    with pytest.raises(KeyError):
        review.record_verdict(store, "s1", "accept")
    with store.read() as s:
        assert s.exec(select(Outbox)).all() == []
