"""Qt-free document model of a bounding-box task: boxes in original image pixels, and labels.

The model knows nothing of selection or drawing; undo commands call its small operations and
listeners hear about every change (``added``, ``removed``, ``changed``, ``reset``) by box id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

Rect = tuple[float, float, float, float]
Listener = Callable[[str, int], None]

#: Boxes smaller than this (in image pixels) on either side count as zero-size.
MIN_SIZE = 1.0


@dataclass(frozen=True)
class LabelDef:
    name: str
    color: str = "#e6194b"
    hotkey: str | None = None


AttrValue = bool | str
Attrs = tuple[tuple[str, AttrValue], ...]


@dataclass(frozen=True)
class AttributeDef:
    """A per-box attribute of the project: ``bool`` (a check box) or ``choice`` (``options``)."""

    key: str
    type: str = "bool"
    options: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class BoxData:
    """One box: top-left corner and size in image pixels; ``proposal`` until a person touches it.

    ``hidden`` and ``locked`` are the annotator's own marks (a hidden box is not drawn, a locked
    one cannot be moved, resized or deleted); ``attributes`` are (key, value) pairs, sorted.
    """

    label: str
    x: float
    y: float
    w: float
    h: float
    proposal: bool = False
    hidden: bool = False
    locked: bool = False
    attributes: Attrs = ()

    @property
    def rect(self) -> Rect:
        return (self.x, self.y, self.w, self.h)

    def with_rect(self, rect: Rect) -> BoxData:
        return replace(self, x=rect[0], y=rect[1], w=rect[2], h=rect[3])

    def touched(
        self,
        rect: Rect | None = None,
        *,
        label: str | None = None,
        hidden: bool | None = None,
        locked: bool | None = None,
    ) -> BoxData:
        """A person's edit: the same box (marks and attributes kept), no longer a proposal."""
        box = self.with_rect(rect) if rect is not None else self
        return replace(
            box,
            proposal=False,
            label=box.label if label is None else label,
            hidden=box.hidden if hidden is None else hidden,
            locked=box.locked if locked is None else locked,
        )

    def attribute_map(self) -> dict[str, AttrValue]:
        return dict(self.attributes)

    def with_attribute(self, key: str, value: AttrValue | None) -> BoxData:
        values = self.attribute_map()
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
        return replace(self, attributes=tuple(sorted(values.items())), proposal=False)


def clamp_rect(rect: Rect, width: float, height: float) -> Rect:
    """``rect`` moved and cut so it lies inside a ``width`` x ``height`` image."""
    x, y, w, h = rect
    w, h = max(0.0, min(w, width)), max(0.0, min(h, height))
    x = min(max(0.0, x), width - w)
    y = min(max(0.0, y), height - h)
    return (x, y, w, h)


def clamp_point(x: float, y: float, width: float, height: float) -> tuple[float, float]:
    return (min(max(0.0, x), width), min(max(0.0, y), height))


def rect_from_points(x0: float, y0: float, x1: float, y1: float) -> Rect:
    """The normalised rectangle spanned by two corners."""
    return (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))


def move_rect(rect: Rect, dx: float, dy: float, width: float, height: float) -> Rect:
    """``rect`` shifted by (dx, dy), kept whole inside the image."""
    x, y, w, h = rect
    return clamp_rect((x + dx, y + dy, w, h), width, height)


#: Handle names: which edges a handle moves (left, top, right, bottom).
HANDLES: dict[str, tuple[bool, bool, bool, bool]] = {
    "tl": (True, True, False, False),
    "t": (False, True, False, False),
    "tr": (False, True, True, False),
    "r": (False, False, True, False),
    "br": (False, False, True, True),
    "b": (False, False, False, True),
    "bl": (True, False, False, True),
    "l": (True, False, False, False),
}


def resize_rect(rect: Rect, handle: str, px: float, py: float, width: float, height: float) -> Rect:
    """``rect`` with the edges of ``handle`` moved to the point (px, py), clamped to the image."""
    px, py = clamp_point(px, py, width, height)
    x0, y0, w, h = rect
    x1, y1 = x0 + w, y0 + h
    left, top, right, bottom = HANDLES[handle]
    if left:
        x0 = px
    if right:
        x1 = px
    if top:
        y0 = py
    if bottom:
        y1 = py
    return rect_from_points(x0, y0, x1, y1)


def handle_points(rect: Rect) -> dict[str, tuple[float, float]]:
    """Where each of the eight handles sits."""
    x, y, w, h = rect
    cx, cy, r, b = x + w / 2, y + h / 2, x + w, y + h
    return {
        "tl": (x, y),
        "t": (cx, y),
        "tr": (r, y),
        "r": (r, cy),
        "br": (r, b),
        "b": (cx, b),
        "bl": (x, b),
        "l": (x, cy),
    }


@dataclass(frozen=True)
class Problem:
    """A validation problem: ``code`` with the 1-based box number it concerns (0: the task)."""

    code: str
    box: int = 0


class BoxModel:
    """The boxes of one task, keyed by a stable id, in original image pixels."""

    def __init__(self, width: int, height: int, labels: Iterable[LabelDef] = ()) -> None:
        self.width = width
        self.height = height
        self.labels: list[LabelDef] = list(labels)
        self.nothing_to_label = False
        self._boxes: dict[int, BoxData] = {}
        self._next_id = 1
        self._listeners: list[Listener] = []

    # --- observation ----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, what: str, box_id: int = 0) -> None:
        for listener in list(self._listeners):
            listener(what, box_id)

    # --- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._boxes)

    def ids(self) -> list[int]:
        return list(self._boxes)

    def get(self, box_id: int) -> BoxData:
        return self._boxes[box_id]

    def items(self) -> list[tuple[int, BoxData]]:
        return list(self._boxes.items())

    def label(self, name: str) -> LabelDef | None:
        return next((lab for lab in self.labels if lab.name == name), None)

    def counts(self) -> dict[str, int]:
        """How many boxes carry each label."""
        out: dict[str, int] = {}
        for box in self._boxes.values():
            out[box.label] = out.get(box.label, 0) + 1
        return out

    # --- operations (called by undo commands) ----------------------------------------------
    def add(self, box: BoxData, box_id: int | None = None) -> int:
        """Adds ``box`` (under ``box_id`` when re-adding on redo) and returns its id."""
        new_id = box_id if box_id is not None else self._next_id
        self._next_id = max(self._next_id, new_id + 1)
        self._boxes[new_id] = box
        self._emit("added", new_id)
        return new_id

    def remove(self, box_id: int) -> BoxData:
        box = self._boxes.pop(box_id)
        self._emit("removed", box_id)
        return box

    def update(self, box_id: int, box: BoxData) -> None:
        self._boxes[box_id] = box
        self._emit("changed", box_id)

    def set_nothing_to_label(self, value: bool) -> None:
        self.nothing_to_label = value
        self._emit("flag")

    def clamp(self, rect: Rect) -> Rect:
        return clamp_rect(rect, self.width, self.height)

    # --- (de)serialisation ---------------------------------------------------------------
    def load(self, boxes: Iterable[dict[str, Any]], proposal: bool = False) -> None:
        """Replaces all boxes with wire-shaped dicts (untrusted input is checked loosely)."""
        self._boxes.clear()
        for raw in boxes:
            box = box_from_wire(raw, proposal)
            if box is not None:
                self._boxes[self._next_id] = box
                self._next_id += 1
        self._emit("reset")

    def result(self) -> dict[str, Any]:
        """The wire result of DESIGN.md, coordinates rounded to 1/100 pixel."""
        return {
            "boxes": [box_to_wire(box) for box in self._boxes.values()],
            "image_width": self.width,
            "image_height": self.height,
            "nothing_to_label": self.nothing_to_label,
        }

    def draft(self) -> dict[str, Any]:
        """The result plus which boxes are still untouched proposals."""
        out = self.result()
        out["proposals"] = [i for i, box in enumerate(self._boxes.values()) if box.proposal]
        return out

    def load_draft(self, draft: dict[str, Any]) -> None:
        proposals = set(draft.get("proposals") or [])
        self.load(draft.get("boxes") or [])
        for index, box_id in enumerate(self.ids()):
            if index in proposals:
                self._boxes[box_id] = replace(self._boxes[box_id], proposal=True)
        self.nothing_to_label = bool(draft.get("nothing_to_label", False))
        self._emit("reset")

    def problems(self) -> list[Problem]:
        """Everything that must be fixed before submit."""
        out: list[Problem] = []
        names = {lab.name for lab in self.labels}
        for number, box in enumerate(self._boxes.values(), start=1):
            if box.w < MIN_SIZE or box.h < MIN_SIZE:
                out.append(Problem("box_empty", number))
            if not _inside(box.rect, self.width, self.height):
                out.append(Problem("box_outside", number))
            if not box.label:
                out.append(Problem("label_missing", number))
            elif names and box.label not in names:
                out.append(Problem("label_unknown", number))
        if not self._boxes and not self.nothing_to_label:
            out.append(Problem("boxes_empty"))
        if self._boxes and self.nothing_to_label:
            out.append(Problem("nothing_with_boxes"))
        return out


def _inside(rect: Rect, width: float, height: float) -> bool:
    x, y, w, h = rect
    eps = 1e-6
    return x >= -eps and y >= -eps and x + w <= width + eps and y + h <= height + eps


def box_from_wire(raw: Any, proposal: bool = False) -> BoxData | None:
    """A box from a wire dict, or None when it is not a usable box."""
    if not isinstance(raw, dict):
        return None
    try:
        x, y, w, h = (float(raw[k]) for k in ("x", "y", "w", "h"))
    except (KeyError, TypeError, ValueError):
        return None
    label = raw.get("label")
    attrs = raw.get("attributes")
    pairs: Attrs = ()
    if isinstance(attrs, dict):
        pairs = tuple(sorted((str(k), v) for k, v in attrs.items() if isinstance(v, bool | str)))
    return BoxData(
        str(label) if label else "",
        x,
        y,
        w,
        h,
        proposal,
        hidden=raw.get("hidden") is True,
        locked=raw.get("locked") is True,
        attributes=pairs,
    )


def box_to_wire(box: BoxData) -> dict[str, Any]:
    """The wire box; ``hidden``, ``locked`` and ``attributes`` only when set."""
    out: dict[str, Any] = {
        "label": box.label,
        "x": round(box.x, 2),
        "y": round(box.y, 2),
        "w": round(box.w, 2),
        "h": round(box.h, 2),
    }
    if box.hidden:
        out["hidden"] = True
    if box.locked:
        out["locked"] = True
    if box.attributes:
        out["attributes"] = dict(box.attributes)
    return out


def attributes_from_config(raw: Any) -> list[AttributeDef]:
    """Attribute definitions from a task payload or project config (bad entries are skipped)."""
    out: list[AttributeDef] = []
    for item in raw or []:
        if not isinstance(item, dict) or not item.get("key"):
            continue
        kind = str(item.get("type") or "bool")
        options = tuple(str(o) for o in item.get("options") or [] if isinstance(o, str))
        if kind not in ("bool", "choice") or (kind == "choice" and not options):
            continue
        out.append(AttributeDef(str(item["key"]), kind, options, str(item.get("label") or "")))
    return out


def labels_from_payload(raw: Any) -> list[LabelDef]:
    """Label definitions from a task payload or project config (bad entries are skipped)."""
    out: list[LabelDef] = []
    for item in raw or []:
        if isinstance(item, dict) and item.get("name"):
            hotkey = item.get("hotkey")
            out.append(
                LabelDef(
                    str(item["name"]),
                    str(item.get("color") or "#e6194b"),
                    str(hotkey) if hotkey else None,
                )
            )
    return out
