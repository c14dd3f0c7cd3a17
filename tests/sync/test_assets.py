"""Asset downloads: resume after cuts at random offsets, restart on a changed ETag, no bad file."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from sync_helpers import engine, sign_in

from annotator_desktop.core.store import Asset, Store, Task
from annotator_desktop.core.sync.assets import AssetCorrupt, AssetRef, Downloader, evict, task_asset
from annotator_desktop.core.sync.errors import NetworkError
from support.proxy import Proxy


@pytest.fixture
def proxy(live_server: object) -> Iterator[Proxy]:
    p = Proxy(live_server.port).start()  # type: ignore[attr-defined]
    yield p
    p.stop()


def _refs(store: Store) -> list[AssetRef]:
    with store.read() as s:
        payloads = s.exec(select(Task.payload).where(Task.kind == "bbox")).all()
    refs = {r.sha256: r for r in (task_asset(p) for p in payloads) if r is not None}
    return list(refs.values())


def _setup(store: Store, data_home: Path, proxy: Proxy) -> tuple[Downloader, list[AssetRef]]:
    client = sign_in(store, proxy.url)
    engine(client, store, data_home / "assets").sync(with_assets=False)
    return Downloader(client, store, data_home / "assets"), _refs(store)


def _real_size(downloader: Downloader, ref: AssetRef) -> int:
    resp = downloader.client.send("HEAD", f"/assets/{ref.sha256}")
    resp.close()
    return int(resp.headers["Content-Length"])


def test_cut_at_random_offsets_resumes_to_the_right_hash(
    store: Store, data_home: Path, proxy: Proxy
) -> None:
    loader, refs = _setup(store, data_home, proxy)
    ref = refs[0]
    size = _real_size(loader, ref)
    rng = random.Random(4)
    part = data_home / "assets" / f"{ref.sha256}.part"
    cuts, previous = 0, 0
    while True:
        proxy.cut_all()
        proxy.cut_after = rng.randint(size // 10, size // 3)
        try:
            path = loader.fetch(ref, restarts=0)
            break
        except NetworkError:
            cuts += 1
            have = part.stat().st_size if part.exists() else 0
            assert have >= previous  # resumed, never started over
            previous = have
        assert cuts < 200
    assert cuts >= 2
    assert hashlib.sha256(path.read_bytes()).hexdigest() == ref.sha256
    assert not part.exists()
    with store.read() as s:
        assert s.get(Asset, ref.sha256).state == "complete"  # type: ignore[union-attr]


def test_changed_etag_restarts_from_zero(store: Store, data_home: Path, proxy: Proxy) -> None:
    loader, refs = _setup(store, data_home, proxy)
    ref = refs[0]
    size = _real_size(loader, ref)
    proxy.cut_all()
    proxy.cut_after = size // 2
    with pytest.raises(NetworkError):
        loader.fetch(ref, restarts=0)
    part = data_home / "assets" / f"{ref.sha256}.part"
    assert 0 < part.stat().st_size < size
    with store.write() as s:
        row = s.get(Asset, ref.sha256)
        assert row is not None and row.etag
        row.etag = '"an-older-version"'
        s.add(row)
    proxy.cut_after = None
    proxy.cut_all()
    before = proxy.stats.bytes_down
    path = loader.fetch(ref, restarts=0)
    assert proxy.stats.bytes_down - before >= size  # the whole body again, not the rest
    assert hashlib.sha256(path.read_bytes()).hexdigest() == ref.sha256


def test_short_and_long_bodies_never_become_files(
    store: Store, data_home: Path, proxy: Proxy
) -> None:
    loader, refs = _setup(store, data_home, proxy)
    ref = refs[0]
    size = _real_size(loader, ref)
    final = data_home / "assets" / ref.sha256
    with pytest.raises(NetworkError, match="truncated"):
        loader.fetch(AssetRef(ref.sha256, size + 10, ref.mime), restarts=0)
    assert not final.exists()
    (data_home / "assets" / f"{ref.sha256}.part").unlink()
    with pytest.raises(AssetCorrupt):
        loader.fetch(AssetRef(ref.sha256, size - 10, ref.mime), restarts=0)
    assert not final.exists()
    proxy.cut_all()
    proxy.cut_after = size // 3  # a cut body: urllib3's length check reports it
    with pytest.raises(NetworkError):
        loader.fetch(ref, restarts=0)
    assert not final.exists()


def test_cache_limit_evicts_finished_tasks_first(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    engine(client, store, data_home / "assets").sync()
    folder = data_home / "assets"
    with store.write() as s:
        tasks = s.exec(select(Task).where(Task.kind == "bbox").order_by(Task.id)).all()
        tasks[0].state = "accepted"
        s.add(tasks[0])
    finished = task_asset(tasks[0].payload).sha256  # type: ignore[union-attr]
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    removed = evict(store, folder, sum(sizes.values()) - 1)
    assert removed == [finished]
    assert not (folder / finished).exists()
