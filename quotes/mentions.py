"""Mentions: the speaker phrase that starts at a token — a person with or without a title, a titled office
with no name, a body, an unnamed source, a document — split into title and name."""
from __future__ import annotations

from .model import Mention
from .names import GENERIC_ORG, bare, is_al
from .phrases import Reader


class Parser(Reader):
    """Reads the mention starting at a token (memoised: mentions are immutable)."""

    def mention(self, i: int, allow_prefix: bool = False) -> Mention | None:
        """The speaker mention starting at token i, if one does (memoised: Mentions are immutable)."""
        k = (i, allow_prefix)
        if k in self._mention:
            return self._mention[k]
        m = self._mention[k] = self._mention_uncached(i, allow_prefix)
        return m

    def _mention_uncached(self, i: int, allow_prefix: bool = False) -> Mention | None:
        if 0 <= i < len(self.t) and self.t[i].raw == "(" and not self.an.masked[i]:
            j = self.name_run(i + 1)
            if j > i + 1 and j < len(self.t) and self.t[j].raw == ")":
                name = self.an.text[self.t[i + 1].start:self.t[j - 1].end]
                return Mention(self.t[i].start, self.t[j].end, self.an.text[self.t[i].start:self.t[j].end], name,
                               None, "person")       # ويقول (خينغ كونغ سان) مدير جمعية …
            return None
        if not self.word(i):
            return None
        t = self.t
        k = t[i].key
        for words, speaker in self.lex.formula_speakers:     # قال تعالى، قال صلى الله عليه وسلم
            if k == words[0] and all(i + n < len(t) and t[i + n].key == w for n, w in enumerate(words) if n):
                end = t[i + len(words) - 1].end
                return Mention(t[i].start, end, self.an.text[t[i].start:end], speaker, None, "person")
        # a prepositional phrase is not a subject: للصحفيين، لمعهد، بالرئيس، لـCNN
        if not allow_prefix and self.t[i].raw.startswith(("لـ", "بـ", "ولـ", "وبـ")):
            return None
        if not allow_prefix and (k.startswith(("لل", "بال", "ولل", "وبال")) or (
                k[:1] in "لب" and (k[1:] in self.lex.org_heads or k[1:] in self.lex.documents
                                   or k[1:] in self.lex.name_nouns or k[1:] in self.lex.anonymous
                                   or k[1:] in self.lex.places or k[1:] in self.lex.org_names
                                   or self._prefixed_name(i)))):
            return None
        # an unnamed spokesperson of a body: متحدث باسم الخارجية الأمريكية
        if k in self.lex.anonymous and k in self.lex.title_heads and self.word(i + 1) and (
                self.t[i + 1].key in self.lex.title_complements or is_al(self.t[i + 1].key)
                and not self.t[i + 1].key.endswith(("ي", "يه"))):
            te = self.title_end(i)
            if self.name_run(te) == te:
                return self._make(i, te, None, "anonymous")
        # an unnamed source: مسؤول أمريكي، مصادر مطلعة، مصدر دبلوماسي رفيع
        if k in self.lex.anonymous:
            j = i + 1
            if self.word(j) and t[j].key.startswith("ال") and not t[j].key.endswith(("ي", "يه", "ون", "ين")) \
                    and not self.function(t[j].key) and t[j].key not in self.lex.anonymous_modifiers:
                j += self.org_at(j) or 1        # مصادر اليونسكو، مسؤول الأمم المتحدة: a source of a body
            if k in ("احد", "احدي", "بعض", "عدد") and self.word(j) and t[j].key == "من":
                j += 1                          # عدد من المسؤولين
            if j > i + 1 or k in ("احد", "احدي", "بعض", "عدد"):
                while self.word(j) and t[j].key.startswith("ال") and not self.function(t[j].key) and j - i <= 3:
                    j += 1                      # أحد العاملين، بعض المسؤولين الأمريكيين
            while self.word(j) and j - i <= 3 and (t[j].key in self.lex.anonymous_modifiers or (
                    not is_al(t[j].key) and t[j].key.endswith(("ي", "يه", "يون", "يين")) and len(t[j].key) > 3
                    and not self.function(t[j].key))):
                j += 1
            if self.word(j) and t[j].key in ("في", "ب", "من", "لدى", "داخل", "باسم") and self.word(j + 1) and (
                    is_al(t[j + 1].key) or t[j + 1].key in self.lex.org_heads or self.org_at(j + 1)):
                e = j + 1
                e += self.org_at(e) or 1
                while self.word(e) and is_al(t[e].key) and not self.function(t[e].key) and e - j <= 4:
                    e += 1
                j = e
            return self._make(i, j, None, "anonymous")
        head = self.title_head(i)
        if head is not None:
            return self._titled(i)
        n = self.org_at(i)
        if n:
            j = i + n
            # المجلس الوطني السوري، الحكومة اليمنية: a generic body word keeps its adjectives
            if n == 1 and bare(k) in GENERIC_ORG | {"مجلس", "رياسه", "جيش", "حكومه"}:
                while self.word(j) and is_al(t[j].key) and not self.function(t[j].key) and j - i < 5:
                    j += 1
            return self._make(i, j, None, "organisation")
        if k in self.lex.org_heads or k in self.lex.documents:
            j = i + 1
            while self.word(j) and j - i < 6 and (is_al(t[j].key) or t[j].key in self.lex.title_domains
                                                   or self.org_at(j)) and not self.function(t[j].key):
                j += self.org_at(j) or 1
            if j < len(t) and j in self.extents and j - i <= 2:      # صحيفة «نيويورك تايمز»
                end = self.extents[j]
                return Mention(t[i].start, t[end - 1].end, self.an.text[t[i].start:t[end - 1].end],
                               self.an.text[t[i].start:t[end - 1].end], None,
                               "document" if k in self.lex.documents else "organisation")
            return self._make(i, j, None, "document" if k in self.lex.documents and k not in self.lex.org_heads
                              else "organisation")
        if allow_prefix and k[:1] in "لب" and len(k) > 3:
            j = self.name_run(i)
            if j > i:
                m = self._make(i, j, None, "person")
                raw = m.name[1:].lstrip("\u0640") if m.name[:1] in "لب" else m.name
                return Mention(m.start, m.end, m.text, raw, None, "person")
        called = self._called(i + 1) if not is_al(k) else None
        if called is not None:          # مشاركة تدعى ميليسا: a person described, then named
            return Mention(t[i].start, t[called - 1].end, self.an.text[t[i].start:t[called - 1].end],
                           self.an.text[t[i + 2].start:t[called - 1].end], t[i].raw, "person")
        j = self.name_run(i)
        if j > i:
            return self._make(i, j, None, "person")
        return None

    def _titled(self, i: int) -> Mention:
        """A title phrase, then a name after it or in apposition (الرئيس الروسي فلاديمير بوتين،
        كبير مساعدي …، يوري أوشاكوف،), or no name at all (الوزير، مساعد الكرملين)."""
        t = self.t
        te = self.title_end(i)
        called = self._called(te)
        if called is not None:          # رجل يدعى ماركوس ناسيمنتو: the name after «called»
            return Mention(t[i].start, t[called - 1].end, self.an.text[t[i].start:t[called - 1].end],
                           self.an.text[t[te + 1].start:t[called - 1].end], self.an.text[t[i].start:t[te - 1].end],
                           "person")
        head_has_al = is_al(t[i].key)
        # a head about another person (مستشار بوتين), unless its pronoun is that person (شقيقه أحمد الحربي)
        relational = (t[i].key in self.lex.relational_heads and not head_has_al
                      and not t[i].raw.endswith(("ه", "ها", "هم", "هما")))
        ne = self.name_run(te)
        if te == i + 1 and t[i].raw.endswith(("ه", "ها", "هم")) and self._possessive_head(i):
            ne = te             # سموه، معاليه: the head refers back to someone; a verb may follow (سموه يتفقد)
        if (ne > te and t[te].key.startswith("و") and t[te].key not in self.lex.native_given
                and not t[te].raw.startswith(("وا", "وي", "ول", "وو"))
                or ne > te and t[te].key.startswith("و") and t[te - 1].key in self.lex.title_complements):
            ne = te             # رجل الأعمال السابق ويوري أوشاكوف: «and Yuri Ushakov», another person
        if ne == te and te < len(t) and t[te].raw in "،," and self.word(te + 1):
            ne2 = self.name_run(te + 1)       # apposition: TITLE، NAME،
            if ne2 > te + 1 and (ne2 >= len(t) or not self.word(ne2) or self.function(t[ne2].key)):
                return Mention(t[i].start, t[ne2 - 1].end, self.an.text[t[i].start:t[ne2 - 1].end],
                               self.an.text[t[te + 1].start:t[ne2 - 1].end],
                               self.an.text[t[i].start:t[te - 1].end], "person")
        if ne == te:
            return self._make(i, te, None, "title")
        n_words = sum(1 for k in range(te, ne) if t[k].key not in self.lex.particles)
        if relational and te == i + 1 and n_words == 1 and ne < len(t) and self.word(ne) and is_al(t[ne].key):
            # مبعوث ترمب الخاص كيث كيلوج: head + person + adjectives, then the name
            te2 = ne
            while self.word(te2) and is_al(t[te2].key) and not self.function(t[te2].key):
                te2 += 1
            ne2 = self.name_run(te2)
            if ne2 > te2:
                return Mention(t[i].start, t[ne2 - 1].end, self.an.text[t[i].start:t[ne2 - 1].end],
                               self.an.text[t[te2].start:t[ne2 - 1].end],
                               self.an.text[t[i].start:t[te2 - 1].end], "person")
        # a title about another person (مستشار بوتين، المبعوث الخاص للرئيس الأمريكي دونالد ترامب ستيف
        # ويتكوف): the first words of the name belong to the title
        inner = any(self.title_head(k) is not None for k in range(i + 1, te))
        refers = relational or any(t[k].key.startswith(("لل", "ولل")) and self.title_head(k) is not None
                                   for k in range(i + 1, te))      # للرئيس …, not للإدارة
        cut = te
        if refers:
            if relational and te == i + 1 and n_words == 1:
                return self._make(i, ne, None, "title")          # محاور ويتكوف: nobody named
            if te == i + 1 and n_words == 2 and t[i].key in self.lex.kinship_heads:
                return self._make(i, ne, None, "title")          # والد آدم الجزيري: the father of the man named
            if relational and inner and n_words <= 2:
                return self._make(i, ne, None, "title")          # لمستشار الرئيس الروسي فلاديمير بوتين
            if n_words >= 4:
                cut = te + (ne - te) // 2
            elif n_words == 3 or (relational and te == i + 1 and n_words == 2):
                cut = te + 1
        title = self.an.text[t[i].start:t[cut - 1].end]
        return Mention(t[i].start, t[ne - 1].end, self.an.text[t[i].start:t[ne - 1].end],
                       self.an.text[t[cut].start:t[ne - 1].end], title, "person")

    def _called(self, j: int) -> int | None:
        """End of the name after «called» at token j (يدعى، تدعى، يسمى، اسمه), or None."""
        if j + 1 < len(self.t) and self.word(j) and self.t[j].key in self.lex.called:
            ne = self.name_run(j + 1)
            if ne > j + 1:
                return ne
        return None

    def _make(self, i: int, j: int, title: str | None, kind: str) -> Mention:
        t = self.t
        text = self.an.text[t[i].start:t[j - 1].end]
        name = text
        if kind == "title":
            return Mention(t[i].start, t[j - 1].end, text, "", text, "title")
        return Mention(t[i].start, t[j - 1].end, text, name, title, kind)


# ---------------------------------------------------------------- resolution
