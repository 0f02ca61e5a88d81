"""Where a body's or a document's phrase ends (وزارة الخارجية البريطانية، منظمة إغاثة النساء، صحيفة «الماركا»
الإسبانية، بعثة الأمم المتحدة للدعم في ليبيا) and which words after its head are adjectives: a mixin of
phrases.Reader, whose token classes (word, function, org_at, title_head, proper …) it reads."""
from __future__ import annotations

from .names import NISBA, bare, is_al, verbal_noun
from .normalize import key

AT_BODY = frozenset(key(w) for w in ("لدى", "ولدى"))     # وفد قطر لدى الأمم المتحدة: where a body sits
PURPOSE_COMPLEMENTS = frozenset(key(w) for w in ("على", "من", "إلى", "عن"))     # للحصول على: a verbal noun's preposition


class BodyReader:
    """Body and document phrases over an Analysis (mixed into phrases.Reader)."""

    def body_adjective(self, j: int, i: int) -> bool:
        """Can the definite word at j be an adjective of the body headed at i (or of the word before it)? Not a
        noun that is the verb's object (ألقت الشرطة القبض، تريد الحكومة البريطانية الحفاظ; see
        _object_after_head, a bare three-letter noun and a فعول one: وتبنى حزب العمال الكردستاني الهجوم), nor a
        masculine nisba agreeing with neither (ذكرت النقابة الإلكتروني…; the feminine الأخرى ends in ى), nor whom
        it told (للصحفيين)."""
        t = self.t
        k = t[j].key
        b = k[3:] if k.startswith("بال") and len(k) >= 6 else k.removeprefix("ال")   # (بالتعليم: ب + ال)
        if k in self.lex.groups["audiences"] or k.startswith("لل") and "ال" + k[2:] in self.lex.groups["year_words"] \
                or self._purpose_at(i, j):
            return False                # قالت الشرطة للصحفيين: whom it told; … للعام: the year its report is for
        if k.startswith("ال") and b in self.lex.bare_org_heads and not b.endswith(NISBA) and is_al(t[i].key):
            return False                # وطالبت المنظمة الحكومة المصرية: another body after a definite one, the object
        if k in self.lex.title_complements or b in self.lex.title_domains:
            return True
        if verbal_noun(b) or (len(b) == 5 and b[0] == "ت" and (b[2] == "ا" or b[3] == "ي") or len(b) == 4 and b[0] == "ت"
                              and b[1] not in "اوي") \
                and not b.endswith(NISBA):     # (التركية، التجاري are nisbas)
            return False                # هيئة المحلفين التشاور، الحكومة اليمنية التعنت: a verbal noun (تفاعل، تفعيل،
                                        # تفعّل، افتعال), the object
        heads = [t[i].key, t[j - 1].key]
        feminine = [h.endswith(("ه", "ات")) for h in heads]
        if len(b) == 3 and not b.endswith("ي") or len(b) == 4 and b[2] == "و" or all(
                self._object_after_head(k, "ه" if f else h) for h, f in zip(heads, feminine)):
            return False
        return not (b.endswith("ي") and not t[j].raw.endswith("ى") and all(feminine))

    def body_end(self, i: int, definite: bool | None = None) -> int:
        """End (exclusive) of a body or document phrase starting with its type head at i: an indefinite head
        takes its name in construct (منظمة إغاثة النساء، شركة موانئ دبي، صحيفة حرييت، مكتب ماكرون، مكتب رئيس
        الوزراء), a quoted name (وكالة أنباء «فارس»), then adjectives with ال, domains and known names (وزارة
        الخارجية البريطانية). A definite noun ends the construct: what follows is an adjective or nothing."""
        t, j = self.t, i + 1
        construct = not (is_al(t[i].key) if definite is None else definite)
        definite = not construct        # a definite head takes adjectives only: البيان الضوء is head and object
        while j - i < 7:
            if j in self.extents and j - i <= 3:
                j, construct = self.extents[j], False
                continue
            if end := self._seat_end(j) or (j + n if (n := self._field_at(j)) else 0):
                j, construct = end, False   # وفد قطر لدى الأمم المتحدة، الاتحاد المصري لكرة القدم
                continue
            if j > i + 1 and self.word(j) and t[j].key == "في" and self.word(j + 1) and self._place_at(j + 1) \
                    and t[i].key not in self.lex.documents:     # (documents holds its forms with ل/ب too)
                j += 1 + self._place_at(j + 1)          # السفارة الكندية في الرياض: where the body sits (not an
                break                                   # outlet's: مراسل صحيفة واشنطن بوست في إيران)
            if (not self.word(j) or self.function(t[j].key, j) or self.is_cue(j)
                    or t[j].key in self.lex.groups["issued"]):
                break           # … and «صادر عن» ends it: بيان صادر عن الجيش
            k, n = t[j].key, self.org_at(j)
            if self._purpose_at(i, j) or t[j - 1].raw in "\"»”" and k.startswith("بال"):
                break           # (… تنظيم "داعش" | بالسيطرة: after a name in marks ب opens the verb's complement)
            if n and (self._told_outlet(j, n) or not construct and not is_al(k)
                      and not (k[:1] == "و" and k[1:] in self.lex.places) and self._place_at(j)
                      or not construct and k.startswith("ال") and k[2:] in self.lex.bare_org_heads):
                break           # زار فريق من منظمة حظر الأسلحة الكيميائية | بريطانيا: a place after a full name is
                                # (or another body: وطالبت المنظمة | الحكومة المصرية)
                                # the verb's object (في الرياض is where it sits, read above); مؤسسة حرية الفكر
                                # والتعبير | لبي بي سي: whom he told
            if n:
                j, construct = j + n, False
            elif self._next_phrase(i, j, definite):
                break
            elif is_al(k) and (definite or not construct and j > i + 1 and not k.endswith(NISBA)) \
                    and not self.body_adjective(j, i):
                break           # (after a genitive too, but for a nisba: هيئة المحلفين التشاور، مكتب تسجيل
                                # البراءات الطلب: head, genitive and the verb's object)
            elif is_al(k) or k in self.lex.title_domains and (construct or k[:1] in "لب"):
                j, construct = j + 1, construct and not is_al(k)    # (a domain only in construct: not the
                                                                    # object of صحيفة "الماركا" الإسبانية مجموعة)
            elif construct and j - i <= 3 and k[:1] not in "لب" and (k in self.lex.title_heads or self.proper(j)):
                j = self._named_after(j)    # (a prepositional phrase ends the name: لجنة وطنية مكلفة بتخصيص …)
            else:
                break
        if j > i + 1 and t[j - 1].key in self.lex.described_by:
            j -= 1              # وكالة أعماق التابعة | لتنظيم …: a description without its complement is no name
        return j

    def _next_phrase(self, i: int, j: int, definite: bool) -> bool:
        """Does the ال-word at j end the body headed at i? After a definite head an ال-noun that is no adjective
        (وألقى البيان الضوء على …; but a title's complement is one: المنسقية العامة), and a title that opens the
        next phrase (شركة مترو جدة الدكتور …، وزارة العدل المفتش العام; not الحزب … المحافظ الذي, nor a nisba
        agreeing with the head: مؤسسة الكنانة الإعلامية الناطقة)."""
        t, k = self.t, self.t[j].key
        if not is_al(k) or k in self.lex.title_domains:
            return False
        if definite and j == i + 1 and not k.endswith(NISBA) and k.removesuffix("ه") not in self.lex.title_complements:
            return True
        return self.title_head(j) is not None and self.word(j + 1) and (
            not self.function(t[j + 1].key, j + 1) or t[j + 1].key in self.lex.title_complements) \
            and not (k.endswith(NISBA) and k.endswith("ه") == t[i].key.endswith("ه"))

    def _purpose_at(self, i: int, j: int) -> bool:
        """Does a purpose start at j, لل and a verbal noun with its preposition, after the head at i alone or after a
        ministry's domain and nationality (تخطط الشركة للإبقاء على، وزارة الخارجية التركية للحصول على): what the body
        did it for? Not after a head and its adjectives, where it is the body's field (اللجنة السعودية للرقابة على
        المنشطات، المكتب الوطني للدفاع عن الأرض)."""
        t = self.t
        if not (self.word(j) and t[j].key.startswith("لل") and self.word(j + 1) and t[j + 1].key in PURPOSE_COMPLEMENTS):
            return False
        return j == i + 1 or j - 2 > i and self.nationality(t[j - 1].key) and bare(t[j - 2].key) in self.lex.title_domains

    def _field_at(self, j: int) -> int:
        """Length in tokens of a body's field after ل at j (لكرة القدم، لحقوق الإنسان، للأنباء: organisations.json
        body_fields), else 0: a subject area, never whom the body told (للصحفيين)."""
        t = self.t
        if not self.word(j) or t[j].key[:1] != "ل":
            return 0
        return next((n for n in range(4, 0, -1) if all(self.word(j + m) for m in range(n))
                     and " ".join(t[j + m].key for m in range(n)) in self.lex.body_fields), 0)

    def owner_end(self, j: int) -> int:
        """End of whose office a generic body word is, written in ل right after it and its adjectives (المكتب الإعلامي
        لقوات سوريا الديموقراطية، لرئيس الوزراء، لرضا بهلوي), or j when none: a body, a title or a person's name."""
        t = self.t
        if not self.word(j) or t[j].key[:1] != "ل" or t[j].key.startswith("لل") or len(t[j].key) < 4 \
                or t[j].key in self.lex.groups["audiences"]:
            return j
        rest = t[j].key[1:]
        if bare(rest) in self.lex.outlet_heads:
            return j                    # المكتب الإعلامي لوكالة الأنباء: the outlet it told
        if bare(rest) in self.lex.bare_org_heads:
            return max(self.body_end(j), j + 1)
        if self.lex.title_heads.get(rest) is not None:
            e = self.title_end(j)       # … and the holder's name (لرئيس اللقاء العلمائي الشيخ عباس الجوهري); a head
            return max(e, self.name_run(e)) if e > j + 1 else j     # read alone is cut short: none then
        return self.name_run(j + 1) if self.first_name(rest) and self.name_word(j + 1, False) else j

    def _seat_end(self, j: int) -> int:
        """End of «لدى» and the body or ال-noun after it, where a body sits (وفد قطر لدى الأمم المتحدة); 0 if none."""
        t = self.t
        if self.word(j) and t[j].key in AT_BODY and self.word(j + 1) and (self.org_at(j + 1) or is_al(t[j + 1].key)):
            return j + 1 + (self.org_at(j + 1) or 1)
        return 0

    def _place_at(self, j: int) -> int:
        """Length in tokens of a place name at j (الرياض، الولايات المتحدة), else 0."""
        n = self.org_at(j)
        return n if n and " ".join(self.t[x].key for x in range(j, j + n)) in self.lex.places else 0

    def _named_after(self, j: int) -> int:
        """A body named after a person takes the whole name and its field (مركز محمد بن راشد للفضاء، جامعة
        محمد بن سعود للعلوم); any other word of a construct name is one word."""
        e = self.name_run(j)
        if e <= j + 2 or not any(self.t[m].key in self.lex.lineage for m in range(j + 1, e)):
            return j + 1
        k = self.t[e].key if self.word(e) else ""
        return e + (k.startswith("لل") and len(k) > 4 and not self.function(k, e))
