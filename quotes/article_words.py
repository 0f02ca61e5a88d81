"""Word sets of one article that the name readers ask of every word: its vocabulary, and the words it writes
right after a given name (a family name there, whatever its shape). Built once per article, when first asked."""
from __future__ import annotations

from functools import cached_property

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
        keys, native, foreign = self.an.keys, self.lex.native_given, self.lex.foreign_given
        return frozenset(keys[i + 1] for i in range(len(keys) - 1) if keys[i] in native or keys[i] in foreign)

    @cached_property
    def after_foreign_given(self) -> frozenset[str]:
        """The keys the article writes right after a first name of another language (تابيا in كلاوديو تابيا): a
        family name, whatever its shape (a word in ت looks like a verbal noun: تابيا، تيرنر)."""
        keys, foreign = self.an.keys, self.lex.foreign_given
        return frozenset(keys[i + 1] for i in range(len(keys) - 1) if keys[i] in foreign)
