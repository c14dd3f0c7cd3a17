"""Qt-free image loading for the bounding-box pane: size checks, previews, resolution levels.

Every image is size-checked from its header before any pixel is decoded (decompression bombs are
refused), EXIF orientation is applied, JPEGs are previewed with Pillow's draft mode (the decoder
scales by 1/2, 1/4 or 1/8 while decoding), and regions are cut from a resolution level chosen to
stay within a memory budget.
"""

from __future__ import annotations

import hashlib
import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

#: Images with more pixels than this are refused (configurable: ANNOTATOR_MAX_IMAGE_PIXELS).
DEFAULT_MAX_PIXELS = 250_000_000
#: Largest side of the first, reduced preview.
PREVIEW_SIDE = 2048
#: Bytes one decoded resolution level may take (configurable: ANNOTATOR_IMAGE_LEVEL_BUDGET).
DEFAULT_LEVEL_BUDGET = 200 * 1024 * 1024
TILE = 512
_TRANSPOSED = {5, 6, 7, 8}


class ImageError(Exception):
    """An image that cannot be shown; ``code`` is stable, ``detail`` is for logs."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ImageInfo:
    """Header facts about an image, with width/height after EXIF orientation."""

    path: Path
    width: int
    height: int
    format: str
    orientation: int = 1

    @property
    def pixels(self) -> int:
        return self.width * self.height


def max_pixels() -> int:
    """The configured pixel limit."""
    try:
        return int(os.environ.get("ANNOTATOR_MAX_IMAGE_PIXELS", DEFAULT_MAX_PIXELS))
    except ValueError:
        return DEFAULT_MAX_PIXELS


def level_budget() -> int:
    """The configured byte budget of one decoded resolution level."""
    try:
        return int(os.environ.get("ANNOTATOR_IMAGE_LEVEL_BUDGET", DEFAULT_LEVEL_BUDGET))
    except ValueError:
        return DEFAULT_LEVEL_BUDGET


def _allow_up_to(limit: int) -> None:
    """Lets Pillow open headers up to our own limit (it refuses at twice MAX_IMAGE_PIXELS).

    Only ever raises Pillow's threshold; our limit is checked from the header before decoding.
    """
    current = Image.MAX_IMAGE_PIXELS
    if current is not None and current * 2 < limit:
        Image.MAX_IMAGE_PIXELS = -(-limit // 2)


def _open(path: Path) -> Image.Image:
    """Opens ``path`` lazily (header only), mapping every failure to an ImageError."""
    if not path.is_file():
        raise ImageError("missing", str(path))
    _allow_up_to(max_pixels())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(path)
    except Image.DecompressionBombError as exc:
        raise ImageError("too_large", str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise ImageError("unsupported", str(exc)) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError("corrupt", str(exc)) from exc


def _orientation(img: Image.Image) -> int:
    try:
        value = int(img.getexif().get(0x0112, 1))
    except Exception:
        return 1
    return value if 1 <= value <= 8 else 1


def probe(path: Path, limit: int | None = None) -> ImageInfo:
    """Reads the header of ``path``; refuses images over the pixel ``limit`` before decoding."""
    img = _open(path)
    try:
        width, height = img.size
        if width <= 0 or height <= 0:
            raise ImageError("corrupt", "empty image")
        if width * height > (limit or max_pixels()):
            raise ImageError("too_large", f"{width}x{height}")
        orientation = _orientation(img)
        if orientation in _TRANSPOSED:
            width, height = height, width
        return ImageInfo(path, width, height, img.format or "", orientation)
    finally:
        img.close()


def _decode(info: ImageInfo, scale: int) -> Image.Image:
    """Decodes the whole image at 1/``scale`` of its size, oriented, as RGB or RGBA."""
    img = _open(info.path)
    out: Image.Image | None = None
    try:
        raw_w, raw_h = img.size
        if scale > 1 and img.format == "JPEG":
            img.draft("RGB", (max(1, raw_w // scale), max(1, raw_h // scale)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img.load()
        out = _rgb(img)
        target = (-(-raw_w // scale), -(-raw_h // scale))
        if out.size != target:
            out = out.resize(target, Image.Resampling.BILINEAR, reducing_gap=2.0)
        out = _transpose(out, info.orientation)
        return out
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageError("too_large", str(exc)) from exc
    except (OSError, ValueError, SyntaxError, MemoryError) as exc:
        raise ImageError("corrupt", str(exc)) from exc
    finally:
        if out is not img:
            img.close()  # closing also frees the pixels, so never close what is returned


def _rgb(img: Image.Image) -> Image.Image:
    if img.mode in ("RGB", "RGBA"):
        return img
    has_alpha = img.mode in ("LA", "PA", "La") or "transparency" in img.info
    return img.convert("RGBA" if has_alpha else "RGB")


_TRANSPOSE_OPS: dict[int, list[Image.Transpose]] = {
    2: [Image.Transpose.FLIP_LEFT_RIGHT],
    3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM],
    5: [Image.Transpose.TRANSPOSE],
    6: [Image.Transpose.ROTATE_270],
    7: [Image.Transpose.TRANSVERSE],
    8: [Image.Transpose.ROTATE_90],
}


def _transpose(img: Image.Image, orientation: int) -> Image.Image:
    """Applies an EXIF orientation (the same mapping as ImageOps.exif_transpose)."""
    for op in _TRANSPOSE_OPS.get(orientation, []):
        img = img.transpose(op)
    return img


def preview_scale(info: ImageInfo, side: int = PREVIEW_SIDE) -> int:
    """The power-of-two reduction (1, 2, 4 or 8) that brings the image near ``side`` pixels."""
    scale = 1
    while scale < 8 and max(info.width, info.height) / (scale * 2) >= side * 0.9:
        scale *= 2
    return scale


def load_preview(info: ImageInfo, cache_dir: Path | None = None) -> Image.Image:
    """A reduced, oriented preview; cached as a small JPEG in ``cache_dir`` when given."""
    preview, target = preview_or_decode(info, cache_dir)
    if target is not None:
        store_preview(preview, target)
    return preview


def preview_or_decode(info: ImageInfo, cache_dir: Path | None) -> tuple[Image.Image, Path | None]:
    """The cached preview, or a freshly decoded one with the path to cache it at (None: it came
    from the cache, or there is none); store_preview writes it, when it suits the caller."""
    cached = _cache_path(info, preview_scale(info), cache_dir)
    if cached is not None and cached.is_file():
        try:
            with Image.open(cached) as img:
                img.load()
                return _rgb(img), None
        except (OSError, ValueError):
            cached.unlink(missing_ok=True)
    return _decode(info, preview_scale(info)), cached


def store_preview(preview: Image.Image, target: Path) -> None:
    """Writes a preview atomically to the cache path preview_or_decode gave; a failure only
    costs a later open some time."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # a name of this thread's own: the sync thread and the pane may build the same preview
        tmp = target.with_name(f"{target.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
        preview.convert("RGB").save(tmp, "JPEG", quality=90)
        os.replace(tmp, target)
    except OSError:
        pass


def _cache_path(info: ImageInfo, scale: int, cache_dir: Path | None) -> Path | None:
    if cache_dir is None or scale == 1:
        return None
    stat = info.path.stat()
    key = f"{info.path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{scale}"
    return cache_dir / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".jpg")


def level_bytes(info: ImageInfo, scale: int) -> int:
    """Memory one decoded level at 1/``scale`` takes (Pillow keeps 4 bytes a pixel)."""
    return (-(-info.width // scale)) * (-(-info.height // scale)) * 4


def finest_scale(info: ImageInfo, budget: int | None = None) -> int:
    """The smallest reduction (1, 2, 4, 8) whose decoded level fits in the memory budget."""
    limit = budget or level_budget()
    for scale in (1, 2, 4, 8):
        if level_bytes(info, scale) <= limit:
            return scale
    return 8


def decode_level(info: ImageInfo, scale: int) -> Image.Image:
    """The whole image at 1/``scale`` (the source that tiles are cut from)."""
    return _decode(info, scale)


def tile_grid(width: int, height: int, tile: int = TILE) -> tuple[int, int]:
    """Columns and rows of tiles covering a level of ``width`` x ``height``."""
    return (width + tile - 1) // tile, (height + tile - 1) // tile


def cut_tile(level: Image.Image, col: int, row: int, tile: int = TILE) -> Image.Image:
    """The tile at (``col``, ``row``) of a decoded level, clipped at the right and bottom."""
    x0, y0 = col * tile, row * tile
    x1, y1 = min(level.width, x0 + tile), min(level.height, y0 + tile)
    if x0 >= x1 or y0 >= y1:
        raise ImageError("tile_outside", f"{col},{row}")
    return level.crop((x0, y0, x1, y1))


def prepare_preview(path: Path, cache_dir: Path) -> bool:
    """Builds the cached preview of ``path`` ahead of time (e.g. right after a download).

    Returns False when the file cannot be previewed; the pane then shows the reason itself.
    """
    try:
        load_preview(probe(path), cache_dir)
    except ImageError:
        return False
    return True
