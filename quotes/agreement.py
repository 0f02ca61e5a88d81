"""Who a verb with no subject of its own agrees with in its sentence: a plural verb (ودعوا، وقالوا) takes up the
plural source the sentence names (غضب الناشطين الفلسطينيين … ودعوا), a feminine one the one woman it names with
her title (من المطربة اللبنانية يارا …، حيث غردت قائلة). Read only within the sentence, nearest first; None when
the sentence names none (or, for a woman, more than one)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cast import Speaker
from .model import Cue, Mention
from .names import definite_nisba
from .normalize import key

if TYPE_CHECKING:
    from .subjects import Subjects


def agreeing_in_sentence(s: Subjects, ci: int, cue: Cue) -> Speaker | None:
    """The speaker the verb at ci agrees with in its sentence, by its number and gender (see the module)."""
    if cue.plural:
        return _plural_source(s, ci)
    return _one_woman(s, ci) if cue.feminine else None


def _plural_source(s: Subjects, ci: int) -> Speaker | None:
    """The nearest plural source word before ci in its sentence (الناشطين الفلسطينيين), with its nisba adjectives."""
    t, first = s.an.tokens, s.an.sentence_start(ci)
    for k in range(ci - 1, first - 1, -1):
        if not s.p.word(k) or k in s.p.extents:
            continue
        if s.lex.plural_source_word(t[k].key, oblique=True, some=False):
            e = k + 1
            while s.p.word(e) and e < ci and definite_nisba(t[e].key, plural=True):
                e += 1
            text = s.an.text[t[k].start:t[e - 1].end]
            return s.cast.speaker_of(Mention(t[k].start, t[e - 1].end, text, text, None, "anonymous"), k)
    return None


def _one_woman(s: Subjects, ci: int) -> Speaker | None:
    """The one person named with a feminine title before ci in its sentence (المطربة اللبنانية يارا)."""
    t, first, found = s.an.tokens, s.an.sentence_start(ci), []
    k = first
    while k < ci:
        m = s.p.mention(k) if s.p.word(k) and s.p.title_head(k) is not None else None
        if m is not None and m.kind in ("person", "title") and m.title and t[k].raw.rstrip("\u064b").endswith("ة"):
            sp = s.cast.speaker_of(m, k)
            if sp.type == "person":     # … or a title apposed to her name (كاتي إلين، مديرة منظمة العفو الدولية)
                found.append(sp)
            k = s.an.index_at(m.end)
            continue
        k += 1
    return found[0] if len({f.name for f in found}) == 1 else None


def plural_source(sp: Speaker, lex) -> bool:
    """Is the speaker a plural unnamed source (مصادر، المسؤولون، شهود) or a pair (الجانبان، المسؤولان)?"""
    first = key(sp.name).split()[0] if sp.name.strip() else ""
    return sp.type == "anonymous" and (lex.plural_source_word(first) or first.lstrip("وف") in lex.pair_heads)


def one_person(sp: Speaker | None) -> bool:
    """Is the speaker one person or one body, which a plural verb (وقالوا، وأضافوا) does not take up? Not two
    joined by و, nor a lone word in the dual or plural with his/her (نجلاه، أبناؤه: his two sons, his children)."""
    return sp is not None and sp.type in ("person", "organisation") and " و" not in sp.name and not (
        " " not in sp.name.strip() and key(sp.name).endswith(DUAL_PLURAL_POSSESSED))


DUAL_PLURAL_POSSESSED = tuple(key(w) for w in ("اه", "اها", "ؤه", "ؤها", "ئه", "ئها"))   # (not أبوه: his father)
