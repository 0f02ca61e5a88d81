"""The text-owner sieve: a reporting verb with «in it» after it (قال فيها، وصف فيه) reports a text the sentence named
just before: a tweet, a statement, an article, remarks. Its speaker is the text's owner, named right after the text
noun (تغريدة ترامب، تعليقا لرجل الدين مقتدى الصدر، تصريحات أدلى بها الوزير، بيان أصدرته الوزارة), not the subject of
another cue of the sentence (المحامون أشاروا إلى تصريحات أدلى بها الوزير … قال فيها)."""
from __future__ import annotations

from .names import NISBA, bare, is_al
from .normalize import key
from .sieve_base import Ctx, Found, Sieve

IN_IT = frozenset(key(w) for w in ("فيه", "فيها", "فيهما", "فيهم"))
GAVE = frozenset(key(w) for w in ("أدلى", "أدلت", "أطلقه", "أطلقها", "نشره", "نشرها", "نشرته", "كتبه", "كتبها",
                                  "كتبته", "ألقاه", "ألقاها", "ألقته", "وجهه", "وجهها", "وجهته"))
WITH_IT = frozenset(key(w) for w in ("بها", "به"))     # أدلى بها: «gave it»
ADDRESSED = frozenset(key(w) for w in ("رسالة", "رسالته", "خطاب", "برقية", "مذكرة"))   # with ل: whom it was sent
REACH = 16                  # tokens back from the verb to the text noun
OWNERS = ("person", "title", "organisation", "anonymous")


class TextOwner(Sieve):
    name = "text-owner"
    why = "a verb with «in it» (قال فيها) reports the text named just before it: its owner speaks (تغريدة ترامب … قال فيها)"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        s, t = c.s, c.s.an.tokens
        if c.cue.form != "verb" or c.ci + 1 >= len(t) or t[c.ci + 1].key not in IN_IT:
            return None
        first = s.an.sentence_start(c.ci)
        for d in range(c.ci - 1, max(first, c.ci - REACH) - 1, -1):
            if self._text_noun(c, d) and (found := self._owner(c, d)) is not None:
                return found
        return None

    @staticmethod
    def _text_noun(c: Ctx, d: int) -> bool:
        """Is token d a noun of a text (a speech noun, a document, a medium: تغريدة، تصريحات، بيان، صفحة)?"""
        s, k, raw = c.s, c.s.an.tokens[d].key, c.s.an.tokens[d].raw
        if not s.p.word(d) or raw.endswith(("ه", "ها", "هم")) and len(k) > 4:
            return False                # (تغريدته: his own, the sentence's subject; ClauseSubject reads it)
        b = bare(k.removeprefix("و")).removeprefix("ب").removeprefix("ل").removesuffix("ا")     # تعليقا: accusative
        info = s.lex.cues.get(k) or s.lex.cues.get(k.removesuffix("ا"))
        return info is not None and info.form == "noun" or b in s.lex.documents or bare(b) in s.lex.groups["owner_nouns"]

    def _owner(self, c: Ctx, d: int) -> Found | None:
        """The owner named after the text noun at d: past one adjective (تعليقا مطولا), the one who gave it
        (أدلى بها الوزير، نشره الموقع) or the one in construct or with ل (تغريدة ترامب، بيان لوزارة الخارجية)."""
        s, t = c.s, c.s.an.tokens
        j = d + 1
        if s.p.word(j) and t[j].key.endswith(NISBA) and not is_al(t[j].key) and t[j].key not in GAVE \
                and not s.p.function(t[j].key) and s.p.mention(j) is None:
            j += 1
        if s.p.word(j) and t[j].key in GAVE:
            j += 1 + (s.p.word(j + 1) and t[j + 1].key in WITH_IT)
        letter = bare(t[d].key.removeprefix("و")) in ADDRESSED and t[j].key[:1] == "ل"    # رسالة لعضو في المجلس: to him
        m = s.p.mention(j, allow_prefix=True) if j < c.ci and s.p.word(j) and not s.p.function(t[j].key) \
            and not letter else None
        known = s._known(m, j) if m is not None and m.kind == "person" and not m.title else None
        medium = bare(bare(t[d].key.removeprefix("و")).removeprefix("ب")) in s.lex.groups["owner_nouns"]
        if m is None or m.kind not in OWNERS or s.an.index_at(m.end) > c.ci or medium and s.lex.is_outlet(m.text) \
                or m.kind == "person" and not m.title and known is None and " " not in m.name.strip():
            return None         # (no owner, the platform of a medium: موقع تويتر, or a word the article does not know as a
                                # name: the next text back)
        return self.found(c, known or s.cast.speaker_of(m, j), m)     # (تغريدة ترامب بعيد القمة: the known name)
