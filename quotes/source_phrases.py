"""Unnamed sources as phrases: what a source's description runs over (مسؤول بوزارة السياحة، مصدر مطلع على
الاتصال), a name after it (أحد أعضاء الاتحاد، بول إليوت), plural sources with the article (الشهود، النشطاء) and
the source a relay names (عن المسؤول التركي قوله). A part of the mention Parser."""
from __future__ import annotations

from .model import Mention
from .names import NISBA, definite_nisba, is_al
from .name_words import FROM, ON
from .normalize import key

THAT = frozenset(key(w) for w in ("بأن", "وبأن"))    # «that» with ب, which the subordinators leave out
FAMILY_SINGULAR = frozenset(key(w) for w in ("عائلة", "أسرة"))     # (a name may follow the singular only)
MEDIA, PRESS = key("وسائل"), frozenset(key(w) for w in ("إعلام", "الإعلام"))      # وسائل الإعلام: the media
SOME = key("البعض")         # ويرى البعض أن: «some people», the one quantifier that is a source with the article



class SourcePhrases:
    """The unnamed-source readers of the Parser (which provides t, lex, word, function, name_run, _make …)."""

    def _source_body(self, j: int) -> int:
        """Where an unnamed source's body or knowledge ends, from j: a body glued to ب/ل (مسؤول بوزارة السياحة،
        مسؤول بهيئة مصايد الأسماك، مسؤول بالإدارة الأمريكية) or what the source knows of (مصدر مطلع على
        الاتصال الهاتفي); j itself when neither follows."""
        t = self.t
        if self.word(j) and t[j].key[:1] in "بل" and t[j].key in self.lex.org_heads:
            e = j + 1
        elif self.word(j) and t[j].key == ON and t[j - 1].key.startswith("مطلع") and self.word(j + 1) \
                and is_al(t[j + 1].key):
            e = j + 2
        else:
            return j
        # the body's construct and adjectives: وزارة السياحة، هيئة مصايد الأسماك
        while self.word(e) and e - j <= 4 and not self.function(t[e].key) and not self.is_cue(e) \
                and not t[e].key.startswith(("لل", "ولل")) and t[e].key not in self.lex.groups["audiences"] and (
                is_al(t[e].key) or self.word(e + 1) and is_al(t[e + 1].key) and not self.function(t[e + 1].key)):
            e += 1
        return e

    def _source_named_after(self, i: int, j: int) -> Mention | None:
        """أحد أعضاء الاتحاد الإنجليزي، بول إليوت (or …، وهو رحيم غول): an unnamed source's description, a comma
        and a name of two words or more that ends where a speaker ends (a colon, a comma, إن/أن): the person
        named, the description their title."""
        t = self.t
        n = j + 1 if j < len(t) and (t[j].raw in "،," or t[j].key in self.lex.called) else j
        if n > j and t[j].raw in "،," and self.word(n) and t[n].key in self.lex.groups["apposed_pronouns"]:
            n += 1                      # أحد هؤلاء الرجال، وهو رحيم غول،: «he is» and the name
        apposed = n == j and j - i == 2 and (t[i].key in self.lex.title_heads or t[i].key in self.lex.anonymous) \
            and is_al(t[i + 1].key)     # … or مسؤول الشرطة رانجيت سيج راثور: an unnamed head in construct, then a name
        if n == j and not apposed or not self.name_word(n, first=True):
            return None                 # (… ويدعى أنجيلو نيكولو، : the name after «called» too; طبيبة النفس آنا
        ne = self.name_run(n)           # كولوتا: a head in construct, its name right after)
        called = t[j].raw not in "،," and not apposed       # يدعى محمد: one name is enough after «called»
        if ne - n < (1 if called else 2) or not self._name_ends(ne):
            return None                 # (… سعيد منصور لـ"الوطن"، راثور لوكالة الأنباء: whom he told ends the name)
        return self._titled_person(i, j, n, ne)

    def _name_ends(self, ne: int) -> bool:
        """Does a name end at token ne where a speaker's name ends: a colon, a comma, إن/أن, a strong boundary, or
        whom he told (لـ"الوطن"، لوكالة الأنباء)?"""
        t = self.t
        return self._speaker_end(ne) or self.strong_boundary(ne) \
            or ne < len(t) and (t[ne].raw.startswith("لـ") or self._told(ne))

    def definite_single_head(self, k: str) -> bool:
        """Is the key a definite unnamed source's head in the singular (الشاهد، المسؤول، المسؤولة; not الشهود،
        المسؤولون، المسؤولان)?"""
        lex = self.lex
        return is_al(k) and k[2:] in lex.anonymous and not lex.plural_source_word(k, oblique=True) \
            and not k.endswith(("ون", "ين", "ان"))

    def _source_genitive(self, k: str, j: int) -> bool:
        """Is token j an ال-word in construct after the unnamed source head k (مصادر اليونسكو، مسؤول الأمم المتحدة)?
        Not a nisba or a modifier, and not after a plural in ون/ين, which takes no genitive (ووصف ناشطون الوضع بـ)."""
        t = self.t
        return self.word(j) and t[j].key.startswith("ال") and not t[j].key.endswith(("ي", "يه", "ون", "ين")) \
            and not self.function(t[j].key) and t[j].key not in self.lex.anonymous_modifiers \
            and not (k.endswith(("ون", "ين")) and len(k) > 4)

    def quantified_genitive(self, j: int) -> int | None:
        """After أحد/بعض, token j a plural in construct (no ال): how many words its genitive takes — 0 for an
        ال-word (أحد سكان المدينة), a body's name (أحد مسؤولي طالبان), or nouns in construct down to an ال-word (أحد
        نشطاء حراك الريف، إحدى صفحات مشجعي النادي) — or None when no genitive follows."""
        t = self.t
        if not (self.word(j) and self.word(j + 1) and not is_al(t[j].key) and not self.function(t[j].key)
                and not self.is_cue(j)):
            return None
        if is_al(t[j + 1].key) or self.org_at(j + 1):
            return 0 if is_al(t[j + 1].key) else self.org_at(j + 1)
        if t[j].raw.endswith(("ه", "ها", "هم", "هما")):
            return None                     # (على أحد كتفيها شعار هيئة: a word with its owner takes no genitive)
        e = j + 1
        while e - j <= 2 and self.word(e) and not is_al(t[e].key) and not self.function(t[e].key) \
                and not self.is_cue(e):
            e += 1
        return e - j if e - j <= 3 and self.word(e) and is_al(t[e].key) and not self.function(t[e].key) else None

    def family(self, i: int) -> Mention | None:
        """عائلة الضحية، أسرة الشهيد، عائلة تشابمان، ذوو المعتقلين: a family named by whose (an ال-word or a name), a
        group that speaks for itself (وقالت أسرة الشهيد في بيان إن) and is no person of that name."""
        t = self.t
        if t[i].key not in self.lex.groups["families"] or not self.word(i + 1) or self.function(t[i + 1].key) \
                or self.is_cue(i + 1):
            return None
        m = self.mention(i + 1) if is_al(t[i + 1].key) else None
        if m is not None and m.kind in ("person", "title"):
            e = self.an.index_at(m.end)     # أسرة الإعلامي السعودي جمال خاشقجي: whose, with the title and name
        elif is_al(t[i + 1].key):
            e = i + 2
        else:                               # (a name after the singular only: عائلات متحدرة is no family's name)
            e = self.name_run(i + 1) if t[i].key.lstrip("وف") in FAMILY_SINGULAR else i + 1
        return self._make(i, e, None, "anonymous") if e > i + 1 else None

    def provision(self, i: int) -> Mention | None:
        """المادة (55) من الدستور العراقي، الفصل الثالث من القانون، البند 4: an article of a legal text by its number
        (with or without brackets, or an ordinal), and the text it belongs to after من: a document that lays down
        what it says (وتنص المادة …، وأوضحت المادة (30) أنه). A bare head is none (المادة الفعالة: a substance)."""
        t, j = self.t, i + 1
        if j + 2 < len(t) and t[j].raw == "(" and t[j + 1].key.isdigit() and t[j + 2].raw == ")":
            j += 3
        elif self.word(j) and (t[j].key.isdigit() or t[j].key in self.lex.groups["ranks"]):
            j += 1
        else:
            return None
        if self.word(j) and t[j].key == FROM and self.word(j + 1) and (m := self.mention(j + 1)) is not None \
                and m.kind in ("document", "organisation"):
            j = self.an.index_at(m.end)     # … من الدستور العراقي: the text it belongs to
        return self._make(i, j, None, "document")

    def linked_body_end(self, j: int) -> int:
        """After an unnamed source's head, where a link (في، من، لدى، باسم) and the body it names end (مسؤول في
        الخارجية الأميركية، مصدر في قيادة عمليات الأنبار، مصدر مقرب من حكومة دبي), or j when no body follows: a body
        with its head read whole, then ال-words; whom he told ends it (للصحفيين، للصحيفة: NameWords._told)."""
        t, lex = self.t, self.lex
        if not (self.word(j) and t[j].key in lex.groups["source_links"] and self.word(j + 1) and (
                is_al(t[j + 1].key) or t[j + 1].key in lex.org_heads or self.org_at(j + 1))):
            return j
        b = self.mention(j + 1) if t[j + 1].key in lex.org_heads else None
        e = self.an.index_at(b.end) if b is not None and b.kind == "organisation" else j + 1 + (self.org_at(j + 1) or 1)
        while e - 1 > j + 1 and self._told(e - 1):
            e -= 1
        while self.word(e) and is_al(t[e].key) and not self.function(t[e].key) and e - j <= 4 \
                and not self._told(e):
            e += 1
        return e

    def _definite_sources(self, i: int) -> Mention | None:
        """الشهود، المحللون، المراقبون المصريون: plural unnamed sources with the article (those met before)."""
        t, k = self.t, self.t[i].key
        if not (k.startswith("ال") and self.lex.plural_source_word(k, some=k.lstrip("وف") == SOME)) or k.endswith("ين"):
            return None                     # المسؤولين: the verb's object, not its subject
        j = i + 1
        while self.word(j) and j - i <= 2 and definite_nisba(t[j].key, plural=True) \
                and not self.function(t[j].key):
            j += 1                          # … and their nisba adjectives
        if i > 0 and getattr(self.lex.cue(t[i - 1].raw, t[i - 1].key), "object_first", False) \
                and not (self.word(j) and t[j].key[:1] != "ب" and not self.function(t[j].key)):
            return None                     # ووصف النواب بأنهم: the verb's object (but ووصف الأطباء حالته بأنها:
        return self._make(i, j, None, "anonymous")      # another object follows, they are the subject)

    def _media(self, i: int) -> Mention | None:
        """وسائل الإعلام الكورية الجنوبية، وسائل إعلام إسرائيلية: the media, an unnamed source, with its nisba
        adjectives (definite or not, as the genitive is)."""
        t = self.t
        k = t[i].key
        if not (k == MEDIA or k[:1] in "وف" and k[1:] == MEDIA) or not self.word(i + 1) or t[i + 1].key not in PRESS:
            return None
        j = i + 2
        while self.word(j) and j - i <= 4 and t[j].key.endswith(NISBA) and is_al(t[j].key) == is_al(t[i + 1].key) \
                and not self.function(t[j].key):
            j += 1
        return self._make(i, j, None, "anonymous")

    def _definite_pair(self, i: int) -> Mention | None:
        """الجانبان، المسؤولان الأمريكيان، الوزارتان: two speakers met before, as a dual with the article (the
        nominative only: الطرفين is an object), with its dual nisba adjectives."""
        t = self.t
        if t[i].key not in self.lex.pair_heads:
            return None
        j = i + 1
        while self.word(j) and j - i <= 2 and is_al(t[j].key) and t[j].key.endswith(("يان", "يتان")) \
                and not self.function(t[j].key):
            j += 1
        return self._make(i, j, None, "anonymous")

    def _definite_named(self, i: int) -> Mention | None:
        """المسؤول في الجيش الروسي، سيرغي كوريشكين: a definite unnamed head, its words up to a comma, then a name."""
        t, k, j = self.t, self.t[i].key, i + 1
        if k[:2] != "ال" or k[2:] not in self.lex.anonymous:
            return None
        while j < min(i + 9, len(t)) and self.word(j) and not self.is_cue(j):
            j += 1
        return self._source_named_after(i, j) if j + 1 < len(t) and t[j].raw in "،," \
            and self.first_name(t[j + 1].key) else None     # (not الناطق … الجمعة، مقتل فلسطينيين)

    def definite_source(self, i: int, alone: bool = False) -> Mention | None:
        """عن المسؤول التركي قوله: an unnamed source with the article and its nisba, as a relay names it (not read
        as a mention anywhere else: المتحدث الرسمي is a title). `alone`: the head may stand without a nisba, as
        a reporting verb's subject does (وقال الشاهد، وأوضح الموظف)."""
        t = self.t
        k, j = t[i].key if self.word(i) else "", i + 1
        while self.word(j) and definite_nisba(t[j].key) and j - i <= 2:
            j += 1
        return self._make(i, j, None, "anonymous") if k[:2] == "ال" and k[2:] in self.lex.anonymous \
            and (j > i + 1 or alone) else None

    def definite_subject(self, i: int) -> Mention | None:
        """وقال الشاهد، وأوضح الموظف السابق في إدارة السجلات سولومون لارتي: a reporting verb's definite unnamed
        subject in the singular — the person when a name of two words ends its description where a speaker ends,
        else the head and its nisba adjectives (resolved to the source met before by the cast)."""
        t, lex = self.t, self.lex
        k = t[i].key if self.word(i) else ""
        verb = key(getattr(lex.cue(t[i - 1].raw, t[i - 1].key), "lemma", "")) if i > 0 else ""
        if not self.definite_single_head(k) or k[2:] in lex.quantifiers or k[2:] in lex.groups["person_words"] \
                or verb in lex.groups["verbs_object_ba"]:
            return None                 # (وأبلغ المسؤول، ووصف الشاهد بأنه: whom one told or described)
        for n in range(i + 1, min(i + 10, len(t))):
            if not self.word(n) or self.is_cue(n) or t[n].key in lex.groups["relatives"] \
                    or t[n].key in lex.groups["subordinators"] or t[n].key in THAT:
                break                   # (المسؤول الذي فضل عدم الإفصاح: a relative clause, no name; ونوه
                                        # المسؤول بأن الولايات المتحدة ستجري: what he said)
            known = self.first_name(t[n].key) or t[n - 1].key in lex.title_heads or not any(
                is_al(t[x].key) for x in range(n, min(n + 3, len(t))) if self.word(x))    # (not مشاريع الأبحاث إن)
            ne = self.name_run(n, 6) if known and self.name_word(n, first=True) else n
            if ne > n:                  # the first name run: the person if it ends where a speaker ends, or
                if ne - n >= 2 and (self._name_ends(ne) or self.first_name(t[n].key)):   # starts with a first name
                    # (كريستوف هوفمان بلاده: the verb's object follows)
                    return self._titled_person(i, n, n, ne)
                break
        return self.definite_source(i, alone=True)

    def source_before_words(self, i: int) -> Mention | None:
        """عن المسؤول العام عن المسح الجغرافي سوارنا سوبا راو قوله: the source a relay names, read up to the speech
        noun that owns the words; its name is the name run that ends there, its title the words before it (an
        unnamed source or a title head starts it). None when no such noun follows within ten words."""
        t, lex = self.t, self.lex
        head = t[i].key[2:] if self.word(i) and is_al(t[i].key) else ""
        if head not in lex.anonymous and self.title_head(i) is None:
            return None
        x = i + 1
        while x < min(i + 11, len(t)) and self.word(x) and not (
                (own := lex.cues.get(t[x].key)) and own.form == "noun" and t[x].raw.endswith(("ه", "ها"))):
            x += 1
        if x >= len(t) or not self.word(x) or x == i + 1:
            return None
        y = next((y for y in range(i + 1, x) if self.name_word(y, True) and self.name_run(y) == x), x)
        if y == x:
            return self._make(i, x, None, "anonymous" if head in lex.anonymous else "title")
        return self._titled_person(i, y, y, x)
