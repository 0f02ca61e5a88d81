"""Stage 2b (names): the not-quote rules that know names from the lexicon. A span that is only an acronym, a news
outlet, a known name or term (not_quotes.json known_terms), Latin script, or a known body or place is a name in
marks, not somebody's words. Each rule returns its reason or None (quotes/not_quotes.py asks them in order)."""
from __future__ import annotations

from .names import is_al, without_preposition
from .span_context import Span, not_quote_words

ARABIC_ENDINGS = ("ة", "ات", "ي", "ى", "ا", "ون", "ين", "ه", "اء")  # a word in them has an Arabic ending


def acronym(x: Span) -> str | None:
    """The span spells letters (اف ام، بي بي سي، آي إي إس): an acronym, a name."""
    letters = x.lex.letter_names
    return "acronym" if x.inner and all(k in letters for k in x.keys) else None


def outlet(x: Span) -> str | None:
    """The whole span is a news outlet, agency or platform: وكالة "رويترز", مع "رويترز", with a preposition glued
    to it ("للشروق"، "لرويترز")."""
    return "outlet name" if x.k in x.lex.outlets or without_preposition(x.k) in x.lex.outlets else None


def known_term(x: Span) -> str | None:
    """The whole span is a name or term news puts in marks (not_quotes.json known_terms): a nickname («الشياطين
    الحمر»، "الدون"), a league, an operation («عاصفة الحزم»), a substance ("نوفيتشوك"), a product, a sports term."""
    terms = not_quote_words().known_terms
    return "known term" if x.k in terms or without_preposition(x.k) in terms else None


def latin(x: Span) -> str | None:
    """Latin script or digits only: a product, an acronym, a brand (HSDPA, "4MATIC")."""
    return "latin name" if not any("\u0600" <= ch <= "\u06ff" for ch in x.text[x.s.start:x.s.end]) else None


def company_name(x: Span) -> str | None:
    """Letter names and words no lexicon knows, two or more letters or a company suffix among them (بي إيه إي
    سيستمز، «بي إن بي باريبا»، "أم أم أل ميديست ليمتد"): a company's name spelt in Arabic letters, nobody's words."""
    if not 2 <= x.n <= 5 or x.framed:
        return None
    letters, suffixes = x.lex.letter_names, not_quote_words().company_suffixes
    if not all(k in letters or k in suffixes or _unknown(k, x) for k in x.keys):
        return None
    return "company name" if sum(k in letters for k in x.keys) >= 2 or x.keys[-1] in suffixes else None


def _unknown(k: str, x: Span) -> bool:
    """A bare word the lexicon does not know (no article, no feminine ending, no Arabic word of its lists)."""
    lex = x.lex
    known = (lex.common_nouns, lex.common_verbs, lex.function_words, lex.native_given, lex.cues)
    return len(k) >= 3 and not is_al(k) and not k.endswith("ه") and not any(k in words for words in known)


def known_name(x: Span) -> str | None:
    """The whole span names a known body or place: «داعش», "حماس", «الكرملين»."""
    return "organisation name" if x.k in x.lex.org_names or x.k in x.lex.places else None


def foreign_word(x: Span) -> str | None:
    """One word of another language spelt in Arabic letters and nothing else (نيابوليس، ستاجيفرايت، مايكروسوفت،
    جاكو، تاتو): three long vowels or more, or a final و, in a bare word with no Arabic ending (ال، ة، ات، ي، ون،
    ين، ا، ه) nor prefix, which the lexicon does not know; Arabic words in marks (مرفوض، تدليس، تواطؤ، متوازن،
    أوهام، سيتواصل) have neither shape. Not after a describing بـ/بأنه (what somebody called it)."""
    if x.n != 1 or x.framed or x.keys[0] in x.lex.native_given:
        return None
    return "foreign word" if foreign_shape(x.inner[0].raw.strip(".،,!؟?"), x.keys[0], x) else None


def foreign_shape(raw: str, k: str, x: Span) -> bool:
    """Has the word the shape of a word of another language (see foreign_word), and the lexicon does not know it?"""
    if len(k) < 4 or not raw.isalpha() or any(ch.isascii() for ch in raw) or is_al(k) \
            or raw.endswith(ARABIC_ENDINGS) or k[:1] in "يسبلكوف" or k in x.lex.common_nouns \
            or k in x.lex.common_verbs or k in x.lex.function_words:
        return False
    longs = sum(1 for ch in raw[1:] if ch in "اوي")   # as written (ؤ is no و); the first letter is a consonant or a seat
    return longs >= 3 and len(k) >= 5 or raw.endswith("و")


def name_after_title(x: Span) -> str | None:
    """A person's name in marks right after the title (its head, or the head and its ال-complement): قبل أن يختتم
    المدرب «جيورجيوس دونيس» التمارين، أن حارس المرمى "روبن نسموه" أصيب; even after أن, where a title and a span
    may be a clause's subject and words (أن الاتحاد "سيفتح نقاشا"): these start with a given or foreign name."""
    w, lex = x.words, x.lex
    first = x.keys[0] if x.inner else ""
    if not (x.adjacent and w and 2 <= x.n <= 3) or is_al(first) or not (
            first in lex.native_given or first in lex.foreign_given or foreign_shape(x.inner[0].raw, first, x)):
        return None
    if any(is_al(k) or k in lex.function_words or k in lex.common_verbs or k in lex.cues or k in lex.common_nouns
           for k in x.keys[1:]):
        return None                     # (a verb or a noun after the name: a clause, somebody's words)
    head = w[-1].key if w[-1].key in lex.title_heads else \
        w[-2].key if len(w) >= 2 and is_al(w[-1].key) and w[-2].key in lex.title_heads else None
    return "name after " + head if head is not None else None


def date_word(x: Span) -> str | None:
    """The whole span is a weekday or a month (غدا «الثلاثاء»، شهر «رمضان»): a date in marks, nobody's words."""
    k = without_preposition(x.k)
    return "date in marks" if x.k in x.lex.weekdays or k in x.lex.weekdays or x.k in x.lex.months else None


def names_a_body(x: Span) -> bool:
    """Does the span start with a name noun (names.json name_starters: «جمهورية شمال قبرص التركية», "شركة أرامكو"),
    with a preposition too (بشركة «…»، "للجمعية التونسية لعلوم الزكاة")? With the article, only when a nisba or a
    genitive with the article names which one («الشبكة الآشورية لحقوق الإنسان», "الجماعة الإسلامية"; "المركز
    الأول" is a phrase)."""
    first, rest = x.inner[0].key, x.keys[1:]
    bare = ("ال" + first[2:]) if first.startswith("لل") else first[1:] if first[:1] in "بل" else first
    for k in (first, bare):
        if k in x.lex.name_starters:
            return True
        if k.startswith("ال") and (k[2:] in x.lex.name_starters or k[2:] in x.lex.definite_name_starters) \
                and any(r.startswith("ال") and r.endswith(("يه", "ي")) and len(r) > 5 for r in rest) \
                and all(r.startswith(("ال", "لل", "ل")) for r in rest):
            return True
    return False
