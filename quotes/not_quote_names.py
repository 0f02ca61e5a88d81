"""Stage 2b (names): the not-quote rules that know names from the lexicon. A span that is only an acronym, a news
outlet, a known name or term (not_quotes.json known_terms), Latin script, or a known body or place is a name in
marks, not somebody's words. Each rule returns its reason or None (quotes/not_quotes.py asks them in order)."""
from __future__ import annotations

from .names import without_preposition
from .span_context import Span, not_quote_words


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


def known_name(x: Span) -> str | None:
    """The whole span names a known body or place: «داعش», "حماس", «الكرملين»."""
    return "organisation name" if x.k in x.lex.org_names or x.k in x.lex.places else None


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
