"""The compare pane's heights (context / responses / judgment / others), per kind of context.

A plain prompt needs little room; a dialogue's earlier turns need room to be read. Each kind
keeps the heights the user left it apart from the other (see ``ShareSplitter``).
"""

from __future__ import annotations

from annotator_desktop.ui.widgets.share_splitter import ShareSplitter

PROMPT_KEY = "compare.context"
DIALOGUE_KEY = "compare.dialogue"
PROMPT_SIZES = (300, 360, 280, 0)  # pixels, as before dialogues existed
PROMPT_STRETCH = (2, 4, 3, 2)
# At 1280 x 800 this leaves the earlier turns 40 % of the pane, the responses a quarter.
DIALOGUE_SHARES = (58, 25, 17, 0)  # percent
DIALOGUE_STRETCH = (58, 25, 17, 20)


def use_compare_layout(split: ShareSplitter, dialogue: bool) -> None:
    if dialogue:
        split.use_layout(DIALOGUE_KEY, DIALOGUE_SHARES, DIALOGUE_STRETCH)
    else:
        split.use_layout(PROMPT_KEY, PROMPT_SIZES, PROMPT_STRETCH, shares=False)
