"""Label Studio tasks as protocol v1 tasks: data and predictions become our payload shapes.

Predictions become prefill proposals (the newest prediction that has something for the
project's control); other people's annotations are never shown. A bbox image is known by its
address only until it arrives (see :mod:`~annotator_desktop.core.sync.url_assets`): boxes are
kept in percent (``prefill_percent``) until the image's pixel size is known.
"""

from __future__ import annotations

from typing import Any

from annotator_desktop.core.labelstudio import mapping
from annotator_desktop.core.labelstudio.configs import LsSchema
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync import url_assets
from annotator_desktop.core.sync.url_assets import MAX_URL
from annotator_desktop.protocol import (
    PAYLOAD_MODELS,
    BadWireData,
    Box,
    ProjectConfig,
    TaskKind,
    parse_as,
)

MAX_TEXT = 1_000_000


class ConvertError(ValueError):
    """A task this client cannot show; the message says why (kept with the quarantined change)."""


def user_id(value: Any) -> int | None:
    """A user id as Label Studio gives it: an int, or an object with ``id``."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def done_by(task: dict[str, Any], me: int) -> bool:
    """Whether the signed-in user already annotated (or skipped) the task on the server."""
    annotations = task.get("annotations")
    items = annotations if isinstance(annotations, list) else []
    if any(isinstance(a, dict) and user_id(a.get("completed_by")) == me for a in items):
        return True
    annotators = task.get("annotators")
    return isinstance(annotators, list) and any(user_id(a) == me for a in annotators)


def open_for(task: dict[str, Any], me: int) -> bool:
    """A task still to do for this user: not at its annotation limit and not done by them."""
    return task.get("is_labeled") is not True and not done_by(task, me)


def _text(data: dict[str, Any], key: str, *, required: bool) -> str:
    value = data.get(key) if key else None
    if value is None:
        if required:
            raise ConvertError(f"the task's data has no {key!r}")
        return ""
    if isinstance(value, dict | list):
        raise ConvertError(f"the task's {key!r} is not text")
    text = str(value)
    if len(text) > MAX_TEXT:
        raise ConvertError(f"the task's {key!r} is longer than {MAX_TEXT} characters")
    return text


def _int_or_zero(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _results(task: dict[str, Any], from_name: str) -> list[dict[str, Any]]:
    """The newest prediction's result items for ``from_name`` (newest: the highest id)."""
    predictions = task.get("predictions")
    if not isinstance(predictions, list):
        return []
    ordered = sorted(
        (p for p in predictions if isinstance(p, dict) and isinstance(p.get("result"), list)),
        key=lambda p: _int_or_zero(p.get("id")),
        reverse=True,
    )
    for prediction in ordered:
        items = [r for r in prediction["result"] if isinstance(r, dict)]
        mine = [r for r in items if r.get("from_name") == from_name]
        if mine:
            return mine
    return []


def to_task(schema: LsSchema, ls_project: int, task: dict[str, Any]) -> dict[str, Any]:
    """The protocol v1 task for a Label Studio task (raises ConvertError when it cannot be)."""
    ls_task = task.get("id")
    if not isinstance(ls_task, int) or isinstance(ls_task, bool):
        raise ConvertError("the task has no numeric id")
    data = task.get("data")
    if not isinstance(data, dict):
        raise ConvertError("the task has no data object")
    if schema.kind == "bbox":
        payload = _bbox(schema, data, task)
    elif schema.kind == "rewrite":
        payload = _rewrite(schema, data, task)
    elif schema.kind == "compare":
        payload = _compare(schema, data)
    else:
        raise ConvertError(schema.reason or "the project is not supported")
    return {
        "id": mapping.task_id(ls_project, ls_task),
        "project_id": mapping.project_id(ls_project),
        "kind": schema.kind,
        "title": f"#{ls_task}",
        "payload": payload,
    }


def _validated(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    try:
        parse_as(PAYLOAD_MODELS[TaskKind(kind)], payload)
    except BadWireData as exc:
        raise ConvertError(str(exc)) from exc
    return payload


def _bbox(schema: LsSchema, data: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]:
    url = data.get(str(schema.tags["image_key"]))
    if not isinstance(url, str) or not url.strip() or len(url) > MAX_URL:
        raise ConvertError(f"the task's data has no image address in {schema.tags['image_key']!r}")
    width = height = 0
    boxes: list[dict[str, Any]] = []
    for item in _results(task, str(schema.tags["from_name"])):
        box = _percent_box(item)
        if box is None:
            continue
        boxes.append(box)
        width = width or _size(item.get("original_width"))
        height = height or _size(item.get("original_height"))
    image = {"sha256": "", "url": url.strip(), "width": width, "height": height, "mime": ""}
    labels = ProjectConfig.model_validate(schema.config).labels
    return {
        "image": image,
        "labels": [label.model_dump(mode="json") for label in labels],
        "prefill": [],
        "prefill_percent": boxes,
    }


def _size(value: Any) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31
    return int(value) if ok else 0


def _percent_box(item: dict[str, Any]) -> dict[str, Any] | None:
    if item.get("type") not in ("rectanglelabels", "rectangle"):
        return None
    value = item.get("value")
    if not isinstance(value, dict):
        return None
    names = value.get("rectanglelabels")
    label = names[0] if isinstance(names, list) and names and isinstance(names[0], str) else None
    box = {
        "label": label,
        "x": value.get("x"),
        "y": value.get("y"),
        "w": value.get("width"),
        "h": value.get("height"),
        "rotation": value.get("rotation") or 0,
    }
    try:
        Box.model_validate({k: box[k] for k in ("label", "x", "y", "w", "h")})
    except ValueError:
        return None
    return box


def with_known_image(store: Store, payload: dict[str, Any]) -> dict[str, Any]:
    """A bbox payload completed with its image's hash and pixel size when it arrived before."""
    url = url_assets.source_url(payload)
    if url is None:
        return payload
    with store.read() as s:
        found = url_assets.known(s, url)
    return url_assets.complete_image(payload, found) if found is not None else payload


def _rewrite(schema: LsSchema, data: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]:
    draft = _text(data, str(schema.tags["draft_key"]), required=True)
    for item in _results(task, str(schema.tags["from_name"])):
        value = item.get("value")
        texts = value.get("text") if isinstance(value, dict) else None
        if isinstance(texts, list) and texts and isinstance(texts[0], str):
            draft = texts[0]  # the model's proposal for the rewrite itself
            break
    payload = {
        "prompt": _text(data, str(schema.tags["prompt_key"]), required=False),
        "draft_md": draft,
        "guidelines_md": str(schema.config.get("guidelines_md") or ""),
    }
    return _validated("rewrite", payload)


def _compare(schema: LsSchema, data: dict[str, Any]) -> dict[str, Any]:
    names = [str(n) for n in schema.tags["to_names"]]
    keys = [str(k) for k in schema.tags["response_keys"]]
    responses = [
        {"id": name, "text_md": _text(data, key, required=True)}
        for name, key in zip(names, keys, strict=True)
    ]
    payload = {
        "prompt": _text(data, str(schema.tags["prompt_key"]), required=False),
        "responses": responses,
        "criteria": schema.config.get("criteria") or [],
        "min_rationale_chars": int(schema.config.get("min_rationale_chars") or 0),
    }
    return _validated("compare", payload)


# --- the push: our results as Label Studio annotation results ---------------------------------


def _region_id(index: int) -> str:
    return f"ad{index:x}"


def _pct(value: float, whole: int) -> float:
    return round(float(value) * 100.0 / whole, 6)


def to_ls_result(schema: LsSchema, result: dict[str, Any]) -> list[dict[str, Any]]:
    """A (validated) result of ours as Label Studio ``result`` items for the project's tags.

    bbox: ``rectanglelabels`` in percent of ``original_width/height`` from the top-left, rotation
    0; rewrite: the ``textarea`` text; compare: the scale's ``choices`` value, one ``rating`` per
    overall criterion and the rationale ``textarea`` (what the template has no tag for — box
    attributes, per-response ratings, flags, notes — is not sent).
    """
    tags = schema.tags
    if schema.kind == "bbox":
        width, height = int(result["image_width"]), int(result["image_height"])
        if result.get("nothing_to_label"):
            return []
        out = []
        for i, box in enumerate(result.get("boxes") or []):
            out.append({
                "id": _region_id(i), "from_name": str(tags["from_name"]),
                "to_name": str(tags["to_name"]), "type": "rectanglelabels",
                "original_width": width, "original_height": height, "image_rotation": 0,
                "value": {"x": _pct(box["x"], width), "y": _pct(box["y"], height),
                          "width": _pct(box["w"], width), "height": _pct(box["h"], height),
                          "rotation": 0, "rectanglelabels": [str(box["label"])]},
            })  # fmt: skip
        return out
    if schema.kind == "rewrite":
        return [{"id": _region_id(0), "from_name": str(tags["from_name"]),
                 "to_name": str(tags["to_name"]), "type": "textarea",
                 "value": {"text": [str(result.get("text_md") or "")]}}]  # fmt: skip
    if schema.kind == "compare":
        return _ls_compare(schema, result)
    raise ConvertError(schema.reason or "the project is not supported")


def _ls_compare(schema: LsSchema, result: dict[str, Any]) -> list[dict[str, Any]]:
    tags = schema.tags
    out: list[dict[str, Any]] = []
    preference = result.get("preference")
    scale_tag = tags.get("scale")
    scale: dict[str, Any] = scale_tag if isinstance(scale_tag, dict) else {}
    if isinstance(preference, int) and str(preference) in scale:
        out.append({"id": _region_id(0), "from_name": str(tags["choices"]),
                    "to_name": str(tags["choices_to"]), "type": "choices",
                    "value": {"choices": [str(scale[str(preference)])]}})  # fmt: skip
    given = result.get("criteria")
    criteria: dict[str, Any] = given if isinstance(given, dict) else {}
    for i, rating in enumerate(tags.get("ratings") or []):
        value = criteria.get(str(rating.get("name")))
        if isinstance(value, int) and not isinstance(value, bool):
            out.append({"id": _region_id(2 + i), "from_name": str(rating["name"]),
                        "to_name": str(rating["to_name"]), "type": "rating",
                        "value": {"rating": value}})  # fmt: skip
    rationale = str(result.get("rationale") or "")
    if rationale.strip() and tags.get("rationale"):
        out.append({"id": _region_id(0x100), "from_name": str(tags["rationale"]),
                    "to_name": str(tags["rationale_to"]), "type": "textarea",
                    "value": {"text": [rationale]}})  # fmt: skip
    return out
