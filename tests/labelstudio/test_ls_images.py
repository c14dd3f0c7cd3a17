"""A Label Studio task's image through a faulty link: cut at random offsets, each try resumes
where the last one stopped (Range), and the file that arrives is named by its hash and fills in
the task's image (hash, size, pixels)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from urllib.parse import urlsplit

from ls_admin import BBOX_CONFIG, LsAdmin, fast_config, png, sync
from sqlmodel import select

from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import Store, Task
from annotator_desktop.core.sync import url_assets
from annotator_desktop.core.sync.errors import NetworkError
from support.proxy import Proxy


def test_an_image_cut_at_random_offsets_resumes_and_arrives_named_by_its_hash(
    ls_admin: LsAdmin, ls_user: tuple[str, str], store: Store, assets_dir: Path
) -> None:
    data = png(1400, 1000, seed=3)  # ≈ 4 MB of noise: it does not compress away
    project = ls_admin.create_project("Boxes through a bad link", BBOX_CONFIG)
    task = ls_admin.upload_image(project, data, "street.png")
    port = urlsplit(ls_admin.base).port
    assert port is not None
    proxy = Proxy(port).start()
    client = LabelStudioClient(proxy.url, ls_user[1], store, fast_config())
    try:
        sync(client, store, assets_dir, with_assets=False)  # the task, its image known by address
        with store.read() as s:
            row = s.exec(select(Task).where(Task.id == f"ls-{project}-{task}")).one()
        ref = url_assets.UrlRef(url_assets.source_url(row.payload) or "")
        assert ref.url, "the task's image address was not pulled"
        part = assets_dir / (hashlib.sha256(ref.url.encode("utf-8")).hexdigest() + ".part")
        loader = url_assets.UrlDownloader(client, store, assets_dir)
        rng = random.Random(7)
        cuts, previous = 0, 0
        while True:
            proxy.cut_all()
            proxy.cut_after = rng.randint(len(data) // 10, len(data) // 3)
            try:
                loader.fetch_url(ref, restarts=0)
                break
            except NetworkError:
                cuts += 1
                have = part.stat().st_size if part.exists() else 0
                assert have >= previous  # resumed, never started over
                previous = have
            assert cuts < 200
        assert cuts >= 2
    finally:
        proxy.stop()
        client.close()
    sha = hashlib.sha256(data).hexdigest()
    assert (assets_dir / sha).read_bytes() == data  # named by its hash, whole
    assert not part.exists()
    with store.read() as s:
        row = s.exec(select(Task).where(Task.id == f"ls-{project}-{task}")).one()
    image = row.payload["image"]
    assert (image["sha256"], image["width"], image["height"]) == (sha, 1400, 1000)
