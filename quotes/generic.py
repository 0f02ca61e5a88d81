"""Is a speaker a bare generic (الشركة، البيان، وزارة الخارجية), a title alone (المتحدث، الرئيس الأمريكي) or
an anonymous source (مصدر أمني)? Such a speaker names no one in particular: the same words in two articles
are, as a rule, two different bodies or people, so it gets no build-wide identity unless the article or the
registry says who it is (quotes/identity.py).

One function, `generic_kind`, decides it from the fields every row keeps (speaker, speaker_type) and the
lexicon's word lists, so that it holds whatever attribution rules produced the row."""
from __future__ import annotations

import regex

from .identity_data import identity_words
from .lexicon import Lexicon, lexicon
from .normalize import key

TITLE_ONLY, ANONYMOUS, BARE_NOUN = "title-only", "anonymous", "bare-noun"
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")
_CLITIC_AL = ("وال", "فال", "بال", "كال", "ولل", "لل", "ال")


def bare(k: str) -> str:
    """A word key without its article and clitics: الخارجية/للخارجية/والخارجية → خارجيه (a short word keeps
    its letters: الي stays)."""
    for p in _CLITIC_AL:
        if k.startswith(p) and len(k) - len(p) >= 3:
            return k[len(p):]
    return k


def words(text: str | None) -> list[str]:
    """The bare word keys of a speaker or title as written (punctuation and marks dropped)."""
    if not text:
        return []
    return [bare(w) for w in key(_NOT_WORD.sub(" ", text)).split()]


_VOCAB: dict[int, frozenset[str]] = {}


def _vocabulary(lex: Lexicon) -> frozenset[str]:
    """Bare keys of every word that says what kind of body, document, office or source speaks, but not
    which one: heads of organisations, documents, titles and anonymous sources, the domains and complements
    of titles (الخارجية، العام), anonymous-source modifiers, naming words (اسمه), function words and the
    generic modifiers of quotes/data/identity.json (العامة، الدولي)."""
    sets = (lex.org_heads, lex.documents, lex.title_heads, lex.anonymous, lex.source_nouns, lex.title_domains,
            lex.title_complements, lex.anonymous_modifiers, lex.called, lex.relational_heads, lex.function_words,
            lex.address_forms, {d for d in lex.issued_documents})
    got = _VOCAB.get(id(lex))
    if got is None:
        out = {bare(k) for s in sets for k in s} | identity_words().generic_modifiers
        got = _VOCAB[id(lex)] = frozenset(out)
    return got


def generic_kind(speaker: str | None, speaker_type: str | None, lex: Lexicon | None = None) -> str | None:
    """Why a speaker names no one in particular, or None when it names someone:
    - "title-only": a title without a name (المتحدث، الرئيس الأمريكي, speaker_type title);
    - "anonymous": an anonymous source (مصدر أمني، مسؤولون);
    - "bare-noun": every word is a generic noun or modifier (الشركة، البيان، وزارة الخارجية، النيابة العامة,
      or a person-typed تقارير/اسمه). A country, nationality or proper name in it (وزارة الخارجية الروسية،
      البيت الأبيض) makes it someone."""
    if not speaker:
        return None
    if speaker_type == "title":
        return TITLE_ONLY
    if speaker_type == "anonymous":
        return ANONYMOUS
    ws = words(speaker)
    if ws and all(w in _vocabulary(lex or lexicon()) for w in ws):
        return BARE_NOUN
    return None
