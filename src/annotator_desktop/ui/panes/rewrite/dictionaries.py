"""Spelling dictionaries: Hunspell through Enchant where the system has one, else pyspellchecker.

Hunspell dictionaries (Debian: ``hunspell-es``, ``hunspell-fr``, ``hunspell-de-de``,
``hunspell-pt-br``…, in ``/usr/share/hunspell``) know every inflected form through their affix
rules, so "patatas" or "sirven" are words. pyenchant reads them through the system's Enchant
library (``libenchant-2-2``; its Windows and macOS wheels bring their own). Without Enchant or
without a dictionary for the language, the word lists bundled with pyspellchecker are used;
they know base forms only. Both are offline; nothing is downloaded.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

log = logging.getLogger(__name__)

try:  # needs the Enchant C library; without it, the bundled lists are used
    import enchant  # type: ignore[import-untyped]
except (ImportError, OSError):  # pragma: no cover - depends on the system
    _HAVE_ENCHANT = False
else:
    _HAVE_ENCHANT = True

try:  # optional: without either, the pane simply offers no spell checking
    from spellchecker import SpellChecker
except ImportError:  # pragma: no cover - depends on the installation
    _HAVE_SPELLCHECKER = False
else:
    _HAVE_SPELLCHECKER = True

#: Languages pyspellchecker ships word lists for.
BUNDLED = frozenset({"en", "es", "fr", "pt", "de", "it", "ru", "ar", "eu", "lv", "nl", "fa"})
#: The region tried first for a bare language code.
_REGION = {"en": "en_US", "pt": "pt_BR", "ar": "ar_SA", "zh": "zh_CN", "ja": "ja_JP"}


class Dictionary(Protocol):
    """What the spell checker needs of a dictionary."""

    source: str  # "hunspell" or "bundled"

    def __contains__(self, word: object) -> bool: ...

    def suggest(self, word: str, limit: int = 5) -> list[str]: ...


def hunspell_tag(language: str) -> str | None:
    """The Enchant dictionary tag for ``language`` (``es`` -> ``es_ES``), if one is installed."""
    if not _HAVE_ENCHANT or not language:
        return None
    try:
        tags = list(enchant.list_languages())
    except Exception:  # a broken provider must not break the pane
        log.exception("enchant could not list its dictionaries")
        return None
    wanted = [language, _REGION.get(language, f"{language}_{language.upper()}")]
    for tag in wanted:
        if tag in tags:
            return tag
    regional = sorted(t for t in tags if t.split("_")[0] == language)
    return regional[0] if regional else None


class HunspellDictionary:
    """An Enchant dictionary (Hunspell's, on Linux); checking a word takes microseconds."""

    source = "hunspell"

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self._dict = enchant.Dict(tag)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self._dict.check(word))

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        return [s for s in self._dict.suggest(word) if s != word][:limit]


class BundledDictionary:
    """pyspellchecker's word-frequency list for ``language`` (base forms only)."""

    source = "bundled"

    def __init__(self, language: str) -> None:
        self._checker: Any = SpellChecker(language=language, distance=1)

    def __contains__(self, word: object) -> bool:
        return word in self._checker

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        found = self._checker.candidates(word) or set()
        ranked = sorted(found - {word}, key=lambda w: -self._checker.word_usage_frequency(w))
        return ranked[:limit]


def available(language: str) -> bool:
    return hunspell_tag(language) is not None or (_HAVE_SPELLCHECKER and language in BUNDLED)


def open_dictionary(language: str) -> Dictionary:
    """The best dictionary for ``language``: Hunspell's when installed, else the bundled list.

    Slow (up to a second or two): call it off the UI thread.
    """
    tag = hunspell_tag(language)
    if tag is not None:
        try:
            return HunspellDictionary(tag)
        except Exception:  # pragma: no cover - a broken dictionary file
            log.exception("cannot open the %s Hunspell dictionary", tag)
    return BundledDictionary(language)
