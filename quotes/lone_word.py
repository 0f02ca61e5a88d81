"""A lone word is no name: the last check on a sieve's answer. A sieve that reads a speaker at a word may read
an ordinary word there — a common noun the article also writes with ال (وقال صوت الرجل … الصوت), a noun with
its pronoun (جروحها، زوارها), a news verb — and such a «person» is then no speaker. Each rule
is small, ordered, and returns its reason (as spans.not_quote_reason does); `no_name_reason` runs them. The
sieve's answer is then rejected with that reason in the trace, and the next sieve tries.

A one-word person is read whole; a longer one by its first word (فترة إغلاق، تفاصيل لقائه), unless it has a
title, a given name or a registry spelling among its words, or is a family's X الX. A word the article gives as
part of a longer name (a cast entity's), a given name, a registry person's and a word for someone (امرأة،
مصدران، عائلة) are always kept."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import regex

from .normalize import key

if TYPE_CHECKING:
    from .cast import Cast, Speaker

WORD = regex.compile(r"\p{L}")
PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم")      # (not ـه: طه، عبده; not ـنا: آنا، لينا)
PREFIXES = ("ب", "ل", "ك")                         # بوجود، للعربية، كأنما


def _not_a_word(w: str, k: str, cast: Cast) -> str | None:
    """A mark or a digit read as a name («،»)."""
    return "no letter in it" if not WORD.search(w) else None


def _verb(w: str, k: str, cast: Cast) -> str | None:
    """A form of a frequent news verb (common_verbs.json: عاد، وصل، ظهر), also with the future's س (ستجري), or of
    a reporting verb (قال، أكد)."""
    if k[:1] == "س" and k[1:2] in "يتن" and k[1:] in cast.lex.common_verbs:
        return "a verb in the future"   # (ستجري مناقشات، سيعود: س before the verb's present)
    cue = cast.lex.cues.get(k)
    return "a verb" if k in cast.lex.common_verbs or cue is not None and cue.form == "verb" else None


def _with_pronoun(w: str, k: str, cast: Cast) -> str | None:
    """A noun with an attached pronoun (زوارها، جروحها، عنهم; a noun in ة with «our»: سعادتنا): his/her/their
    something is no one's name."""
    ours = len(w) >= 5 and w.endswith("تنا")        # سعادتنا، حكومتنا: a noun in ة with «our»
    return "a word with an attached pronoun" if ours or len(w) >= 4 and w.endswith(PRONOUN_ENDINGS) else None


def _definite(w: str, k: str, cast: Cast) -> str | None:
    """The article writes the word with the article elsewhere (سنة … السنة، معنى … المعنى): a common noun,
    since a foreign surname never takes ال. Not a noun of agent (وقال متدرب من طالبان: a trainee speaks) nor a
    nisba plural (شهادات عن عراقيين: Iraqis speak), which name someone though the article uses them with ال."""
    if _someone_by_shape(k):
        return None
    return "the article writes it with ال" if "ال" + k in cast.word_positions() else None


def _someone_by_shape(k: str) -> bool:
    """Is the word shaped as a noun of agent or a nisba plural, which name someone though the article writes them
    with ال (وقال متدرب من طالبان، شهادات عن عراقيين)?"""
    return len(k) >= 5 and k.startswith("م") or k.endswith(("يين", "يون"))


def _preposition(w: str, k: str, cast: Cast) -> str | None:
    """A preposition glued to a noun the article writes with the article (بوجود … الوجود، للعربية), or to a
    noun with «his» (وغرد بحسابه في تويتر: ب + حساب + ه)."""
    if not w.startswith(PREFIXES) or len(k) < 4:
        return None
    rest = k[2:] if k.startswith("لل") else k[1:]
    if "ال" + rest in cast.word_positions() or k.startswith("لل"):
        return "a preposition on a noun"
    return "a preposition on a noun with his pronoun" if w[:1] in "بل" and w.endswith("ه") and len(w) >= 5 else None
    # (not ك: كزافييه، كريستيانو start names)


def _agent_shape(k: str) -> bool:
    """A noun of agent, فاعل or a nisba plural: someone, though news writes it with ال (مستخدم، سائق، عراقيين)."""
    return _someone_by_shape(k) or len(k) == 4 and k[1] == "ا"


def _common_noun(w: str, k: str, cast: Cast) -> str | None:
    """Arabic news writes the word with ال (common_nouns.json: السنة، الخبر، المعلومات), though this article may
    not: a common noun, unless shaped as someone. Only a word read alone: a longer name may open
    with such a word (فجر فردوس)."""
    nouns = cast.lex.common_nouns
    if len(k) >= 5 and w[-1] == "ه" and k[:-1] in nouns and not _agent_shape(k[:-1]):
        return "a common noun with his pronoun"     # موقفه، تصريحاته (not ي: عراقي is also a nisba; not سائقه)
    if _agent_shape(k) and not (w.endswith("ة") and len(k) == 5) or k.endswith(("ي", "ون")):
        return None             # … nor فاعل, a nisba, a plural in ون or a noun of agent (وقال سائح، قال عسكري،
                                # وقال آخرون، قال متدرب، مراهقة; but a مفعلة noun: مسيرة هذا الرجل; a word in ية
                                # is rejected: هوية، أهمية are nouns far more often than a feminine nisba)
    return "news writes it with ال" if k in nouns else None


def _accusative_nisba(w: str, k: str, cast: Cast) -> str | None:
    """A nisba adjective in the accusative (تحذيريا، رسميا: a common noun, then ي and ا), no name in يا (ماريا)."""
    return "an adjective in the accusative" if len(k) >= 6 and k.endswith("يا") and k[:-2] in cast.lex.common_nouns \
        else None


def _accusative_agent(w: str, k: str, cast: Cast) -> str | None:
    """A noun of agent فاعل in the accusative (لا يرى مانعا، قاطعا، سابقا: the object or an adverb), no name: given
    names of that shape are kept before the rules run (كارلا، باولا), and none in يا is read so (ناديا، ماريا)."""
    return "a noun in the accusative" if len(k) == 5 and k[1] == "ا" and k.endswith("ا") and k[3] != "ي" else None


RULES: tuple[Callable[[str, str, "Cast"], str | None], ...] = (_not_a_word, _verb, _with_pronoun, _definite,
                                                               _preposition, _accusative_nisba, _common_noun,
                                                               _accusative_agent)


def no_name_reason(sp: Speaker, cast: Cast) -> str | None:
    """Why the person `sp` is ordinary words and no name; None when it may be a name. A one-word person is
    read whole; a longer one by its first word, unless one of its words is a given name or it is a registry
    person's (فترة إغلاق، حادثة مقتل، بهدف صنع: the first word is a common noun, so the rest is no name), or
    when every word is an ordinary word (مثال واضح، وجود حقيقة)."""
    if sp.type != "person":
        return None
    words = sp.name.split()
    lex = cast.lex
    if not words or key(sp.name) in lex.known_people or len(words) > 1 and (sp.title or any(
            key(x) in lex.native_given or key(x) in lex.foreign_given or key(x) in lex.known_people
            or key(x) == "ال" + key(words[0]) for x in words)):
        return None                 # (رئيس نادي فيد مثيب المثيب: a title holder's name; X الX is a family's)
    w = words[0]
    k = key(w)
    if k in lex.native_given or k in lex.foreign_given or _someone(k, lex) or len(words) == 1 and _in_longer_name(k, cast):
        return None
    titled = len(words) > 1 and any(e.titles for e in cast.spoken.get(sp.key, {}).values())
    for rule in RULES[1:-2] if len(words) > 1 else RULES:     # (a longer name may open with such words)
        if titled and rule is _definite:
            continue                    # أكبر الباكر, introduced with his title: a name though الأكبر is a word
        reason = rule(w, k, cast)
        if reason is not None:
            return reason if len(words) == 1 else f"its first word: {reason}"
    if len(words) > 1 and all(_ordinary(key(x), cast) for x in words):
        return "every word an ordinary word"    # مثال واضح، وصناعة الاهتمامات: nouns and verbs, no name
    if len(words) == 2 and words[1].startswith("و") and all(x.endswith("ة") for x in words):
        return "two words joined by و"          # متعبة وحزينة: two adjectives or nouns in ة, no name (a given name
    return None                                 # in ة is kept above: فاطمة وعائشة)


def _ordinary(k: str, cast: Cast) -> bool:
    """Is the key an ordinary word: a common noun (common_nouns.json, or written with ال in the article), or one
    with و/ف/ب/ل before it or his pronoun after it, or a news verb?"""
    nouns, at, lex = cast.lex.common_nouns, cast.word_positions(), cast.lex
    b = k.removeprefix("ال")
    if _someone(b, lex) or _agent_shape(b) or b[:1] == "م" and len(b) == 4 and b[2] not in "اوي" or k in lex.native_given \
            or k in lex.foreign_given or b in lex.title_domains or "ال" + b in lex.title_domains or b in lex.org_heads \
            or b in lex.groups["body_plurals"]:
        return False                    # (مصرفي كبير، منظم المزاد، المسؤول اليمني، آمنة المقطري: someone or a name; وزراء
                                        # المالية، وسائل إعلام، أجهزة الإطفاء: a domain or bodies name whose
                                        # words they are)
    if k.startswith("ال"):
        return k[2:] in nouns           # (the article's own ال-word says nothing: القلالي)
    forms = {k} | {k[1:] for p in "وفبل" if k.startswith(p) and len(k) > 3} | ({k[:-1]} if k.endswith("ه") else set())
    return k in lex.common_verbs or any(f in nouns or "ال" + f in at for f in forms if len(f) >= 3)


def _someone(k: str, lex) -> bool:
    """A word for a person, a source or a family, alone, in the dual or plural or with its owner's pronoun
    (امرأة، مغرد، مصدران، زعماؤها، قادتها، عائلة فراز): no name, but a speaker all the same."""
    nouns = (lex.person_nouns, lex.anonymous, lex.title_heads, lex.groups["families"])
    return any(w in n for n in nouns for w in _stems(k))


def _stems(k: str) -> set[str]:
    """k and k without a dual or plural ending or a possessive pronoun (the hamza's seat before it written ء:
    زعماوها → زعماء; قادتها → قاده; مسوولوها → مسوول)."""
    out = {k}
    for e in ("هما", "ها", "هم", "ه"):
        if k.endswith(e) and len(k) > len(e) + 2:
            s = k[:-len(e)]
            out |= {s, s[:-1] + "ء" if s.endswith("و") else s, s[:-1] + "ه" if s.endswith("ت") else s,
                    s[:-1] if s.endswith(("و", "ي")) else s}     # مسؤولوها: a sound plural in construct
    return out | {k[:-2] for e in ("ان", "ون", "ين") if k.endswith(e)}


def _in_longer_name(k: str, cast: Cast) -> bool:
    """Is the word part of a longer name the article gives (a cast entity of two words or more)?"""
    return any(len(e.keys) > 1 for e in cast.by_key.get(k, ()))
