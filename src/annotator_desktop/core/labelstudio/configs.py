"""Which of our task kinds a Label Studio label config is, or why this client cannot work on it.

``RectangleLabels`` over an ``Image`` is bbox; a ``TextArea`` over a ``Text value="$draft"`` (with
an optional prompt ``Text``) is rewrite; our compare template (``templates/compare.xml``: a
``Pairwise`` over two ``Text``, a seven-choice ``Choices`` scale, ``Rating`` criteria and a
``TextArea`` rationale) is compare. Anything else is unsupported, with one sentence saying why.
The result is a :class:`LsSchema`: the kind, our project config, and the tag names (``from_name``,
``to_name``, data keys) that task conversion and the push need.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from annotator_desktop.protocol import LABEL_COLOURS

MAX_CONFIG_BYTES = 1024 * 1024
SCALE = (-3, -2, -1, 0, 1, 2, 3)
_COLOUR_RE = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30})$")
# Tags that only arrange or decorate the page (no data shown, nothing asked).
LAYOUT_TAGS = frozenset(
    {"view", "header", "style", "collapse", "panel", "filter", "label", "choice", "relations",
     "relation", "shortcut", "hypertext_label", "block"}
)  # fmt: skip
SHAPE_TAGS = frozenset(
    {"polygon", "polygonlabels", "brush", "brushlabels", "keypoint", "keypointlabels", "ellipse",
     "ellipselabels", "rectangle", "magicwand", "bitmask", "bitmasklabels", "videorectangle",
     "vector", "vectorlabels"}
)  # fmt: skip
TEXT_OBJECTS = frozenset({"text"})


class ConfigError(ValueError):
    """The label config is not XML this client can read (the reason is the message)."""


@dataclass(frozen=True)
class LsSchema:
    """What a Label Studio project is to this client.

    ``kind`` is bbox / rewrite / compare, or "" with ``reason`` set. ``config`` is our
    ``ProjectConfig`` as a dict; ``tags`` names the label config's tags and data keys:

    - bbox: ``from_name`` (RectangleLabels), ``to_name`` (Image), ``image_key``;
    - rewrite: ``from_name`` (TextArea), ``to_name`` (the draft Text), ``draft_key``,
      ``prompt_key`` ("" when none);
    - compare: ``pairwise`` and ``to_names`` (the two Texts, left then right),
      ``response_keys`` (their data keys), ``prompt_key``, ``prompt_name``, ``choices`` (name),
      ``choices_to``, ``scale`` (``{"-3": value sent, …, "3": …}``), ``ratings``
      (``[{name, to_name, max}]``), ``rationale`` and ``rationale_to`` ("" when none).
    """

    kind: str
    reason: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, Any] = field(default_factory=dict)

    @property
    def supported(self) -> bool:
        return bool(self.kind)


def unsupported(reason: str) -> LsSchema:
    return LsSchema(kind="", reason=reason)


# --- reading the XML -----------------------------------------------------------------------


def parse_config(xml: str) -> ET.Element:
    """The root element; ConfigError for oversized, DOCTYPE-carrying or malformed XML."""
    data = xml.encode("utf-8")
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError("its label config is larger than 1 MiB")
    try:
        return defused_fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise ConfigError("its label config declares a DOCTYPE or entities") from None
    except ET.ParseError as exc:
        raise ConfigError(f"its label config is not well-formed XML ({exc})") from None


def _tag(el: ET.Element) -> str:
    return str(el.tag).lower()


def _data_key(el: ET.Element) -> str:
    """``image`` for ``value="$image"``; "" for a literal value."""
    value = el.get("value", "")
    return value[1:] if value.startswith("$") and len(value) > 1 else ""


@dataclass
class _Parts:
    controls: list[ET.Element]
    objects: dict[str, ET.Element]  # name -> object tag
    headers: dict[int, str]  # id(control) -> the Header text just before it

    def of(self, tag: str) -> list[ET.Element]:
        return [c for c in self.controls if _tag(c) == tag]

    def targets(self, control: ET.Element) -> list[ET.Element | None]:
        names = [n.strip() for n in control.get("toName", "").split(",") if n.strip()]
        return [self.objects.get(n) for n in names]


def _parts(root: ET.Element) -> _Parts:
    controls: list[ET.Element] = []
    objects: dict[str, ET.Element] = {}
    headers: dict[int, str] = {}
    last_header = ""
    for el in root.iter():
        tag = _tag(el)
        if tag == "header":
            last_header = el.get("value", "") or (el.text or "")
        elif "toName" in el.attrib:
            controls.append(el)
            headers[id(el)] = last_header
            last_header = ""
        elif tag not in LAYOUT_TAGS and el.get("name") and "value" in el.attrib:
            objects[el.get("name", "")] = el
    return _Parts(controls, objects, headers)


def _why_not(el: ET.Element, beside: str = "") -> str:
    tag = str(el.tag)
    if _tag(el) in SHAPE_TAGS:
        return f"uses <{tag}>, which this client does not draw"
    if beside:
        return f"uses <{tag}> beside <{beside}>, which this client does not support"
    return f"uses <{tag}>, which this client does not support"


def _object_why_not(el: ET.Element) -> str:
    return f"shows <{el.tag}> data, which this client does not display"


# --- the kinds -------------------------------------------------------------------------------


def classify(label_config: str, *, instructions_md: str = "", overlap: int = 1) -> LsSchema:
    """The kind of a project with this label config (``unsupported`` with a reason if none)."""
    try:
        parts = _parts(parse_config(label_config))
    except ConfigError as exc:
        return unsupported(str(exc))
    if not parts.controls:
        return unsupported("its label config asks for nothing (no labeling controls)")
    if parts.of("rectanglelabels"):
        schema = _bbox(parts)
    elif parts.of("pairwise"):
        schema = _compare(parts)
    elif parts.of("textarea"):
        schema = _rewrite(parts, instructions_md)
    else:
        odd = next((c for c in parts.controls if _tag(c) in SHAPE_TAGS), parts.controls[0])
        return unsupported(_why_not(odd))
    if schema.supported:
        schema.config["overlap"] = max(1, min(50, int(overlap or 1)))
        if instructions_md:
            schema.config.setdefault("guidelines_md", instructions_md)
    return schema


def _others(parts: _Parts, allowed: set[int], beside: str) -> str:
    """The reason for the first control that is not part of the kind, or ""."""
    for control in parts.controls:
        if id(control) not in allowed:
            return _why_not(control, beside)
    return ""


def _bbox(parts: _Parts) -> LsSchema:
    rects = parts.of("rectanglelabels")
    if len(rects) > 1:
        return unsupported(
            "it has more than one <RectangleLabels>, which this client does not support"
        )
    rect = rects[0]
    odd = _others(parts, {id(rect)}, str(rect.tag))
    if odd:
        return unsupported(odd)
    targets = parts.targets(rect)
    if len(targets) != 1 or targets[0] is None or _tag(targets[0]) != "image":
        return unsupported("its <RectangleLabels> is not over one <Image>")
    image = targets[0]
    key = _data_key(image)
    if not key:
        return unsupported('its <Image> takes no task data (value="$…")')
    extra = next((o for o in parts.objects.values() if o is not image), None)
    if extra is not None:
        return unsupported(_object_why_not(extra))
    labels = _labels(rect)
    if not labels:
        return unsupported("its <RectangleLabels> has no labels")
    return LsSchema(
        kind="bbox",
        config={"labels": labels},
        tags={"from_name": rect.get("name", ""), "to_name": image.get("name", ""),
              "image_key": key},
    )  # fmt: skip


def _labels(rect: ET.Element) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, el in enumerate(x for x in rect if _tag(x) == "label"):
        name = (el.get("value") or "").strip()[:100]
        if not name or name in seen:
            continue
        seen.add(name)
        colour = (el.get("background") or "").strip()
        hotkey = (el.get("hotkey") or "").strip()
        out.append({
            "name": name,
            "color": colour if _COLOUR_RE.match(colour) else LABEL_COLOURS[i % len(LABEL_COLOURS)],
            "hotkey": hotkey if len(hotkey) == 1 else None,
        })  # fmt: skip
    return out


def _rewrite(parts: _Parts, instructions_md: str) -> LsSchema:
    areas = parts.of("textarea")
    if len(areas) > 1:
        return unsupported("it has more than one <TextArea>, which this client does not support")
    area = areas[0]
    odd = _others(parts, {id(area)}, str(area.tag))
    if odd:
        return unsupported(odd)
    targets = parts.targets(area)
    draft = targets[0] if len(targets) == 1 else None
    if draft is not None and _tag(draft) not in TEXT_OBJECTS:
        return unsupported(_object_why_not(draft))
    if draft is None or _tag(draft) != "text" or _data_key(draft) != "draft":
        return unsupported('its <TextArea> is not over a <Text value="$draft">')
    others = [o for o in parts.objects.values() if o is not draft]
    bad = next((o for o in others if _tag(o) not in TEXT_OBJECTS or not _data_key(o)), None)
    if bad is not None:
        return unsupported(_object_why_not(bad))
    if len(others) > 1:
        return unsupported("it shows more than one prompt <Text> beside the draft")
    return LsSchema(
        kind="rewrite",
        config={"guidelines_md": instructions_md},
        tags={"from_name": area.get("name", ""), "to_name": draft.get("name", ""),
              "draft_key": "draft", "prompt_key": _data_key(others[0]) if others else ""},
    )  # fmt: skip


def _scale(choices: ET.Element) -> dict[str, str] | None:
    """``{"-3": sent value, …}`` from seven choices: by their integer alias/value, else in order."""
    items = [c for c in choices if _tag(c) == "choice"]
    if len(items) != len(SCALE):
        return None
    sent = [(c.get("alias") or c.get("value") or "").strip() for c in items]
    if not all(sent):
        return None
    try:
        numbers = [int(s) for s in sent]
    except ValueError:
        numbers = list(SCALE)
    if sorted(numbers) != list(SCALE):
        return None
    return {str(n): s for n, s in zip(numbers, sent, strict=True)}


def _compare(parts: _Parts) -> LsSchema:
    pair = parts.of("pairwise")[0]
    texts = parts.targets(pair)
    if len(parts.of("pairwise")) > 1 or len(texts) != 2:
        return unsupported("its <Pairwise> is not over exactly two <Text> responses")
    if any(t is None or _tag(t) != "text" or not _data_key(t) for t in texts):
        return unsupported("its <Pairwise> is not over exactly two <Text> responses")
    left, right = (t for t in texts if t is not None)
    choices = parts.of("choices")
    scale = _scale(choices[0]) if len(choices) == 1 else None
    if scale is None:
        return unsupported(
            "its <Choices> is not the seven-point scale of the compare template (-3 … 3)"
        )
    ratings, areas = parts.of("rating"), parts.of("textarea")
    if len(areas) > 1:
        return unsupported("it has more than one <TextArea>, which this client does not support")
    allowed = {id(pair), id(choices[0]), *(id(r) for r in ratings), *(id(a) for a in areas)}
    odd = _others(parts, allowed, str(pair.tag))
    if odd:
        return unsupported(odd)
    prompts = [o for o in parts.objects.values() if o is not left and o is not right]
    bad = next((o for o in prompts if _tag(o) not in TEXT_OBJECTS or not _data_key(o)), None)
    if bad is not None:
        return unsupported(_object_why_not(bad))
    if len(prompts) > 1:
        return unsupported("it shows more than one prompt <Text> beside the two responses")
    prompt = prompts[0] if prompts else None
    criteria, rating_tags = _criteria(parts, ratings)
    return LsSchema(
        kind="compare",
        config={"criteria": criteria, "min_rationale_chars": 0},
        tags={
            "pairwise": pair.get("name", ""),
            "to_names": [left.get("name", ""), right.get("name", "")],
            "response_keys": [_data_key(left), _data_key(right)],
            "prompt_key": _data_key(prompt) if prompt is not None else "",
            "prompt_name": prompt.get("name", "") if prompt is not None else "",
            "choices": choices[0].get("name", ""),
            "choices_to": choices[0].get("toName", ""),
            "scale": scale,
            "ratings": rating_tags,
            "rationale": areas[0].get("name", "") if areas else "",
            "rationale_to": areas[0].get("toName", "") if areas else "",
        },
    )


def _criteria(
    parts: _Parts, ratings: list[ET.Element]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    criteria: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    for rating in ratings:
        name = rating.get("name", "")[:64]
        try:
            top = max(1, min(10, int(rating.get("maxRating", "5"))))
        except ValueError:
            top = 5
        label = parts.headers.get(id(rating), "") or name.replace("_", " ").capitalize()
        criteria.append({"key": name, "label": label[:200], "min": 1, "max": top})
        tags.append({"name": name, "to_name": rating.get("toName", ""), "max": top})
    return criteria, tags
