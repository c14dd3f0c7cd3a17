"""The tokenizer all text measures share (diff view, word counts, edit distance; client, server).

Words follow Unicode word characters, combining marks included, so a Devanagari vowel sign, an
Arabic diacritic or a Thai tone mark stays with its base letter. Scripts written without spaces
between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) have no word boundaries a
regex can see, so each of their grapheme clusters is one token. Punctuation graphemes and
whitespace runs are tokens of their own, so ``"".join(tokenize(t)) == t`` always holds.
Pure Python: imports nothing of the store, sync, Qt or the server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

#: Scripts written without spaces between words: one token per grapheme cluster.
_NO_SPACE = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_TOKEN = regex.compile(
    rf"\s+"  # whitespace runs
    rf"|(?=[{_NO_SPACE}])\X"  # one grapheme of a script without spaces
    rf"|(?:(?![{_NO_SPACE}])[\w\p{{M}}\u200c\u200d])+"  # a word, marks and joiners attached
    rf"|\X",  # any other grapheme: punctuation, symbols, emoji
    regex.VERSION0,
)
_WORD = regex.compile(r"[\w]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
#: Where a piece may end: after whitespace, or between two ideographs / kana (no marks there).
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
_CUT = regex.compile(rf"\s(?=\S)|(?<=[{_CJK}])(?=[{_CJK}])")


def tokenize(text: str) -> list[str]:
    """Words, single graphemes of unspaced scripts, punctuation and whitespace runs."""
    tokens: list[str] = _TOKEN.findall(text)
    return tokens


def token_chunks(text: str, size: int = 8192) -> Iterator[list[str]]:
    """The tokens of ``text`` in pieces of about ``size`` characters, cut between tokens.

    Concatenated, the pieces equal :func:`tokenize`, so a caller on a background thread can
    pause between pieces and let the UI thread run.
    """
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            match = _CUT.search(text, end)
            end = match.end() if match else len(text)
        piece: list[str] = _TOKEN.findall(text, start, end)
        yield piece
        start = end


def is_word(token: str) -> bool:
    """True for a word or a letter of an unspaced script (not punctuation or whitespace)."""
    return _WORD.search(token) is not None


def count_words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if is_word(t))


def count_text_words(text: str) -> int:
    """``count_words(tokenize(text))``, with a fast path for ASCII text."""
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    return count_words(tokenize(text))


def units(tokens: list[str]) -> list[str]:
    """The tokens an edit distance counts: everything but whitespace."""
    return [t for t in tokens if not t.isspace()]
