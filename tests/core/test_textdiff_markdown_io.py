"""Markdown writing and HTML sanitising helpers of the rich-text editor (Qt-free)."""

from __future__ import annotations

from annotator_desktop.core.markdown_io import (
    MdBlock,
    Span,
    blocks_to_markdown,
    escape_text,
    inline_markdown,
    markdown_link_ok,
    safe_link,
    sanitize_html,
)


def test_sanitize_strips_scripts_styles_images_and_bad_links() -> None:
    html = (
        '<p style="color:red" onclick="x()">Hi <b>there</b><img src="http://evil/x.png">'
        "<script>alert(1)</script><style>p{}</style>"
        '<a href="javascript:alert(1)">bad</a> <a href="https://ok.example/a?b=1">good</a>'
        '<a href=" JaVa\tscript:alert(2)">bad2</a><iframe src="http://evil"></iframe></p>'
    )
    clean = sanitize_html(html)
    assert clean == (
        '<p>Hi <b>there</b><a href="https://ok.example/a?b=1">good</a>bad2</p>'.replace(
            "<a", "bad <a"
        )
    )
    for bad in ("script", "style", "img", "iframe", "javascript", "onclick", "evil"):
        assert bad not in clean.lower()


def test_sanitize_escapes_text() -> None:
    assert sanitize_html("a &lt;b&gt; <i>c</i>") == "a &lt;b&gt; <i>c</i>"


def test_link_checks() -> None:
    assert safe_link("https://example.com") == "https://example.com"
    assert safe_link("http://x.y/z") == "http://x.y/z"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "", "ftp://x"):
        assert safe_link(bad) is None
    assert markdown_link_ok("docs/guide.md") and markdown_link_ok("#section")
    assert not markdown_link_ok("javascript:alert(1)")
    assert not markdown_link_ok("java\nscript:alert(1)")


def test_escape_only_what_markdown_would_read() -> None:
    assert escape_text("snake_case_name") == "snake_case_name"
    assert escape_text("_lead and 2 * 3 `x` [a]") == "\\_lead and 2 \\* 3 \\`x\\` \\[a\\]"


def test_inline_nesting_keeps_spaces_outside_emphasis() -> None:
    spans = [
        Span("plain "),
        Span("bold ", bold=True),
        Span("both", bold=True, italic=True),
        Span(" tail"),
        Span("code `tick`", code=True),
        Span("link", href="https://e.com"),
    ]
    assert (
        inline_markdown(spans) == "plain **bold *both*** tail`` code `tick` ``[link](https://e.com)"
    )


def test_nested_lists_indent_under_their_parent() -> None:
    blocks = [
        MdBlock(spans=[Span("one")], list_style="ordered", list_indent=1, list_id=1),
        MdBlock(spans=[Span("sub")], list_style="bullet", list_indent=2, list_id=2),
        MdBlock(
            spans=[Span("deep")], list_style="ordered", list_indent=3, list_id=3, list_number=1
        ),
        MdBlock(spans=[Span("two")], list_style="ordered", list_indent=1, list_id=1, list_number=2),
        MdBlock(spans=[Span("after")]),
    ]
    assert blocks_to_markdown(blocks) == "1. one\n   - sub\n     1. deep\n2. two\n\nafter\n"


def test_code_fences_quotes_headings_and_tables() -> None:
    blocks = [
        MdBlock(kind="heading", heading=2, spans=[Span("Title")]),
        MdBlock(kind="code", code_lang="python", code_text="x = 1"),
        MdBlock(kind="code", code_lang="python", code_text="print(x)"),
        MdBlock(spans=[Span("quoted")], quote=1),
        MdBlock(kind="table", rows=[[[Span("a")], [Span("b|c")]], [[Span("1")], [Span("2")]]]),
    ]
    assert blocks_to_markdown(blocks) == (
        "## Title\n\n```python\nx = 1\nprint(x)\n```\n\n> quoted\n\n"
        "| a | b\\|c |\n| --- | --- |\n| 1 | 2 |\n"
    )


def test_paragraph_that_looks_like_syntax_is_escaped() -> None:
    blocks = [MdBlock(spans=[Span("# not a heading")]), MdBlock(spans=[Span("1. not a list")])]
    assert blocks_to_markdown(blocks) == "\\# not a heading\n\n1\\. not a list\n"
