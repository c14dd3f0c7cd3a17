"""The rewrite pane: prompt and draft beside the rich-text rewrite, tracked changes below it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.text import is_rtl
from annotator_desktop.protocol import RewritePayload
from annotator_desktop.ui.panes.base import OtherResult, TaskContext, TaskPane
from annotator_desktop.ui.panes.rewrite.actions import (
    ActionSpec,
    build_actions,
    retranslate_actions,
)
from annotator_desktop.ui.panes.rewrite.diff_runner import DiffOutcome, DiffRunner
from annotator_desktop.ui.panes.rewrite.diff_view import DiffView
from annotator_desktop.ui.panes.rewrite.find_bar import FindReplaceBar
from annotator_desktop.ui.panes.rewrite.format_runs import format_runs
from annotator_desktop.ui.panes.rewrite.others import OthersPanel
from annotator_desktop.ui.panes.rewrite.spelling import SpellingController, task_language
from annotator_desktop.ui.panes.rewrite.tracking import insertion_marks, reset, revert
from annotator_desktop.ui.theme import status_color
from annotator_desktop.ui.widgets.code_blocks import CodeHighlighter, is_dark
from annotator_desktop.ui.widgets.conversation import ConversationView, Turn, has_history
from annotator_desktop.ui.widgets.guidelines_panel import install_guidelines
from annotator_desktop.ui.widgets.markdown_editor import (
    MarkdownEditor,
    document_markdown,
    markdown_document,
)
from annotator_desktop.ui.widgets.numbers import number
from annotator_desktop.ui.widgets.safe_text import SafeTextBrowser
from annotator_desktop.ui.widgets.share_splitter import ShareSplitter

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "yi", "ckb", "dv"})
_K = QKeySequence.StandardKey


class RewritePane(TaskPane):
    kind = "rewrite"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rewritePane")
        self._loading = False
        self._read_only = False
        self._draft_md = ""
        self._baseline = QTextDocument(self)
        self._baseline_md: str | None = None
        self._md_cache: tuple[tuple[int, int], str] = ((-1, -1), "")
        self._loads = 0
        self._build()
        self.setFocusProxy(self.editor)
        self.runner = DiffRunner(
            self.editor.toPlainText, self, runs=lambda: format_runs(self.editor.document())
        )
        self.runner.ready.connect(self._on_diff)
        self.spelling = SpellingController(self.editor, self)
        self.actions_by_name = build_actions(self, self._action_specs())
        for action in self.actions_by_name.values():
            if action.property("toolbar"):
                self.toolbar.addAction(action)
        self.editor.textChanged.connect(self._on_edit)
        self.notes.textChanged.connect(self._on_notes)
        for w in (self.editor.viewport(), self.editor, self.notes, self.diff_view):
            w.installEventFilter(self)
        self.retranslate()

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName("rewriteError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.prompt_label = QLabel(self)
        self.conversation = ConversationView("rewriteContext", self)
        # The pinned last user turn: for a plain prompt, the prompt itself.
        self.prompt_view: SafeTextBrowser = self.conversation.last.browser
        self.prompt_view.setObjectName("rewritePrompt")
        self.draft_label = QLabel(self)
        self.draft_view = SafeTextBrowser(self)
        self.draft_view.setObjectName("rewriteDraft")
        source = self._source = ShareSplitter(Qt.Orientation.Vertical, self)
        source.setObjectName("rewriteSourceSplitter")
        source.addWidget(_titled(self.prompt_label, self.conversation))
        source.addWidget(_titled(self.draft_label, self.draft_view))
        source.setStretchFactor(1, 3)

        self.editor = MarkdownEditor(self)
        self.editor.setObjectName("rewriteEditor")
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("rewriteToolbar")
        self.find_bar = FindReplaceBar(self.editor, self)
        self.find_bar.hide()
        self.counts = QLabel(self)
        self.counts.setObjectName("rewriteCounts")
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.identical_warning = QLabel(self)
        self.identical_warning.setObjectName("rewriteIdenticalWarning")
        self.identical_warning.hide()
        editor_box = QWidget(self)
        box = QVBoxLayout(editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (self.toolbar, self.find_bar, self.editor, self.counts, self.identical_warning):
            box.addWidget(w, 1 if w is self.editor else 0)

        self.diff_view = DiffView(self)
        self.diff_view.revert_requested.connect(self.revert_change)
        self.diff_view.reset_requested.connect(self.reset_to_draft)
        self.diff_view.current_changed.connect(self._show_change_in_editor)
        self.others = OthersPanel(self)
        self.others.hide()  # becomes a tab when there are other rewrites to show
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rewriteTabs")
        self.tabs.addTab(self.diff_view, "")
        self.notes_label = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("rewriteNotes")
        self.notes_label.setBuddy(self.notes)

        work = QSplitter(Qt.Orientation.Vertical, self)
        work.addWidget(editor_box)
        work.addWidget(self.tabs)
        work.addWidget(_titled(self.notes_label, self.notes))
        work.setStretchFactor(0, 3)
        work.setStretchFactor(1, 2)
        self._work_splitter = work
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("rewriteSplitter")
        main.addWidget(source)
        main.addWidget(work)
        main.setStretchFactor(0, 2)  # both sides grow with the window, 2 : 3
        main.setStretchFactor(1, 3)
        self._main_splitter = main
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(main, 1)
        # with the prompt and the draft: the reference column, the rewrite keeps its width
        self.guidelines = install_guidelines(self, source, follow_load=False)
        source.setStretchFactor(2, 2)

    def _action_specs(self) -> list[ActionSpec]:
        """Every action of the pane; the first group also sits in the formatting toolbar."""
        e = self.editor
        specs = [
            ActionSpec("rewriteBold", "Ctrl+B", e.toggle_bold),
            ActionSpec("rewriteItalic", "Ctrl+I", e.toggle_italic),
            ActionSpec("rewriteInlineCode", "Ctrl+`", e.toggle_inline_code),
            ActionSpec("rewriteCodeBlock", "Ctrl+Alt+C", e.toggle_code_block),
            ActionSpec("rewriteHeading1", "Ctrl+1", lambda: e.set_heading(1)),
            ActionSpec("rewriteHeading2", "Ctrl+2", lambda: e.set_heading(2)),
            ActionSpec("rewriteHeading3", "Ctrl+3", lambda: e.set_heading(3)),
            ActionSpec("rewriteBullets", "Ctrl+Shift+8", lambda: e.toggle_list(False)),
            ActionSpec("rewriteNumbers", "Ctrl+Shift+7", lambda: e.toggle_list(True)),
            ActionSpec("rewriteQuote", "Ctrl+Shift+9", e.toggle_quote),
            ActionSpec("rewriteLink", "Ctrl+L", self._ask_link),
            ActionSpec("rewriteFind", _K.Find, lambda: self.find_bar.open(False), editing=False),
            ActionSpec("rewriteSpelling", "F7", self._toggle_spelling, False, True),
        ]
        menu_only = [
            ActionSpec("rewriteParagraph", "Ctrl+0", lambda: e.set_heading(0)),
            ActionSpec("rewritePastePlain", "Ctrl+Shift+V", e.paste_plain),
            ActionSpec("rewriteReplace", "Ctrl+H", lambda: self.find_bar.open(True)),
            ActionSpec("rewriteUndo", _K.Undo, e.undo),
            ActionSpec("rewriteRedo", _K.Redo, e.redo),
            ActionSpec("rewriteNextChange", "F8", lambda: self.diff_view.step(1), False),
            ActionSpec("rewritePreviousChange", "Shift+F8", lambda: self.diff_view.step(-1), False),
            ActionSpec("rewriteRevertChange", "Ctrl+Alt+Z", self._revert_current),
            ActionSpec("rewriteResetDraft", "", self.reset_to_draft),
        ]
        return specs + [replace(spec, toolbar=False) for spec in menu_only]

    def retranslate(self) -> None:
        retranslate_actions(self.actions_by_name)
        self.guidelines.retranslate()
        self.prompt_label.setText(self.tr("Prompt"))
        self.conversation.retranslate()
        self.prompt_view.setAccessibleName(self.tr("Prompt"))
        self.draft_label.setText(self.tr("Model draft"))
        self.draft_view.setAccessibleName(self.tr("Model draft"))
        self.editor.setAccessibleName(self.tr("Your rewrite"))
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.notes_label.setText(self.tr("&Notes"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes for the reviewer (optional)"))
        self.identical_warning.setText(self.tr("The rewrite is still identical to the draft."))
        self._color_warning()
        self.tabs.setTabText(0, self.tr("Changes"))
        self.tabs.setAccessibleName(self.tr("Changes and other rewrites"))
        index = self.tabs.indexOf(self.others)
        if index >= 0:
            self.tabs.setTabText(index, self.tr("Other annotators"))
        self.find_bar.retranslate()
        self.diff_view.retranslate()
        self.others.retranslate()
        self._update_counts()

    # --- TaskPane ----------------------------------------------------------------------------
    def load(self, ctx: TaskContext) -> None:
        self._loading = True
        self._loads += 1
        try:
            self._load(ctx)
        finally:
            self._loading = False
        self.runner.run_soon()

    def _load(self, ctx: TaskContext) -> None:
        try:
            payload = RewritePayload.model_validate(ctx.payload)
        except ValidationError:
            self.error_label.setText(self.tr("This task's data is not valid; it cannot be edited."))
            self.error_label.show()
            payload = RewritePayload(prompt="", draft_md="")
            self._apply_read_only(True)
        else:
            self.error_label.hide()
            self._apply_read_only(self._read_only)
        self._draft_md = payload.draft_md
        turns = [Turn(str(m.role), m.content) for m in payload.context_messages()]
        # context / draft / guidelines: a dialogue gets room for its earlier turns
        if has_history(turns):
            self._source.use_layout("rewrite.dialogue", (60, 25, 15), (60, 25, 15))
        else:
            self._source.use_layout("rewrite.context", (17, 50, 33), (1, 3, 2))
        self.conversation.set_turns(turns)
        self.guidelines.set_task(ctx, payload.guidelines_md or ctx.instructions_md)
        lang = (payload.language or "").split("-")[0].lower()
        rtl = lang in RTL_LANGUAGES if lang else is_rtl(payload.draft_md)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self._set_baseline(payload.draft_md, direction)
        draft = ctx.draft if isinstance(ctx.draft, dict) else {}
        text = draft.get("text_md")
        self.editor.setExtraSelections([])  # their cursors must not outlive the old document
        self.editor.set_markdown(text if isinstance(text, str) else payload.draft_md, direction)
        self.notes.setPlainText(str(draft.get("notes") or ""))
        self._apply_direction(direction)
        baseline = self._baseline
        self.runner.set_base(baseline.toPlainText(), lambda: format_runs(baseline))
        self.spelling.set_language(task_language(payload.language, payload.draft_md))
        self.actions_by_name["rewriteSpelling"].setEnabled(self.spelling.can_check())
        self.identical_warning.hide()
        self.diff_view.set_diff(None)
        self._update_counts()

    def _set_baseline(self, draft_md: str, direction: Qt.LayoutDirection) -> None:
        """The draft as a document, shown read-only in the draft view and used to revert."""
        old = self._baseline
        drop_old = old.parent() in (self, self.draft_view)
        self._baseline = markdown_document(draft_md, self.draft_view, direction)
        self._baseline_md = None
        self.draft_view.setDocument(self._baseline)
        self.draft_view.setLayoutDirection(direction)
        # Colours only (layout formats): the baseline's text and Markdown stay as drafted.
        self.draft_view.highlighter = CodeHighlighter(self._baseline, is_dark())
        self.draft_view.highlighter.highlight()
        if drop_old:
            old.deleteLater()

    def rewrite_markdown(self) -> str:
        """The editor's Markdown, computed once per edit (autosave and submit both ask)."""
        key = (self._loads, self.runner.revision)
        if self._md_cache[0] != key:
            self._md_cache = (key, self.editor.markdown())
        return self._md_cache[1]

    def result(self) -> dict[str, Any]:
        text = self.rewrite_markdown()
        if text == self.baseline_markdown():
            text = self._draft_md  # untouched: the draft exactly as the model wrote it
        return {"text_md": text, "notes": self.notes.toPlainText()}

    def problems(self) -> list[str]:
        out: list[str] = []
        if not self.editor.toPlainText().strip():
            out.append(self.tr("The rewrite is empty."))
        elif self.is_unchanged() and not self.notes.toPlainText().strip():
            out.append(
                self.tr(
                    "The rewrite is identical to the draft: edit it, or say in the notes "
                    "why the draft needs no change."
                )
            )
        return out

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only(read_only or not self.error_label.isHidden())

    def _apply_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)
        self.find_bar.replace_edit.setEnabled(not read_only)
        for action in self.actions_by_name.values():
            if action.property("editing"):
                action.setEnabled(not read_only)
        self.diff_view.revert_button.setVisible(not read_only)
        self.diff_view.reset_button.setVisible(not read_only)

    def pane_actions(self) -> list[QAction]:
        return [*self.actions_by_name.values(), self.guidelines.action]

    def undo_editor(self) -> MarkdownEditor:
        return self.editor

    def show_others(self, others: list[OtherResult]) -> None:
        self.others.show_others(self.editor.toPlainText(), others)
        if self.tabs.indexOf(self.others) < 0 and others:
            self.tabs.addTab(self.others, self.tr("Other annotators"))

    # --- queries -----------------------------------------------------------------------------
    def baseline_markdown(self) -> str:
        if self._baseline_md is None:
            self._baseline_md = document_markdown(self._baseline)
        return self._baseline_md

    def is_unchanged(self) -> bool:
        """True when text and formatting are still those of the draft."""
        return self.rewrite_markdown() == self.baseline_markdown()

    # --- editing actions ---------------------------------------------------------------------
    def revert_change(self, index: int) -> bool:
        """Puts the draft's text (with its formatting) back in place of change ``index``."""
        if self.editor.isReadOnly():
            return False
        changes = self.runner.compute_now().diff.changes()
        if not 0 <= index < len(changes):
            return False
        revert(self.editor.document(), self._baseline, changes[index])
        self.runner.run_soon()
        return True

    def reset_to_draft(self) -> None:
        """Replaces the rewrite with the draft, as one step that Undo takes back."""
        if self.editor.isReadOnly():
            return
        reset(self.editor.document(), self._baseline)
        self.runner.run_soon()

    def _toggle_spelling(self) -> None:
        self.spelling.set_enabled(self.actions_by_name["rewriteSpelling"].isChecked())

    def _revert_current(self) -> None:
        if self.diff_view.current >= 0:
            self.revert_change(self.diff_view.current)

    def _ask_link(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Address (http or https):"))
        if ok and url and not self.editor.set_link(url.strip()):
            QMessageBox.warning(
                self, self.tr("Link"), self.tr("Only http and https addresses can be linked.")
            )

    # --- reactions ---------------------------------------------------------------------------
    def _on_edit(self) -> None:
        if self._loading or self.spelling.rehighlighting:
            return
        self.runner.touch()
        self.changed.emit()

    def _on_notes(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_diff(self, outcome: DiffOutcome) -> None:
        self.diff_view.set_diff(outcome.diff)
        self.identical_warning.setVisible(outcome.diff.identical)
        self._words = outcome.words
        self._chars = outcome.chars
        self._update_counts()
        if outcome.revision == self.runner.revision:  # offsets still match the text
            marks = insertion_marks(self.editor.document(), outcome.diff.changes())
            self.editor.setExtraSelections(marks)

    def _show_change_in_editor(self, index: int) -> None:
        outcome = self.runner.latest
        if outcome is None or not self.runner.is_fresh():
            return
        changes = outcome.diff.changes()
        if 0 <= index < len(changes):
            cursor = self.editor.textCursor()
            cursor.setPosition(changes[index].b_start)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def _update_counts(self) -> None:
        chars = getattr(self, "_chars", 0)
        words = getattr(self, "_words", 0)
        self.counts.setText(
            self.tr("%1 words · %2 characters")
            .replace("%1", number(words))
            .replace("%2", number(chars))
        )

    def _apply_direction(self, direction: Qt.LayoutDirection) -> None:
        self.editor.setLayoutDirection(direction)
        self.notes.setLayoutDirection(direction)
        self.diff_view.set_direction(direction)

    def _color_warning(self) -> None:
        color = status_color("warning", self.palette())
        self.identical_warning.setStyleSheet(f"color: {color};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._color_warning()  # readable in the light and the dark theme
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.activity.emit()
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        if not self._sized:  # first show: the prompt and draft column gets two fifths
            self._sized = True
            width = max(self.width(), 500)
            self._main_splitter.setSizes([width * 2 // 5, width * 3 // 5])
            height = max(self.height(), 400)
            self._work_splitter.setSizes([height * 50 // 100, height * 35 // 100, height // 7])
        super().showEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.runner.enabled = False
        self.runner.wait()
        self.spelling.loader.wait()
        super().closeEvent(event)


def _titled(label: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
