"""Markdown round-trips through the rich-text editor, shown on real-world README-like samples."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.widgets.markdown_editor import (
    MARKDOWN_READ,
    MarkdownEditor,
    document_markdown,
)

README = """\
# fastcsv

A **fast**, *streaming* CSV parser with `zero-copy` fields. See the [docs](https://example.org/docs).

## Install

```bash
pip install fastcsv
```

## Usage

1. Open the file:
   ```python
   import fastcsv
   ```
2. Iterate over rows
   - rows are tuples
   - fields are `str`
     1. unless `raw=True`
3. Close it

> **Note:** files are read lazily.
> Large files stay cheap.

| Option | Default |
|--------|---------|
| `sep`  | `,`     |
| raw    | false   |

- [ ] streaming writer
- [x] reader

---

Licensed under the MIT licence; snake_case_names and 2 * 3 stay literal.
"""

CHANGELOG = """\
## [1.2.0] - 2024-05-01

### Added

- Support for `~` paths ([#12](https://github.com/example/repo/pull/12))
- ***Very*** important ~~old~~ new flag

### Fixed

* A crash when the header is empty
* Escaping of `` ` `` in fields

```diff
- old line
+ new line
```
"""

ANSWER = """\
To reverse a list in Python you have three options:

1. `list.reverse()` reverses **in place**.
2. `reversed(xs)` returns an *iterator*.
3. Slicing: `xs[::-1]` makes a copy.

> Prefer `reversed()` when you only iterate once.

Example:

```python
xs = [1, 2, 3]
print(xs[::-1])  # [3, 2, 1]
```
"""

SAMPLES = {"readme": README, "changelog": CHANGELOG, "answer": ANSWER}


def structure(text: str) -> list[tuple[object, ...]]:
    """What a reader sees of ``text``: each block's text, kind and formats."""
    doc = QTextDocument()
    doc.setMarkdown(text, MARKDOWN_READ)
    out: list[tuple[object, ...]] = []
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        lst = block.textList()
        runs = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            cf = frag.charFormat()
            runs.append(
                (
                    frag.text(),
                    cf.fontWeight() >= 600,
                    cf.fontItalic(),
                    cf.fontFixedPitch(),
                    cf.anchorHref(),
                    cf.fontStrikeOut(),
                )
            )
            it += 1
        out.append(
            (
                block.text(),
                fmt.headingLevel(),
                lst.format().style() if lst else None,
                lst.format().indent() if lst else 0,
                fmt.property(fmt.Property.BlockQuoteLevel),
                fmt.property(fmt.Property.BlockCodeLanguage),
                fmt.marker(),
                tuple(runs),
            )
        )
        block = block.next()
    return [b for b in out if b[0] or b[2] is not None]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_through_the_editor(qtbot: QtBot, name: str) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(SAMPLES[name])
    written = editor.markdown()
    assert structure(written) == structure(SAMPLES[name])  # nothing a reader sees is lost
    again = MarkdownEditor()
    qtbot.addWidget(again)
    again.set_markdown(written)
    assert again.markdown() == written  # stable from the first save on


def test_readme_output_is_clean_markdown(qtbot: QtBot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(README)
    written = editor.markdown()
    for line in (
        "# fastcsv",
        "```bash",
        "   - rows are tuples",
        "     1. unless `raw=True`",
        "> **Note:** files are read lazily. Large files stay cheap.",
        "| `sep` | `,` |",
        "- [x] reader",
        "Licensed under the MIT licence; snake_case_names and 2 \\* 3 stay literal.",
    ):
        assert line in written.splitlines()
    assert max(len(line) for line in written.splitlines()) > 80  # no hard wrapping


def test_qt_writer_would_lose_nesting() -> None:
    """Why the editor has its own writer: Qt's loses nested list structure on this sample."""
    doc = QTextDocument()
    doc.setMarkdown(README, MARKDOWN_READ)
    qt_written = doc.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    assert structure(qt_written) != structure(README)
    assert structure(document_markdown(doc)) == structure(README)
