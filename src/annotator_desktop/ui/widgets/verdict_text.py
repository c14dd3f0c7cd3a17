"""Words and marks for QA verdicts and leases, shared by the task list and the verdict banner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from annotator_desktop.core.store.rows import (
    VERDICT_TASK_STATE,
    LeaseRow,
    VerdictRow,
    stored_time,
)
from annotator_desktop.ui.i18n import local_time


@dataclass(frozen=True)
class VerdictInfo:
    """The newest verdict on the user's own work on a task."""

    verdict: str  # accept | reject | needs_changes
    comment: str
    reviewer_id: str
    created_at: datetime | None
    current: bool  # about the newest submission (False: the task was resubmitted since)
    reviewer_name: str = ""


# Verdict -> (colour, mark drawn in the icon)
VERDICT_COLORS = {"accept": "#2e7d32", "needs_changes": "#c25e00", "reject": "#c62828"}
_ICON_MARKS = {
    "accepted": ("#2e7d32", "check"),
    "needs_changes": ("#c25e00", "bang"),
    "rejected": ("#c62828", "cross"),
    "flagged": ("#8e24aa", "bang"),
}


def verdict_title(verdict: str) -> str:
    """The translated name of a verdict, as a short sentence."""
    titles = {
        "accept": QCoreApplication.translate("Verdict", "Accepted by QA"),
        "needs_changes": QCoreApplication.translate("Verdict", "Changes requested by QA"),
        "reject": QCoreApplication.translate("Verdict", "Rejected by QA"),
    }
    return titles.get(verdict, verdict)


def reviewer_label(reviewer_id: str, name: str = "") -> str:
    """The reviewer's name when known, else a short form of their id."""
    if name:
        return name
    if not reviewer_id:
        return QCoreApplication.translate("Verdict", "a QA lead")
    return reviewer_id[:8]


def verdict_tip(verdict: VerdictRow, task_state: str) -> str:
    """Tooltip lines for a task's newest verdict (older ones are marked as such)."""
    current = task_state == VERDICT_TASK_STATE.get(verdict.verdict)
    if current:
        head = verdict_title(verdict.verdict)
    else:
        head = QCoreApplication.translate("Verdict", "Earlier verdict: %1").replace(
            "%1", verdict_title(verdict.verdict)
        )
    meta = (
        QCoreApplication.translate("Verdict", "%1, %2")
        .replace("%1", reviewer_label(verdict.reviewer_id, verdict.reviewer_name))
        .replace("%2", local_time(stored_time(verdict.created_at)))
    )
    lines = [head, meta]
    if verdict.comment.strip():
        comment = verdict.comment.strip()
        if len(comment) > 400:
            comment = comment[:400] + "…"
        lines.append(comment)
    return "\n".join(lines)


def lease_tip(lease: LeaseRow) -> str:
    """One tooltip line about the task's lease; "" when there is nothing to say."""
    if lease.flagged:
        return QCoreApplication.translate(
            "Verdict",
            "Your lease on this task ended while work was unsent. Submit it; the server keeps it "
            "as late.",
        )
    if lease.state == "active":
        ends = stored_time(lease.expires_at)
        if ends is None:
            return ""
        text = QCoreApplication.translate("Verdict", "Lease ends %1")
        return text.replace("%1", local_time(ends))
    return ""


def state_icon(key: str, size: int = 16) -> QIcon | None:
    """A small round mark for a verdict state or a flagged lease (shape as well as colour)."""
    spec = _ICON_MARKS.get(key)
    if spec is None:
        return None
    color, mark = spec
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor("white"), max(1.6, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = size
    if mark == "check":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.74, s * 0.34))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif mark == "cross":
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    else:
        painter.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56))
        painter.drawPoint(QPointF(s * 0.5, s * 0.74))
    painter.end()
    return QIcon(pixmap)
