"""What the not-quote rules (quotes/not_quotes.py) read: their words from quotes/data/not_quotes.json that the
lexicon does not carry, and the context of one quoted span (the words before its mark, its own words, its
paragraph)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import regex

from .lexicon import Lexicon, _load, _strings, with_conj, with_preps
from .link import SCOPE
from .model import QuoteSpan
from .normalize import key
from .text import Token


CLAUSE_BREAK = frozenset("،,.:؛;!؟?()[]")
POSSESSIVE = ("ه", "ها", "هم", "هما")


@dataclass(frozen=True, slots=True)
class NotQuoteWords:
    """The not-quote knowledge of quotes/data/not_quotes.json that lexicon.Lexicon does not carry."""
    after_heads: frozenset[tuple[str, ...]]   # حسب / على حد: an attribution put after a quote (حسب تعبيره)
    naming_reach: int                         # words back to a naming verb (تعرف في الوسط الطبي بـ«…»)
    label_max_words: int                      # a span this short right before a colon is a label
    naming_verbs: frozenset[str]              # يعرف، يسمى، الملقب: their بـ«…» is a name, even a few words on
    announce_verbs: frozenset[str]            # أعلن عن «…»: what is announced (an event, a product) is named
    author_nouns: frozenset[str]              # «…» للشاعر فلان: a work followed by its author
    clause_particles: frozenset[str]          # أن، إن، لن: a span that opens with one is a clause, never a name
    after_subject: frozenset[str]             # كشفت «سوني» عن، أعرب «الغفيص» عن: the span is the verb's subject
    unless_reported: frozenset[str]           # عليه: no naming word in a reported clause (إن X تهيمن عليه «…»)
    interview_nouns: frozenset[str]           # حوار، مقابلة: في حوار مع «…» names the outlet
    related_links: tuple[str, ...]            # اقرأ أيضا، قد يهمك: a paragraph that links another article
    known_terms: frozenset[str]               # الشياطين الحمر، نوفيتشوك، الميركاتو: names and terms, nobody's words
    title_words: frozenset[str]               # بعنوان، عنوانها: the span after one is a title, however long
    title_max_words: int
    company_suffixes: frozenset[str] = frozenset()  # ليمتد، إنك، سيستمز: the last word of a company's name


@cache
def not_quote_words() -> NotQuoteWords:
    nq = _load("not_quotes.json", {"after_heads": list, "naming_reach": int, "label_max_words": int,
                                  "naming_verbs": list, "announce_verbs": list, "author_nouns": list,
                                  "clause_particles": list, "after_subject": list,
                                  "naming_unless_reported": list,
                                  "interview_nouns": list, "related_links": list, "known_terms": list,
                                  "title_words": list, "title_max_words": int, "company_suffixes": list})
    heads = frozenset(tuple(key(w) for w in h.split())
                      for h in _strings("not_quotes.json", "after_heads", nq["after_heads"]))
    verbs = frozenset(f for v in _strings("not_quotes.json", "naming_verbs", nq["naming_verbs"]) for f in with_conj(key(v)))
    announce = frozenset(f for v in _strings("not_quotes.json", "announce_verbs", nq["announce_verbs"])
                         for f in with_conj(key(v)))
    authors = frozenset(f for n in _strings("not_quotes.json", "author_nouns", nq["author_nouns"])
                        for f in with_preps(key(n)))
    particles = frozenset(key(w) for w in _strings("not_quotes.json", "clause_particles", nq["clause_particles"]))
    subject = frozenset(key(w) for w in _strings("not_quotes.json", "after_subject", nq["after_subject"]))
    unless = frozenset(f for w in _strings("not_quotes.json", "naming_unless_reported", nq["naming_unless_reported"])
                       for f in with_conj(key(w)))
    return NotQuoteWords(heads, nq["naming_reach"], nq["label_max_words"], verbs, announce, authors, particles,
                         subject, unless,
                         frozenset(key(w) for w in _strings("not_quotes.json", "interview_nouns", nq["interview_nouns"])),
                         tuple(key(w) for w in _strings("not_quotes.json", "related_links", nq["related_links"])),
                         frozenset(key(w) for w in _strings("not_quotes.json", "known_terms", nq["known_terms"])),
                         frozenset(f for w in _strings("not_quotes.json", "title_words", nq["title_words"])
                                   for f in with_conj(key(w))),
                         nq["title_max_words"],
                         frozenset(key(w) for w in _strings("not_quotes.json", "company_suffixes",
                                                            nq["company_suffixes"])))


LINK_FIRST = frozenset("اأإقلشط")     # the letters a related-link marker starts with, as written
LINK_HEAD = regex.compile(r"\s*([^|:/\-–]{1,30}?)\s*[|:/\-–]")     # a marker (and a topic) and its separator


def _link_marker(line: str, alone: bool = False) -> bool:
    """Does the line open with a related-link marker and a separator (اقرأ أيضا: …، للمزيد - تونس: …), or, when
    alone, is it only the marker (اقرأ أيضاً:)?"""
    if line.lstrip()[:1] not in LINK_FIRST:
        return False                    # (most lines: no marker starts with their letter)
    m = LINK_HEAD.match(line)
    if m is None:
        return False
    k = " ".join(key(w) for w in regex.split(r"\.\.|،|,", m.group(1))[0].split())     # للمزيد.. سوريا
    rest = line[m.end():].strip(" |:/-–")
    return k in not_quote_words().related_links and (not alone or not rest)


@lru_cache(maxsize=16)
def link_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of the paragraphs that link another article: a marker opens them, or they follow
    a paragraph that is only the marker. (Cached: every span and cue of a document asks.)"""
    out, lo, alone_before = [], 0, False
    for line in text.split("\n"):
        hi = lo + len(line)
        if line.strip() and (alone_before or _link_marker(line)):
            out.append((lo, hi))
        alone_before = bool(line.strip()) and _link_marker(line, alone=True) or alone_before and not line.strip()
        lo = hi + 1
    return tuple(out)


@dataclass(frozen=True)
class Span:
    """What the rules read about one quoted span (each property read once: some thirty rules ask)."""
    text: str
    s: QuoteSpan
    lo: int                        # its paragraph
    hi: int
    n_in_paragraph: int
    lex: Lexicon
    words: tuple[Token, ...]       # up to 60 characters of words before the opening mark (same paragraph)
    before: tuple[Token, ...]      # the same with punctuation
    inner: tuple[Token, ...]       # the span's words
    k: str                         # the span's key without edge punctuation

    @cached_property
    def prev(self) -> str:
        """The word right before the opening mark (tatweel dropped), or "" when something else is between."""
        w = self.words
        return w[-1].key.rstrip("\u0640") if w and w[-1].end >= self.s.open_at - 2 else ""

    @cached_property
    def adjacent(self) -> bool:
        """Is the last word before the mark separated from it by spaces only?"""
        return bool(self.words) and not self.text[self.words[-1].end:self.s.open_at].strip()

    @cached_property
    def n(self) -> int:
        return len(self.inner)

    @cached_property
    def framed(self) -> bool:
        """Is the span what somebody called a thing: the complement of a describing verb (وصفها بـ«…», بأنها
        «…», ما وصفته «…») or a reported clause of three words or more (بالقول إن «مجموعة مسلحة هاجمت …»)?"""
        w = self.words
        if not w or w[-1].end < self.s.open_at - 2:
            return False
        last = w[-1].key
        if last in SCOPE:
            return last.startswith("ب") or self.n >= 3
        describing = [self.lex.cues.get(t.key) for t in w[-4:]]
        if last in ("ب", "بـ"):
            return any(c is not None and c.object_first for c in describing)
        c = describing[-1]
        return c is not None and c.object_first and c.has_object

    @cached_property
    def clause(self) -> bool:
        """Does the span open with a particle of a clause (أن، لن، قد)? A name never does. أن only with its
        hamza: an bare ان/إن or وان also writes the letters N and One («إن بي سي»، «وان تو وان»)."""
        if not self.inner or self.inner[0].key not in not_quote_words().clause_particles:
            return False
        first = self.inner[0]
        return first.key not in ("ان", "وان") or first.raw.lstrip("و").startswith("أ")

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(w.key for w in self.inner)

    def after(self, n: int = 3) -> str:
        """The characters right after the closing mark on its line, spaces dropped (a paragraph is read alone)."""
        end = self.s.outer_end
        return self.text[end:end + n + 4].split("\n", 1)[0].strip()[:n]


def possessed(k: str) -> str | None:
    """The noun of كتابه/روايتها/حسابهم (ة written ت before the suffix) or of a dual construct (حزبي، وفدي)."""
    for suf in ("هما", "هم", "ها", "ه"):
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            stem = k[:-len(suf)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    if k.endswith("ي") and not k.startswith("ال") and len(k) >= 4:
        return k[:-2] + "ه" if k.endswith("تي") else k[:-1]      # شركتي «…» و«…»: شركة
    return None
