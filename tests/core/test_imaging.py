"""Qt-free image loading: EXIF orientation, previews, levels and tiles, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from annotator_desktop.core import imaging


def _jpeg(path: Path, size: tuple[int, int], orientation: int = 1) -> Path:
    img = Image.new("RGB", size, (255, 0, 0))
    img.paste((0, 0, 255), (0, 0, size[0] // 4, size[1] // 4))  # blue top-left corner
    exif = Image.Exif()
    exif[0x0112] = orientation
    img.save(path, "JPEG", exif=exif.tobytes(), quality=95)
    return path


def test_exif_rotation_swaps_size_and_turns_pixels(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "r.jpg", (400, 200), orientation=6)  # rotate 90° clockwise to show
    info = imaging.probe(path)
    assert (info.width, info.height, info.orientation) == (200, 400, 6)
    img = imaging.load_preview(info)
    assert img.size == (200, 400)
    # the raw top-left corner ends at the top-right after a clockwise turn
    r, _g, b = img.getpixel((190, 10))
    assert b > 200 and r < 60


def test_jpeg_preview_uses_draft_reduction(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "big.jpg", (8000, 4000))
    info = imaging.probe(path)
    assert imaging.preview_scale(info) == 4
    img = imaging.load_preview(info, tmp_path / "cache")
    assert img.size == (2000, 1000)
    assert len(list((tmp_path / "cache").iterdir())) == 1
    again = imaging.load_preview(info, tmp_path / "cache")
    assert again.size == (2000, 1000)


def test_png_preview_and_tiles(tmp_path: Path) -> None:
    path = tmp_path / "p.png"
    Image.new("RGBA", (1100, 600), (1, 2, 3, 128)).save(path)
    info = imaging.probe(path)
    level = imaging.decode_level(info, 1)
    assert level.mode == "RGBA" and level.size == (1100, 600)
    assert imaging.tile_grid(1100, 600) == (3, 2)
    assert imaging.cut_tile(level, 2, 1).size == (1100 - 1024, 600 - 512)
    with pytest.raises(imaging.ImageError):
        imaging.cut_tile(level, 3, 0)


def test_finest_scale_respects_budget(tmp_path: Path) -> None:
    info = imaging.ImageInfo(tmp_path / "x", 15000, 10000, "JPEG")
    assert imaging.finest_scale(info, budget=200 * 1024 * 1024) == 2
    assert imaging.finest_scale(info, budget=10**12) == 1


def test_decompression_bomb_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    Image.new("1", (6000, 5000)).save(path)  # a tiny file of 30 megapixels
    assert path.stat().st_size < 100_000
    with pytest.raises(imaging.ImageError) as err:
        imaging.probe(path, limit=20_000_000)
    assert err.value.code == "too_large"


def test_configurable_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _jpeg(tmp_path / "m.jpg", (300, 300))
    monkeypatch.setenv("ANNOTATOR_MAX_IMAGE_PIXELS", "50000")
    with pytest.raises(imaging.ImageError) as err:
        imaging.probe(path)
    assert err.value.code == "too_large"


def test_truncated_jpeg_is_a_clear_error(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "t.jpg", (1200, 900))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    info = imaging.probe(path)  # the header is intact
    with pytest.raises(imaging.ImageError) as err:
        imaging.load_preview(info)
    assert err.value.code == "corrupt"


def test_not_an_image_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "x.jpg"
    path.write_text("hello")
    with pytest.raises(imaging.ImageError) as err:
        imaging.probe(path)
    assert err.value.code == "unsupported"
    with pytest.raises(imaging.ImageError) as err:
        imaging.probe(tmp_path / "nope")
    assert err.value.code == "missing"


@pytest.mark.parametrize("fmt", ["PNG", "BMP", "TIFF", "WEBP", "GIF"])
def test_formats_pillow_reads(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"i.{fmt.lower()}"
    Image.new("RGB", (64, 48), (10, 200, 30)).save(path, fmt)
    info = imaging.probe(path)
    img = imaging.load_preview(info)
    assert img.size == (64, 48) and img.mode in ("RGB", "RGBA")


def test_prepare_preview_fills_cache(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "big.jpg", (6000, 3000))
    assert imaging.prepare_preview(path, tmp_path / "previews")
    assert len(list((tmp_path / "previews").glob("*.jpg"))) == 1
    (tmp_path / "bad.jpg").write_bytes(b"nope")
    assert not imaging.prepare_preview(tmp_path / "bad.jpg", tmp_path / "previews")


def test_preview_cache_is_never_seen_half_written_while_threads_write_it(tmp_path: Path) -> None:
    """The sync thread and the pane may write the same preview at once; a reader of the cache
    must only ever find a whole file."""
    import threading

    preview = Image.effect_noise((1500, 1000), 80).convert("RGB")
    target = tmp_path / "previews" / "p.jpg"
    done = threading.Event()
    broken: list[str] = []

    def write() -> None:
        for _ in range(15):
            imaging.store_preview(preview, target)

    def read() -> None:
        while not done.is_set():
            try:
                with Image.open(target) as img:
                    img.load()
            except FileNotFoundError:
                continue
            except OSError as exc:
                broken.append(str(exc))

    reader = threading.Thread(target=read)
    writers = [threading.Thread(target=write) for _ in range(3)]
    reader.start()
    for t in writers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    reader.join()
    assert broken == []
    assert [p.name for p in target.parent.iterdir()] == ["p.jpg"]  # no temporary file left


def _patched_jpeg_header(path: Path, width: int, height: int) -> Path:
    """A small JPEG whose header claims ``width`` x ``height`` (only the header is read)."""
    Image.new("RGB", (16, 16)).save(path, "JPEG")
    data = bytearray(path.read_bytes())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 7] = height.to_bytes(2, "big")
    data[sof + 7 : sof + 9] = width.to_bytes(2, "big")
    path.write_bytes(bytes(data))
    return path


def test_our_limit_applies_not_pillows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _patched_jpeg_header(tmp_path / "h.jpg", 20000, 10000)  # 200 MP
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", Image.MAX_IMAGE_PIXELS)
    monkeypatch.setenv("ANNOTATOR_MAX_IMAGE_PIXELS", "250000000")
    assert imaging.probe(path).pixels == 200_000_000
    monkeypatch.setenv("ANNOTATOR_MAX_IMAGE_PIXELS", "150000000")
    with pytest.raises(imaging.ImageError) as err:
        imaging.probe(path)
    assert err.value.code == "too_large"
