"""Translated texts of the bounding-box pane (validation, image states, status line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator_desktop.core.bbox_model import Problem

CONTEXT = "BBoxPane"


def problem_text(problem: Problem) -> str:
    number = str(problem.box)
    if problem.code == "box_empty":
        return QCoreApplication.translate("BBoxPane", "Box %1 has zero size.").replace("%1", number)
    if problem.code == "box_outside":
        return QCoreApplication.translate("BBoxPane", "Box %1 lies outside the image.").replace(
            "%1", number
        )
    if problem.code == "label_missing":
        return QCoreApplication.translate("BBoxPane", "Box %1 has no label.").replace("%1", number)
    if problem.code == "label_unknown":
        return QCoreApplication.translate(
            "BBoxPane", "Box %1 has a label that this task does not offer."
        ).replace("%1", number)
    if problem.code == "boxes_empty":
        return QCoreApplication.translate(
            "BBoxPane", "Draw at least one box, or tick “Nothing to label in this image”."
        )
    if problem.code == "nothing_with_boxes":
        return QCoreApplication.translate(
            "BBoxPane", "“Nothing to label in this image” is ticked, but there are boxes."
        )
    return QCoreApplication.translate("BBoxPane", "This result cannot be submitted.")


def image_state_text(state: str, max_pixels: int) -> str:
    if not state:
        return ""
    if state == "loading":
        return QCoreApplication.translate("BBoxPane", "Loading image…")
    if state == "missing":
        return QCoreApplication.translate(
            "BBoxPane", "The image is not downloaded yet; it appears here as soon as it arrives."
        )
    if state == "too_large":
        megapixels = str(max_pixels // 1_000_000)
        return QCoreApplication.translate(
            "BBoxPane", "This image is too large to open safely (the limit is %1 megapixels)."
        ).replace("%1", megapixels)
    if state == "unsupported":
        return QCoreApplication.translate(
            "BBoxPane", "This file is not in an image format the app can read."
        )
    return QCoreApplication.translate(
        "BBoxPane", "The image file is damaged or incomplete and cannot be shown."
    )


def other_caption(annotator: str, label: str) -> str:
    return (
        QCoreApplication.translate("BBoxPane", "%1: %2")
        .replace("%1", annotator)
        .replace("%2", label)
    )


def status_text(template: str, label: str, zoom: float, cursor: str) -> str:
    """Fills the pane's translated status template (its %n, the selection count, is filled)."""
    text = template
    return (
        text.replace("%1", label or "—")
        .replace("%2", str(round(zoom * 100)))
        .replace("%3", cursor)
        .strip(" ·")
    )
