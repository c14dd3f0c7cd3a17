"""Fenced code blocks read exactly as written (issue 21: code survives the Markdown round trip)."""

from __future__ import annotations

from annotator_desktop.core.code_fences import Fence, same_but_whitespace, top_level_fences


def test_fences_keep_tabs_spaces_and_markup_characters() -> None:
    text = (
        "Intro\n\n```python title\n\tx = 1  \n**y**\n```\n\n"
        "~~~~\n```not a close\n~~~~\n\n- item\n\n  ```\n  in a list\n  ```\n"
    )
    assert top_level_fences(text) == [
        Fence("python title", "\tx = 1  \n**y**"),
        Fence("", "```not a close"),
        Fence("", "in a list"),
    ]


def test_unclosed_fence_runs_to_the_end_and_indented_opening_is_stripped() -> None:
    assert top_level_fences("  ```js\n  a\n b\nc") == [Fence("js", "a\nb\nc")]
    assert top_level_fences("text ``` not a fence") == []


def test_same_but_whitespace() -> None:
    assert same_but_whitespace("\tx = 1", "    x = 1")
    assert not same_but_whitespace("x = 1", "x = 2")
