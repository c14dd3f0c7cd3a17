"""The bounding-box task pane: canvas, label list, flags, per-task undo history."""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core import imaging
from annotator_desktop.core.bbox_model import (
    BoxData,
    BoxModel,
    attributes_from_config,
    box_from_wire,
    labels_from_payload,
)
from annotator_desktop.ui.panes.base import OtherResult, TaskContext
from annotator_desktop.ui.panes.bbox import messages
from annotator_desktop.ui.panes.bbox.actions import (
    TEXTS,
    PaneAction,
    build_actions,
    keep_navigation_keys,
    retranslate_actions,
)
from annotator_desktop.ui.panes.bbox.canvas import BoxCanvas
from annotator_desktop.ui.panes.bbox.editing import EditingMixin, Session
from annotator_desktop.ui.panes.bbox.items import BoxItem
from annotator_desktop.ui.panes.bbox.labels import LabelPanel
from annotator_desktop.ui.panes.bbox.loader import ImageLoader
from annotator_desktop.ui.panes.bbox.objects import ObjectList
from annotator_desktop.ui.widgets.guidelines_panel import install_guidelines

OTHER_COLORS = ("#00bcd4", "#ff9800", "#e040fb", "#76ff03", "#ffeb3b", "#ff5252")


class BBoxPane(EditingMixin):
    kind = "bbox"
    # the undo stack changed (another task was loaded); hosts re-wire Undo/Redo to it.
    undo_stack_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bboxPane")
        self.canvas = BoxCanvas(self)
        self.loader = ImageLoader(self.canvas.scene(), self)
        self.labels = LabelPanel(self)
        self.objects = ObjectList(self)
        self.nothing = QCheckBox(self)
        self.nothing.setObjectName("bboxNothingToLabel")
        self.notice = QLabel(self)
        self.notice.setObjectName("bboxNotice")
        self.notice.setWordWrap(True)
        # says that draw mode (W) is on: every press then starts a box
        self.draw_hint = QLabel(self)
        self.draw_hint.setObjectName("bboxDrawMode")
        self.draw_hint.setWordWrap(True)
        bold = self.draw_hint.font()
        bold.setBold(True)
        self.draw_hint.setFont(bold)
        self.draw_hint.hide()
        self.status = QLabel(self)
        self.status.setObjectName("bboxStatus")
        # the status changes with every mouse move: it wraps within the side column and never
        # widens it, so the canvas does not jump while the cursor moves
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._build_layout()
        self.setFocusProxy(self.canvas)
        self._sessions: dict[str, Session] = {}
        self._session = Session(BoxModel(1, 1), QUndoStack(self), "")
        self._session.stack.indexChanged.connect(self._on_index)
        self._ctx: TaskContext | None = None
        self._previous: list[BoxData] = []
        self._read_only = False
        self._session_read_only = False
        self._image_path: Path | None = None
        self._state = ""
        self._cursor_text = ""
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self._check_download)
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(60)
        self._view_timer.timeout.connect(self._update_tiles)
        self._actions = build_actions(self, self.canvas, self._action_specs())
        keep_navigation_keys(self, [self.labels.list])
        # Undo and redo are the window's Edit ▸ Undo/Redo (one owner of Ctrl+Z, so the menu shows
        # it); the canvas still answers the keys itself when no shortcut takes them.
        self.canvas.register_keys(QKeySequence("Ctrl+Z"), self._undo)
        for k in ("Ctrl+Shift+Z", "Ctrl+Y"):
            self.canvas.register_keys(QKeySequence(k), self._redo)
        self._connect()
        self.canvas.set_model(self._session.model)
        self.retranslate()
        self.guidelines = install_guidelines(self)  # F2 panel beside the pane, fed by load()

    def _build_layout(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.labels, 1)
        side.addWidget(self.objects, 2)
        side.addWidget(self.nothing)
        side.addWidget(self.draw_hint)
        side.addWidget(self.status)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.notice)
        main.addWidget(self.canvas, 1)
        row = QHBoxLayout(self)
        row.addLayout(main, 4)
        row.addLayout(side, 1)
        self.notice.hide()

    def _connect(self) -> None:
        c = self.canvas
        c.box_drawn.connect(self._on_drawn)
        c.draw_mode_changed.connect(self.draw_hint.setVisible)
        c.gesture_done.connect(self._on_gesture)
        c.activity.connect(self.activity)
        c.view_changed.connect(self._view_timer.start)
        c.view_changed.connect(self._refresh_status)
        c.cursor_moved.connect(self._on_cursor)
        c.cursor_left.connect(self._on_cursor_left)
        c.selection_changed.connect(self._refresh_status)
        c.selection_changed.connect(lambda: self.objects.show_selection(c.selected))
        self.objects.boxes_selected.connect(c.select)
        self.objects.box_flag_set.connect(self.set_box_flag)
        self.objects.label_hidden.connect(self._on_label_hidden)
        self.objects.attribute_set.connect(self.set_box_attribute)
        c.label_key_pressed.connect(self.choose_label)
        self.labels.label_chosen.connect(self.choose_label)
        self.nothing.clicked.connect(self._on_nothing_clicked)
        self.loader.preview_ready.connect(self._on_preview)
        self.loader.failed.connect(self._on_image_failed)

    def _action_specs(self) -> list[PaneAction]:
        c = self.canvas
        specs = [
            PaneAction(
                "draw_mode",
                TEXTS["draw_mode"],
                ("W",),
                lambda: c.set_draw_mode(not c.draw_mode()),
                True,
            ),
            PaneAction("zoom_in", TEXTS["zoom_in"], ("+", "="), lambda: c.zoom_by(1.25)),
            PaneAction("zoom_out", TEXTS["zoom_out"], ("-",), lambda: c.zoom_by(0.8)),
            PaneAction("zoom_fit", TEXTS["zoom_fit"], ("F",), c.fit),
            PaneAction("zoom_actual", TEXTS["zoom_actual"], ("0",), c.actual_size),
            PaneAction("delete", TEXTS["delete"], ("Del", "Backspace"), self.delete_selected, True),
            PaneAction("select_all", TEXTS["select_all"], ("Ctrl+A",), self.select_all),
            PaneAction("copy_box", TEXTS["copy_box"], ("Ctrl+C",), self.copy_box),
            PaneAction("paste_box", TEXTS["paste_box"], ("Ctrl+V",), self.paste_box, True),
            PaneAction("hide_boxes", TEXTS["hide_boxes"], ("H",), self._toggle_hidden),
            PaneAction(
                "copy_previous", TEXTS["copy_previous"], ("Ctrl+Shift+V",), self.copy_previous, True
            ),
            PaneAction("nothing_to_label", TEXTS["nothing"], ("N",), self.toggle_nothing, True),
        ]
        for name, key, dx, dy in (
            ("left", "Left", -1, 0),
            ("right", "Right", 1, 0),
            ("up", "Up", 0, -1),
            ("down", "Down", 0, 1),
        ):
            specs.append(
                PaneAction(
                    f"nudge_{name}",
                    TEXTS[f"nudge_{name}"],
                    (key,),
                    partial(self.nudge, dx, dy),
                    True,
                )
            )
            specs.append(
                PaneAction(
                    f"nudge_{name}_10",
                    TEXTS[f"nudge_{name}_10"],
                    (f"Shift+{key}",),
                    partial(self.nudge, 10 * dx, 10 * dy),
                    True,
                )
            )
        for n in range(1, 10):
            specs.append(
                PaneAction(
                    f"label_{n}",
                    TEXTS["label"],
                    (str(n),),
                    partial(self.choose_label_number, n),
                )
            )
        return specs

    # --- TaskPane interface -------------------------------------------------------------
    def load(self, ctx: TaskContext) -> None:
        if self._ctx is not None and not self._session_read_only:
            self._sessions[self._ctx.task_id] = self._session
            if self._ctx.task_id != ctx.task_id:
                self._previous = [box for _, box in self._session.model.items()]
        if self._ctx is None or self._ctx.task_id != ctx.task_id:
            self.labels.clear_search()  # another task: its own labels, unfiltered
        self._ctx = ctx
        self._cursor_text = ""  # the previous image's cursor position means nothing here
        # QA review shows exactly what it is given; editing sessions are kept per task.
        self._session_read_only = self._read_only
        cached = None if self._read_only else self._sessions.get(ctx.task_id)
        session = cached or self._new_session(ctx)
        self._activate(session)
        self._start_image(ctx)

    def prepare(self, ctx: TaskContext) -> None:
        """Builds the likely next task's image preview ahead, after the shown one's."""
        path = image_path(ctx)
        if path is not None and path.is_file():
            self.loader.prefetch(path, ctx.assets_dir / "previews" if ctx.assets_dir else None)

    def _new_session(self, ctx: TaskContext) -> Session:
        payload = ctx.payload or {}
        image = payload.get("image") or {}
        labels = labels_from_payload(payload.get("labels")) or labels_from_payload(
            (ctx.project_config or {}).get("labels")
        )
        attributes = attributes_from_config(payload.get("attributes")) or attributes_from_config(
            (ctx.project_config or {}).get("attributes")
        )
        model = BoxModel(_dim(image.get("width")), _dim(image.get("height")), labels)
        if ctx.draft:
            model.load_draft(ctx.draft)
        else:
            model.load(payload.get("prefill") or [], proposal=True)
        return Session(model, QUndoStack(self), labels[0].name if labels else "", attributes)

    def _activate(self, session: Session) -> None:
        if self._session.stack is not session.stack:
            with contextlib.suppress(RuntimeError, TypeError):
                self._session.stack.indexChanged.disconnect(self._on_index)
        self._session = session
        session.stack.indexChanged.connect(self._on_index)
        self.canvas.hidden_labels = set(session.hidden_labels)
        self.canvas.set_model(session.model)
        self.objects.set_model(session.model, session.attributes, session.hidden_labels)
        self.labels.set_labels(session.model.labels)
        self.canvas.set_label_keys(
            {lab.hotkey: lab.name for lab in session.model.labels if lab.hotkey}
        )
        self.labels.set_current(session.label)
        self._name_label_actions()
        self._sync_widgets()
        self.undo_stack_changed.emit(session.stack)

    def result(self) -> dict[str, Any]:
        return self._session.model.result()

    def draft(self) -> dict[str, Any]:
        """The result plus which boxes are still proposals (for the draft autosave)."""
        return self._session.model.draft()

    def problems(self) -> list[str]:
        return [messages.problem_text(p) for p in self._session.model.problems()]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.canvas.read_only = read_only
        self.objects.set_read_only(read_only)
        if read_only:
            self.canvas.set_draw_mode(False)
        self.nothing.setEnabled(not read_only)
        for action in self._actions:
            if action.property("edits"):
                action.setEnabled(not read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def undo_stack(self) -> QUndoStack | None:
        return self._session.stack

    def pane_actions(self) -> list[QAction]:
        return list(self._actions)

    def show_others(self, others: list[OtherResult]) -> None:
        scene = self.canvas.scene()
        old = self.canvas.others_layer.childItems()
        if old:
            # A zoom changes these items' bounding rects before telling the scene, so its BSP
            # index may still hold them under old rects; removing them then would leave
            # dangling entries (a crash on the next paint when stepping through QA review).
            # Switching the index off and on rebuilds it from the live items.
            method = scene.itemIndexMethod()
            scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
            for item in old:
                scene.removeItem(item)
            scene.setItemIndexMethod(method)
        for index, other in enumerate(others):
            color = QColor(OTHER_COLORS[index % len(OTHER_COLORS)])
            for raw in (other.result or {}).get("boxes") or []:
                box = box_from_wire(raw)
                if box is None:
                    continue
                caption = messages.other_caption(other.annotator, box.label)
                item = BoxItem(0, box, color, self.canvas.scale_info, caption)
                item.foreign = True
                item.setParentItem(self.canvas.others_layer)

    def retranslate(self) -> None:
        self.canvas.setAccessibleName(self.tr("Image and boxes"))
        self.nothing.setText(self.tr("Nothing to label in this image"))
        self.nothing.setAccessibleName(self.tr("Nothing to label in this image"))
        self.draw_hint.setText(
            self.tr("Draw mode: drag, or click two corners, to draw a box. Esc leaves it.")
        )
        self.labels.retranslate()
        self.objects.retranslate()
        retranslate_actions(self._actions)
        self._name_label_actions()
        self._show_state(self._state)
        self._refresh_status()

    def _undo(self) -> None:
        self._stack().undo()

    def _name_label_actions(self) -> None:
        """The number keys' actions are named after this task's labels; unused ones are hidden
        (so menus and the shortcut sheet list the real labels)."""
        labels = self._session.model.labels
        for action in self._actions:
            name = action.objectName()
            if not name.startswith("label_"):
                continue
            number = int(name.removeprefix("label_"))
            action.setVisible(number <= len(labels))
            if number <= len(labels):
                action.setText(
                    QCoreApplication.translate("BBoxActions", "Choose label “%1”").replace(
                        "%1", labels[number - 1].name
                    )
                )

    def _redo(self) -> None:
        self._stack().redo()

    def _on_index(self, _index: int) -> None:
        self._sync_widgets()
        self.changed.emit()

    def _sync_widgets(self) -> None:
        model = self._session.model
        self.nothing.setChecked(model.nothing_to_label)
        self.labels.set_counts(model.counts())
        self._refresh_status()

    # --- image ---------------------------------------------------------------------------
    def _start_image(self, ctx: TaskContext) -> None:
        self._poll.stop()
        self.loader.clear()
        self.loader.cache_dir = ctx.assets_dir / "previews" if ctx.assets_dir else None
        self._image_path = image_path(ctx)
        if self._image_path is None or not self._image_path.is_file():
            self._show_state("missing")
            if self._image_path is not None:
                self._poll.start()
            self.canvas.fit()
            return
        self._show_state("loading")
        model = self._session.model
        self.loader.load(self._image_path, model.width, model.height)
        self.canvas.fit()

    def _check_download(self) -> None:
        if self._image_path is not None and self._image_path.is_file() and self._ctx:
            self._poll.stop()
            self._start_image(self._ctx)

    def _on_preview(self) -> None:
        self._show_state("")
        self.canvas.fit()

    def _on_image_failed(self, code: str) -> None:
        self._show_state(code)

    def image_state(self) -> str:
        """'' when the image is shown, else loading / missing / too_large / corrupt / …"""
        return self._state

    def _show_state(self, state: str) -> None:
        self._state = state
        text = messages.image_state_text(state, imaging.max_pixels())
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _update_tiles(self) -> None:
        self.loader.update_view(self.canvas.visible_scene_rect(), self.canvas.zoom())

    def _on_cursor(self, x: float, y: float) -> None:
        self._cursor_text = f"{int(x)}, {int(y)}"
        self._refresh_status()

    def _on_label_hidden(self, label: str, hidden: bool) -> None:
        labels = self._session.hidden_labels
        (labels.add if hidden else labels.discard)(label)
        self.canvas.set_hidden_labels(labels)

    def _on_cursor_left(self) -> None:
        if self._cursor_text:
            self._cursor_text = ""
            self._refresh_status()

    def _refresh_status(self) -> None:
        selected = len(self.canvas.selected)  # a plain name: lupdate needs it for the plural
        template = self.tr("Label: %1 · %n selected · zoom %2% · %3", "", selected)
        text = messages.status_text(
            template, self._session.label, self.canvas.zoom(), self._cursor_text
        )
        self.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stops the timers and decoding threads (also called when the pane is closed)."""
        self._poll.stop()
        self._view_timer.stop()
        self.loader.shutdown()


def image_path(ctx: TaskContext) -> Path | None:
    """Where the task's image file is: the payload's local path, or the asset named by hash."""
    image = (ctx.payload or {}).get("image") or {}
    local = image.get("path")
    if local:
        return Path(str(local))
    sha = str(image.get("sha256") or "")
    if ctx.assets_dir is None or not sha or not all(ch in "0123456789abcdef" for ch in sha):
        return None
    return ctx.assets_dir / sha


def _dim(value: Any) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1
