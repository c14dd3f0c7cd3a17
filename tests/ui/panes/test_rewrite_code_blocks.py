"""Issue 21: rewrite pane code blocks — verbatim through the editor, coloured in the draft."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from annotator_desktop.core.code_fences import top_level_fences
from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.rewrite.pane import RewritePane
from annotator_desktop.ui.widgets.markdown_editor import MarkdownEditor

CODE_PY = (
    "def f(a_b, *args, **kw):\n"
    '    """Doc with `ticks`, <tags> & \\\\escapes, **not bold**, _not em_."""\n'
    "\n"
    "\tif a_b > 1:  # tab-indented, trailing spaces  \n"
    "        return [1, 2]\n"
    "    # 1. not a list\n"
    "    - not a bullet\n"
    "    > not a quote"
)
CODE_SH = "$ echo 'a | b' | tr a b\n\t\tdone"
DRAFT = (
    "Intro with *emphasis*.\n\n"
    f"```python\n{CODE_PY}\n```\n\n"
    "Between.\n\n"
    f"```\n{CODE_SH}\n```\n\n"
    "After.\n"
)


def test_code_blocks_survive_the_markdown_round_trip_verbatim(qtbot: QtBot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(DRAFT)
    out = editor.markdown()
    assert [f.body for f in top_level_fences(out)] == [CODE_PY, CODE_SH]
    assert [f.info for f in top_level_fences(out)] == ["python", ""]
    editor.set_markdown(out)  # and again: stable
    assert editor.markdown() == out


def _ctx(payload: dict[str, Any], draft: dict[str, Any] | None = None) -> TaskContext:
    return TaskContext("t1", "p", "rewrite", "t", payload, draft=draft)


def test_rewrite_pane_keeps_code_verbatim_and_colours_the_draft(qtbot: QtBot) -> None:
    pane = RewritePane()
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    payload = {
        "messages": [
            {"role": "user", "content": "Fix my function:\n\n```python\nx=1\n```"},
            {"role": "assistant", "content": "Which error do you get?"},
            {"role": "user", "content": "Make it shorter."},
        ],
        "draft_md": DRAFT,
    }
    pane.load(_ctx(payload))
    pane.show()
    qtbot.waitExposed(pane)
    # untouched: exactly the draft; after an edit elsewhere, the code is still verbatim
    assert pane.result()["text_md"] == DRAFT
    qtbot.keyClicks(pane.editor, "Edited: ")
    text = pane.result()["text_md"]
    assert text.startswith("Edited: ")
    assert [f.body for f in top_level_fences(text)] == [CODE_PY, CODE_SH]
    # the draft view's code blocks have colours; its text is unchanged by them
    draft = pane.draft_view
    assert draft.highlighter is not None and not draft.highlighter.pending()
    block = draft.document().findBlockByNumber(draft.highlighter.blocks[0].first)
    assert block.layout() is not None and block.layout().formats()
    # the context shows as turns, the last user turn pinned as the prompt
    turns = pane.conversation.shown_turns()
    assert [c.role.text() for c in turns] == ["User", "Assistant", "User"]
    assert pane.prompt_view.toPlainText() == "Make it shorter."
