"""Word sets of one article that the name readers ask of every word: its vocabulary, and the words it writes
right after a given name (a family name there, whatever its shape). Built once per article, when first asked."""
from __future__ import annotations

from functools import cached_property
from typing import Callable

from .lexicon import Lexicon
from .text import Analysis


class ArticleWords:
    """Mixed into the phrase Reader (phrases.py), which sets `an` and `lex`."""
    an: Analysis
    lex: Lexicon

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word key of the article."""
        return frozenset(self.an.keys)

    @cached_property
    def after_given(self) -> frozenset[str]:
        """The keys the article writes right after a given name (موخيكا in خوسيه موخيكا)."""
        native, foreign = self.lex.native_given, self.lex.foreign_given
        return self._keys_after(lambda k: k in native or k in foreign)

    @cached_property
    def after_foreign_given(self) -> frozenset[str]:
        """The keys the article writes right after a first name of another language (تابيا in كلاوديو تابيا): a
        family name, whatever its shape (a word in ت looks like a verbal noun: تابيا، تيرنر)."""
        return self._keys_after(self.lex.foreign_given.__contains__)

    def family_in_fal(self, i: int, k: str) -> bool:
        """Is token i (key k) a family name in فال or بال (فالفيردي، بالمر), not ف or ب with the article: after a first
        name of another language, or written after one elsewhere in the article, with no common noun after فال/بال?"""
        t = self.an.tokens
        return t[i].raw.startswith(("فال", "بال")) and k[3:] not in self.lex.common_nouns and (
            k in self.after_foreign_given or i > 0 and t[i - 1].key in self.lex.foreign_given)

    def _keys_after(self, first: Callable[[str], bool]) -> frozenset[str]:
        """The keys the article writes right after a key for which `first` holds."""
        keys = self.an.keys
        return frozenset(keys[i + 1] for i in range(len(keys) - 1) if first(keys[i]))
