"""The texts of rapid reading: one line per submission in the list, the details above the pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator_desktop.core.sync.review import Entry
from annotator_desktop.ui.i18n import local_time


def verdict_name(verdict: str) -> str:
    if verdict == "accept":
        return QCoreApplication.translate("ReviewWindow", "Accepted")
    if verdict == "reject":
        return QCoreApplication.translate("ReviewWindow", "Rejected")
    if verdict == "needs_changes":
        return QCoreApplication.translate("ReviewWindow", "Needs changes")
    return QCoreApplication.translate("ReviewWindow", "Not reviewed")


def delivery(state: str) -> str:
    if state == "queued":
        return QCoreApplication.translate("ReviewWindow", "waiting to be sent")
    if state == "failed":
        return QCoreApplication.translate("ReviewWindow", "refused by the server")
    if state in ("sent", "received"):
        return QCoreApplication.translate("ReviewWindow", "sent")
    return ""


def duration(seconds: float) -> str:
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return (
            QCoreApplication.translate("ReviewWindow", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return (
        QCoreApplication.translate("ReviewWindow", "%1 min %2 s")
        .replace("%1", str(minutes))
        .replace("%2", str(secs))
    )


def entry_line(entry: Entry) -> str:
    """``[✓] Title — Annotator`` for the sample list (plain text)."""
    mark = {"accept": "✓", "reject": "✗", "needs_changes": "↻"}.get(entry.verdict, "·")
    return f"{mark} {entry.title or entry.task_id} — {entry.annotator}"


def essentials_text(entry: Entry) -> str:
    """Task, annotator, active time, when, how many others, and the verdict so far."""
    when = local_time(entry.submitted_at)
    first = (
        QCoreApplication.translate(
            "ReviewWindow", "Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5"
        )
        .replace("%1", entry.title or entry.task_id)
        .replace("%2", entry.task_id)
        .replace("%3", entry.annotator)
        .replace("%4", duration(entry.active_seconds))
        .replace("%5", when or "—")
    )
    lines = [first]
    if entry.others:
        names = ", ".join(o.annotator for o in entry.others)
        lines.append(
            QCoreApplication.translate(
                "ReviewWindow", "Also done by: %1 (shown beside it)"
            ).replace("%1", names)
        )
    verdict = verdict_name(entry.verdict)
    if entry.verdict:
        text = QCoreApplication.translate("ReviewWindow", "Verdict: %1 (%2)")
        text = text.replace("%1", verdict).replace("%2", delivery(entry.verdict_state))
        if entry.comment:
            text += " — " + entry.comment
        lines.append(text)
    else:
        lines.append(
            QCoreApplication.translate("ReviewWindow", "Verdict: %1").replace("%1", verdict)
        )
    return "\n".join(lines)
