"""Stage 4: speakers. Reads each cue's subject (after the verb, before it, in apposition, or the speaker
the reader infers), resolves surnames and title-only mentions to the people the article introduced, and
gives every spelling of one name the same matching key."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .cues import Link
from .lexicon import Lexicon, lexicon
from .model import Attribution, Cue, Mention
from .normalize import key
from .text import Analysis, Token

# ---------------------------------------------------------------- name keys (speaker ids)

_VOWELS = str.maketrans("", "", "اويى")
_CLASSES = str.maketrans({"غ": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "ث": "س",
                          "و": "ف", "ه": "", "ة": ""})


_SOUNDS = str.maketrans({"غ": "ج", "ط": "ت", "ة": "ه"})


def token_key(word: str, lex: Lexicon | None = None) -> str:
    """Spelling-independent key of one name word. Transliterated names vary in long vowels and in
    ج/غ, ت/ط, و/ف (ترامب/ترمب, سيرجي/سيرغي, ويتكوف/فيتكوف, دميتري/ديمتري): the key keeps the first
    letter class and the consonant skeleton. Native Arabic given names keep their spelling (محمد ≠ محمود)."""
    lex = lex or lexicon()
    k = key(word).replace(" ", "")
    if k in lex.native_given or k.startswith("عبد") or len(k) <= 2:
        return k
    head, rest = k[0], k[1:]
    skel = rest.translate(_VOWELS).translate(_CLASSES)
    skel = "".join(ch for i, ch in enumerate(skel) if i == 0 or ch != skel[i - 1])
    if len(skel) >= 3:
        return head.translate(_CLASSES) + skel
    # a short name keeps its vowels (ايمري ≠ أمرا, بوتين ≠ بايدن); only letters that transliterate one
    # sound fold (سيرجي = سيرغي, كيلوج = كيلوغ)
    return k.translate(_SOUNDS)


def name_key(name: str, lex: Lexicon | None = None) -> str:
    """Key of a full name: the keys of its words, particles kept as written."""
    lex = lex or lexicon()
    words = key(name).split()
    return " ".join(w if w in lex.particles else token_key(w, lex) for w in words)


# ---------------------------------------------------------------- document entities

@dataclass
class Entity:
    """A person the article names, with every title it gives them."""
    name: str                       # fullest form seen
    keys: list[str]                 # token keys of the fullest form
    titles: list[str] = field(default_factory=list)     # title phrase keys
    heads: set[str] = field(default_factory=set)        # title head keys (الرئيس → رئيس)
    last_seen: int = 0


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    key: str
    title: str | None
    type: str                       # person | organisation | anonymous | document | title
    feminine: bool = False


SOURCE_DOCS = frozenset({"بيان", "صحيفه", "وكاله", "موقع", "تقرير", "مصادر", "مصدر", "شبكه", "قناه", "مجله",
                         "دراسه", "رساله", "وثيقه", "مذكره", "بلاغ"})
GENERIC_ORG = frozenset({"وزاره", "حكومه", "شركه", "هييه", "لجنه", "منظمه", "مجلس", "مكتب", "رياسه", "سفاره",
                         "محكمه", "نيابه", "جامعه", "اداره", "جهاز", "مديريه", "موسسه", "بلديه", "قياده", "حركه",
                         "حزب", "جماعه", "اتحاد", "نادي", "بنك", "صندوق", "وفد", "جيش", "شرطه"})


COMPOUND = frozenset({"الدين", "الله", "الرحمن", "الاسلام"})   # second words of one given name: نور الدين


def _raw_article(raw: str) -> bool:
    """Is the ال at the start of a word the article? Written with a bare alef it is; إليزابيث, ألبرتو and
    إلياس start with a hamza-alef, which key() folds into the same letters."""
    r = raw.lstrip("وفبل")
    return raw.startswith(("ال", "وال", "فال", "بال", "لل", "ولل", "فلل", "وبال")) or r.startswith("ال")


def _is_al(k: str) -> bool:
    """Does the key start with the article (with a clitic و/ف/ب/ل)? والد، والي، بالي are not و/ب + ال + a
    one-letter noun."""
    return k.startswith("ال") or k.startswith("لل") or k.startswith(("وال", "بال", "فال", "ولل")) and len(k) >= 6


def _verbal(k: str) -> bool:
    """Does the key look like a verbal noun or a verb rather than a given name? A preposition on a verbal
    noun (بتوديع، لتعزيز، بمناسبة), the pattern تفعيل (تأكيد، تحديد), a feminine past in ت…ت (تحدثت)."""
    return (len(k) >= 5 and k.startswith(("بت", "لت", "بم", "لم"))
            or len(k) == 5 and k[0] == "ت" and k[3] == "ي" and k[-1] != "ه"       # not توريه (Touré)
            or len(k) >= 5 and k[0] == "ت" and k[-1] == "ت")


def _verb_stem(k: str) -> str:
    """A verb key without its object pronoun (وخالفتها → وخالفت), so that its ending shows its gender."""
    return k[:-2] if k.endswith(("ها", "هم")) else k[:-1] if k.endswith("ه") else k


def _bare(k: str) -> str:
    """الرئيس/للرئيس/والرئيس → رئيس (for title and head comparisons)."""
    for p in ("وال", "فال", "بال", "ال", "ولل", "لل"):
        if k.startswith(p) and len(k) - len(p) >= 3:
            return k[len(p):]
    return k


class Parser:
    """Noun-phrase reading over an Analysis: where a speaker mention starts and ends, what is title and
    what is name."""

    def __init__(self, an: Analysis, lex: Lexicon, extents: dict[int, int]):
        self.an, self.lex, self.t = an, lex, an.tokens
        self.extents = extents      # token index of an opening mark of a *not-quote* span → index after it
        self._word = [t.is_word and not m for t, m in zip(an.tokens, an.masked)]
        self._name_word: dict[tuple[int, bool], bool] = {}
        self._org_at: dict[int, int] = {}
        self._mention: dict[tuple[int, bool], Mention | None] = {}

    # --- token classes
    def word(self, i: int) -> bool:
        return 0 <= i < len(self._word) and self._word[i]

    def function(self, k: str, i: int | None = None) -> bool:
        if i is not None and k == "علي" and self.t[i].raw.endswith("ي") and (
                not self.word(i + 1) or not self.function(self.t[i + 1].key)):
            return False                # علي أحمد، أحمد علي: the name, not the preposition على
        if i is not None and k.startswith("ال") and self.t[i].raw.lstrip("وف").startswith(("آ", "أ")):
            return False                # آلان (Alain) not الآن, ألي (Allie) not إلى: the article is never آ or أ
        return (k in self.lex.function_words or k in self.lex.weekdays or k in self.lex.relative_days
                or k in self.lex.months or k.isdigit() or k in self.lex.anaphoric)

    def title_head(self, i: int) -> str | None:
        h = self.lex.title_heads.get(self.t[i].key) if self.word(i) else None
        if h in self.lex.adjective_heads and i > 0 and self.word(i - 1):
            p = self.t[i - 1].key
            if not (_is_al(p) or self.function(p) or p in self.lex.cues or p in self.lex.title_heads):
                return None             # تحول كبير: an adjective of the noun before it, not a title
        return h

    def org_at(self, i: int) -> int:
        """Length in tokens of a known organisation/place/outlet name starting at i (0 if none; memoised)."""
        n = self._org_at.get(i)
        if n is None:
            n = self._org_at[i] = self._org_at_uncached(i)
        return n

    def _org_at_uncached(self, i: int) -> int:
        if not self.word(i) or self.t[i].key not in self.lex.org_first:
            return 0                    # no known name starts with this word
        for n in range(min(self.lex.max_org_words, len(self.t) - i), 0, -1):
            if not all(self.word(i + k) for k in range(n)):
                continue
            k = " ".join(self.t[i + m].key for m in range(n))
            if k in self.lex.org_names or k in self.lex.places or (
                    k in self.lex.outlets_any and (n > 1 or not _is_al(k))):   # اليوم، الوطن: words too
                return n
        return 0

    def honorific(self, i: int) -> bool:
        """Does a formula of the honorifics start at token i (رضي الله عنه، حفظه الله)?"""
        return i + 1 < len(self.t) and (self.t[i].key, self.t[i + 1].key) in self.lex.honorifics

    def _prefixed_name(self, i: int) -> bool:
        """Is token i ل/ب glued to a known multi-word name (لبي بي سي، لوكالة الأنباء الفرنسية)?"""
        k = self.t[i].key
        for n in range(min(self.lex.max_org_words, len(self.t) - i), 1, -1):
            if all(self.word(i + m) for m in range(n)):
                phrase = " ".join([k[1:]] + [self.t[i + m].key for m in range(1, n)])
                if phrase in self.lex.outlets_any or phrase in self.lex.org_names or phrase in self.lex.places:
                    return True
        return False

    def name_word(self, i: int, first: bool) -> bool:
        """Could token i be part of a person's name? (memoised: asked several times per token)"""
        r = self._name_word.get((i, first))
        if r is None:
            r = self._name_word[(i, first)] = self._name_word_uncached(i, first)
        return r

    def _name_word_uncached(self, i: int, first: bool) -> bool:
        if not self.word(i):
            return False
        k = self.t[i].key
        if (not first and k in self.lex.months and not self.t[i - 1].key.isdigit()
                and not (i + 1 < len(self.t) and self.t[i + 1].key.isdigit())):
            return True                 # تيريزا ماي: a surname, not the month
        if self.function(k, i) or k in self.lex.cues or len(k) < 2 or (
                k in self.lex.title_heads and k not in self.lex.native_given):   # أمين الناصر: a name too
            return False
        if self.honorific(i):
            return False                # الإمام الشاطبي رضي الله عنه: a formula after the name, not part of it
        if k in self.lex.common_verbs:
            return False                # وزير التعليم أصدر تعميما: a verb, not a name
        if self.t[i].raw.endswith(("\u064b", "\u064bا", "ا\u064b")):
            return False                # سببًا، انعكاسًا: accusative tanween, a common noun
        if not first and self.t[i].raw.startswith(("لإ", "لأ", "بإ", "بأ")):
            return False                # رونالدو لأول مرة: a preposition on a noun after the name
        if not first and k.startswith(("مت", "مست")) and k.endswith("ا") and len(k) >= 5:
            return False                # ترامب متحدثا: an accusative participle, not a surname
        if not first and (k.startswith(("لل", "بال", "ولل", "وبال")) or (
                k[:1] in "لب" and (k[1:] in self.lex.name_nouns or k[1:] in self.lex.documents))):
            return False                # a prepositional phrase after the name: بيسكوف للصحفيين
        if not first and k[:1] == "ي" and (len(k) <= 4 or k.endswith(("ان", "ون"))) and k not in self.lex.native_given:
            return False                # a present-tense verb after the name: ترامب يصل، يحضران
        if k[:1] in "يتن" and k not in self.lex.native_given and len(k) >= 5 and k.endswith(("نا", "ون", "ها", "هم")):
            return False                # يخاطبنا، يقولون: a verb with its suffix
        if not first and len(k) >= 4 and (k.endswith(("ها", "هم", "هما", "نا")) or k.endswith("ته")):
            return False                # موقفها، مقالته: a noun with a possessive, not a family name
        if k in self.lex.anonymous or k in self.lex.documents or k in self.lex.org_heads:
            return False
        if k in self.lex.name_nouns or k in self.lex.places or k in self.lex.org_names:
            return False
        article = _is_al(k) and _raw_article(self.t[i].raw) and k not in self.lex.article_like_given
        if article and not first:
            return False                # an ال-word ends a name except in the cases name_run allows
        if first and (article or (k[0] in "لب" and (k[1:] in self.lex.name_nouns or k[1:] in self.lex.documents))
                      or self.t[i].raw.startswith(("لإ", "لأ", "بإ", "بأ"))
                      or _verbal(k) and k not in self.lex.native_given):
            return False                # لإنهاء، بأن، بتوديع، تأكيد: a preposition on a noun, a verbal noun
        if (first and k[0] == "ل" and len(k) >= 4 and k not in self.lex.native_given and self.word(i + 1)
                and self.t[i + 1].raw.startswith("ال") and not self.function(self.t[i + 1].key)):
            return False                # لكرة القدم، لحقوق الإنسان: a preposition on a noun in construct
        return True

    def boundary(self, j: int) -> bool:
        """Does a name end before token j? (punctuation, a quote, a function word, إن/أن, the end)"""
        return j >= len(self.t) or not self.word(j) or self.function(self.t[j].key) or self.t[j].key in self.lex.cues

    def _nationality(self, k: str) -> bool:
        """الروسي، الأمريكية، الفلسطيني: an adjective of a place in the places list, not a family name
        (القحطاني، الشحماني، العويضي end the same way)."""
        stem = k.removeprefix("ال").removesuffix("يه").removesuffix("ي")
        return any(c in self.lex.countries for c in (stem, stem + "ا", stem + "يا", "ال" + stem, stem + "ه",
                                                   "ال" + stem + "يه", stem[:-1] + "ا", stem + "ان"))

    def strong_boundary(self, j: int) -> bool:
        """A name clearly ends before j: punctuation other than a quotation mark, a function word, a cue."""
        if j >= len(self.t):
            return True
        tok = self.t[j]
        if not tok.is_word:
            return tok.raw in "،,.:؛;()!?؟-–—" and not self.an.masked[j]
        return not self.an.masked[j] and (self.function(tok.key, j) or tok.key in self.lex.cues)

    def _ends_name(self, j: int, i: int, limit: int) -> bool:
        """Do the name words from j on (up to the limit) end at a strong boundary?"""
        words = sum(1 for k in range(i, j) if self.t[k].key not in self.lex.particles)
        while words < limit and self.name_word(j, first=False):
            if self.strong_boundary(j + 1):
                return True
            j += 1
            words += 1
        return self.strong_boundary(j)

    def name_run(self, i: int, limit: int = 4) -> int:
        """End (exclusive) of a name starting at i: name words, particles (بن، أبو، عبد) and a final
        ال-word after a first name (بشار الأسد)."""
        j, words = i, 0
        while j < len(self.t) and words < limit:
            k = self.t[j].key if self.word(j) else ""
            if k in self.lex.particles and self.word(j + 1):
                j += 1
                continue
            if j > i and k in COMPOUND and words <= 2:
                j += 1          # نور الدين، صلاح الدين، عبد الله: one given name in two words
                continue
            if self.name_word(j, first=(j == i)):
                if j > i and k.endswith("ا") and k not in self.lex.native_given and not self.strong_boundary(j + 1):
                    break       # ترامب أمرا تنفيذيا: an accusative noun, not a surname (أوباما إن … is)
                if words >= 2 and (k.startswith("و") or not self._ends_name(j + 1, i, limit)):
                    break       # a third word only where the name visibly ends: … بوتين عقد محادثات، ويتكوف وجاريد
                words += 1
                j += 1
                continue
            if (j > i and k and _is_al(k) and not k.startswith(("لل", "ولل")) and self.t[j - 1].key in self.lex.particles):
                words += 1              # عبد الله، آل مكتوم
                j += 1
                continue
            particle = any(self.t[x].key in self.lex.particles or self.t[x].key in COMPOUND
                           for x in range(i, j))     # a nasab chain or a compound name goes on to its family
            nisba = k.endswith(("ي", "يه"))
            nationality = nisba and self._nationality(k)
            # a final ال-word is a family name after a particle (سامي بن فريج العويضي), after one given name
            # (بشار الأسد، الدكتور عزام الدخيل), and as a family nisba after two (محمد عبدالله القحطاني، هادي
            # حمران الجعيدي); never a common noun after a full name (دونالد ترامب الانسحاب) nor an adjective of
            # a place (بوتين الروسي). After an object-first verb the subject reader is stricter (ونفى كونتي التقارير)
            family = particle or not nationality and (words == 1 or words >= 2 and nisba)
            nasab = self.word(j + 1) and self.t[j + 1].key in self.lex.lineage and self.word(j + 2)
            if (j > i and k.startswith("ال") and words >= 1 and not self.function(k)
                    and _bare(k) not in self.lex.title_heads and k not in self.lex.documents
                    and k not in self.lex.org_names and k not in self.lex.name_nouns and k not in self.lex.places
                    and family
                    and (particle or nasab or j + 1 >= len(self.t) or not self.word(j + 1)
                         or self.function(self.t[j + 1].key) or self.title_head(j + 1) is not None)):
                words += 1              # بشار الأسد، عبد الفتاح السيسي
                j += 1
                if nasab:
                    continue            # راضي العجب بن طوالة: the chain goes on after the particle
            break
        while j > i and self.t[j - 1].key in self.lex.particles:
            j -= 1
        return j

    def title_end(self, i: int) -> int:
        """End (exclusive) of a title phrase starting with a head at i: وزير الخارجية الروسي،
        المتحدث باسم الكرملين، كبير مساعدي السياسة الخارجية في الكرملين، نائب وزير خارجية روسيا."""
        j = i + 1
        indefinite = ""             # the word before, when it is an indefinite body or domain (لجنه، مجلس)
        h = self.t[i].key
        # a head without the article is in construct with the noun after it, which is part of the title
        # (رئيس عمليات حرس الحدود، رئيس رابطة اللاعبين، محافظ عدن), except a head whose complement is a
        # person (مستشار بوتين) or that carries a possessive (مساعده)
        if (not _is_al(h) and h not in self.lex.relational_heads and self.lex.title_heads.get(h) == h.lstrip("وفلب")
                and self.word(j) and not _is_al(self.t[j].key) and not self.function(self.t[j].key, j)
                and self.t[j].key not in self.lex.cues and self.word(j + 1)
                and (_is_al(self.t[j + 1].key) or self.t[j + 1].key in self.lex.org_heads)):
            j += 1
        while j < len(self.t) and self.word(j):
            k = self.t[j].key
            after_body, indefinite = indefinite, ""
            # an adjective of an indefinite body, agreeing with it: رئيس لجنة برلمانية بريطانية، مجلس وطني
            if (after_body and not _is_al(k) and k.endswith("يه" if after_body.endswith("ه") else "ي") and len(k) >= 5
                    and not self.function(k, j) and k not in self.lex.native_given):
                j += 1
                indefinite = after_body
                continue
            if self.function(k) and k not in self.lex.title_complements:
                if k in ("في", "لدى", "الى", "لدي") and self.word(j + 1) and (
                        _is_al(self.t[j + 1].key) or self.org_at(j + 1) or self.t[j + 1].key in self.lex.org_heads):
                    j += 1
                    continue
                break
            if (k in self.lex.title_heads and k in self.lex.native_given and not _is_al(k) and self.word(j + 1)
                    and not self._continues_title(j + 1)):
                break           # مدير شركة أرامكو أمين الناصر: أمين starts the name here (not أمين عام)
            body = k in self.lex.org_heads and not _is_al(k)
            if (k in self.lex.title_heads or k in self.lex.title_domains or k in self.lex.title_complements
                    or body):   # … or a body in construct: المتحدث باسم وزارة الخارجية الإيرانية
                indefinite = k if (body or k in self.lex.title_domains) and not _is_al(k) else ""
                j += 1
                if j in self.extents and (k in ("باسم", "لدي", "في") or k in self.lex.title_heads):
                    j = self.extents[j]     # the body in quotation marks: المتحدثة باسم «كان»
                elif indefinite and self._proper_genitive(j):
                    j += 1      # … with its own name: رئيس نادي فيد مثيب المثيب، مدير شركة أرامكو أمين الناصر
                    indefinite = ""
                continue
            if k in self.lex.cues:
                break
            if self._possessed_domain(j):
                j += 1          # a domain with a possessive: وزير خارجيتها، ولي عهده، رئيس وزرائها
                continue
            if k[:1] == "ل" and not _is_al(k) and (k[1:] in self.lex.places or self.word(j + 1) and _is_al(self.t[j + 1].key)
                                                    and not self.function(self.t[j + 1].key)):
                j += 1          # a complement with لـ: رئيس الاتحاد الأرجنتيني لكرة القدم، مبعوث الأمم المتحدة لسوريا
                continue
            n = self.org_at(j)
            if n:
                j += n
                continue
            if _is_al(k):
                j += 1
                continue
            break
        return j

    def _possessed_domain(self, j: int) -> bool:
        """Is token j a title domain with a possessive pronoun (خارجيتها، عهده، وزرائها)? The raw form is
        read: ه written for ة (the key folds both) is not a pronoun."""
        raw, k = self.t[j].raw, self.t[j].key
        for suf in ("هما", "هم", "ها", "ه"):
            if raw.endswith(suf) and len(k) - len(suf) >= 3:
                stem = k[:-len(suf)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                return stem in self.lex.title_domains or "ال" + stem in self.lex.title_domains or stem == "عهد"
        return False

    def _possessive_head(self, i: int) -> bool:
        """Is token i a form of address with a possessive pronoun (سموه، معاليها)? Not مساعده: «ومساعده يوري
        أوشاكوف» names the aide."""
        k = self.t[i].key.lstrip("وف")
        base = self.lex.title_heads.get(self.t[i].key)
        return base in self.lex.address_forms and any(k == base + suf for suf in ("ه", "ها", "هم"))

    def _continues_title(self, j: int) -> bool:
        """Does token j carry a title on (a complement, a domain, a body, a place, another head)?"""
        k = self.t[j].key
        return (k in self.lex.title_complements or k in self.lex.title_domains or k in self.lex.org_heads
                or k in self.lex.title_heads or self.org_at(j) > 0)

    def _proper_genitive(self, j: int) -> bool:
        """Is token j the one-word name of the body before it (نادي فيد، شركة أرامكو), with a name after it?
        Not an ال-word (that continues the title anyway), an adjective (لجنة برلمانية), a function word, a
        cue or a title word."""
        if not (self.word(j) and self.word(j + 1)):
            return False
        k = self.t[j].key
        return not (_is_al(k) or k.endswith("يه") or self.function(k, j) or k in self.lex.cues or k in self.lex.title_heads
                    or k in self.lex.title_domains or k in self.lex.org_heads or k in self.lex.title_complements)

    # --- mentions
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
                self.t[i + 1].key in self.lex.title_complements or _is_al(self.t[i + 1].key)
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
                    not _is_al(t[j].key) and t[j].key.endswith(("ي", "يه", "يون", "يين")) and len(t[j].key) > 3
                    and not self.function(t[j].key))):
                j += 1
            if self.word(j) and t[j].key in ("في", "ب", "من", "لدى", "داخل", "باسم") and self.word(j + 1) and (
                    _is_al(t[j + 1].key) or t[j + 1].key in self.lex.org_heads or self.org_at(j + 1)):
                e = j + 1
                e += self.org_at(e) or 1
                while self.word(e) and _is_al(t[e].key) and not self.function(t[e].key) and e - j <= 4:
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
            if n == 1 and _bare(k) in GENERIC_ORG | {"مجلس", "رياسه", "جيش", "حكومه"}:
                while self.word(j) and _is_al(t[j].key) and not self.function(t[j].key) and j - i < 5:
                    j += 1
            return self._make(i, j, None, "organisation")
        if k in self.lex.org_heads or k in self.lex.documents:
            j = i + 1
            while self.word(j) and j - i < 6 and (_is_al(t[j].key) or t[j].key in self.lex.title_domains
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
        called = self._called(i + 1) if not _is_al(k) else None
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
        head_has_al = _is_al(t[i].key)
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
        if relational and te == i + 1 and n_words == 1 and ne < len(t) and self.word(ne) and _is_al(t[ne].key):
            # مبعوث ترمب الخاص كيث كيلوج: head + person + adjectives, then the name
            te2 = ne
            while self.word(te2) and _is_al(t[te2].key) and not self.function(t[te2].key):
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


def _clean(phrase: str) -> str:
    """Drop clitic و/ف/ل/ب from the start of an organisation or source phrase (للكرملين → الكرملين)."""
    k = phrase
    first = k.split()[0] if k.split() else k
    if k.startswith(("لل", "ولل")) and len(first) >= 5:
        k = "ال" + k.split("لل", 1)[1]
    # و/ف/ب/ل + the article + a noun of three letters or more; والده (his father) keeps its و
    elif k[:1] in "وفبل" and k[1:3] == "ال" and len(first) >= 6:
        k = k[1:]
    return k.lstrip("\u0640")


class Resolver:
    """Walks one document's cues in order, tracking who is speaking, and attributes every linked quote."""

    def __init__(self, an: Analysis, links: list[Link], cues: dict[int, Cue], extents: dict[int, int],
                 lex: Lexicon):
        self.an, self.links, self.cues, self.lex = an, links, cues, lex
        self.p = Parser(an, lex, extents)
        self.entities: list[Entity] = []
        self.by_key: dict[str, list[Entity]] = {}     # name-word key → entities named with it, in order
        self.full_orgs: dict[str, tuple[list[int], list[str]]] | None = None   # see _last_full_org
        self.between: list[int] | None = None          # token indices of بين outside quotes
        self.positions: dict[str, list[int]] | None = None   # word key → its token indices (when asked)
        self.last: Speaker | None = None
        self.last_fem: Speaker | None = None
        self.last_masc: Speaker | None = None   # agreement: وأضاف never takes a speaker met as وقالت
        self.anon_seen: dict[str, Speaker] = {}
        self.cue_speaker: dict[int, tuple[Speaker | None, Mention | None, str, str | None]] = {}
        self._collect_entities()

    # --- entities
    def _collect_entities(self) -> None:
        """People named with a title or in apposition anywhere in the article."""
        t = self.an.tokens
        covered = 0                 # a title inside a mention already read (للرئيس in المبعوث الخاص للرئيس …)
        for i in self._entity_candidates():
            if i < covered:
                continue
            if self.p.word(i) and (self.p.title_head(i) is not None):
                m = self.p._titled(i)
                covered = self.an.index_at(m.end)
                if m.kind == "person" and m.name:
                    self._register_reference(i, m)
                    self._register(m.name, m.title, i)
                elif m.kind == "title":
                    self._register_possessor(i, m)
            elif self.p.word(i) and self.p.name_word(i, True) and (i == 0 or not self.p.name_word(i - 1, False)):
                j = self.p.name_run(i)
                # NAME، TITLE، (يوري أوشاكوف، مستشار بوتين،): apposition
                if j - i >= 2 and j < len(t) and t[j].raw in "،," and self.p.title_head(j + 1) is not None:
                    te = self.p.title_end(j + 1)
                    # a sentence opens with its verb (حسم نايف البكري، محافظ عدن، …): a word before a name of
                    # two or more words there is the verb, unless it is a given name itself
                    if (j - i >= 3 and (i == 0 or self.an.sentence[i - 1] != self.an.sentence[i])
                            and t[i].key not in self.lex.native_given and self.p.name_run(i + 1) == j):
                        i += 1
                    start = t[i].start
                    # بين رجل الأعمال السابق ويوري أوشاكوف، …: the و joins two phrases, it is not the name's
                    if t[i].raw.startswith("و") and i > 0 and self.p.word(i - 1) and _is_al(t[i - 1].key):
                        start += 1
                    self._register(self.an.text[start:t[j - 1].end], self.an.text[t[j + 1].start:t[te - 1].end], i)
                    # …، المبعوث الخاص للرئيس الأمريكي دونالد ترامب، : the name after the title is the possessor's
                    for h in range(j + 2, te):
                        if self.p.title_head(h) is not None:
                            ne = self.p.name_run(te)
                            if ne > te:
                                title = self.an.text[t[h].start:t[te - 1].end]
                                if title.startswith("لل"):
                                    title = "ال" + title[2:]
                                self._register(self.an.text[t[te].start:t[ne - 1].end], title, h)
                                covered = ne
                            break

    def _entity_candidates(self) -> list[int]:
        """The tokens where _collect_entities can find someone, in order: every title head, and the words
        of a run that ends in «، TITLE» (a name in apposition). A name run covers only word tokens, so its
        start lies in the unbroken stretch of words before that comma. Reading only these tokens gives the
        same entities as reading every token, without asking of every word whether it is a name."""
        t, word, heads = self.an.tokens, self.p._word, self.lex.title_heads
        out: set[int] = set()
        for i, tok in enumerate(t):
            if not word[i]:
                # ، or , before a title head: the words before it may be a name in apposition
                if tok.raw in "،," and i + 1 < len(t) and word[i + 1] and t[i + 1].key in heads:
                    h = i - 1
                    while h >= 0 and word[h]:
                        out.add(h)
                        h -= 1
            elif tok.key in heads:
                out.add(i)
        return sorted(out)

    def _register_reference(self, i: int, m: Mention) -> None:
        """The person a title refers to: المبعوث الخاص للرئيس الأمريكي دونالد ترامب ستيف ويتكوف also
        introduces دونالد ترامب as الرئيس الأمريكي."""
        t = self.an.tokens
        name_at = self.an.index_at(m.end - len(m.name))
        for h in range(i + 1, name_at):
            if self.p.title_head(h) is not None and t[h].key.startswith(("لل", "ولل")):
                te = self.p.title_end(h)
                if te < name_at:
                    ref = self.an.text[t[te].start:t[name_at - 1].end]
                    title = "ال" + self.an.text[t[h].start:t[te - 1].end].split("لل", 1)[1]
                    self._register(ref, title, h)
                return

    def _register_possessor(self, i: int, m: Mention) -> None:
        """لمستشار الرئيس الروسي فلاديمير بوتين: the name belongs to the inner title (الرئيس الروسي)."""
        t = self.an.tokens
        end = self.an.index_at(m.end)
        for h in range(i + 1, end):
            if self.p.title_head(h) is not None:
                te = self.p.title_end(h)
                ne = self.p.name_run(te)
                if te < ne <= end:
                    title = self.an.text[t[h].start:t[te - 1].end]
                    self._register(self.an.text[t[te].start:t[ne - 1].end],
                                   "ال" + title[2:] if title.startswith("لل") else title, h)
                return

    def _register(self, name: str, title: str | None, pos: int) -> Entity:
        keys = [token_key(w, self.lex) for w in key(name).split() if w not in self.lex.particles]
        e = self._match(keys)
        if e is None and title and len(key(title).split()) >= 2:
            # the title already introduced someone (وزير الخارجية الروسي سيرغي لافروف): a later
            # «وزير الخارجية الروسي موقف ماكرون» names him again, followed by an object
            tk = " ".join(_bare(w) for w in key(title).split())
            # …or opens a longer title he was given (وزير التعليم الدكتور عزام الدخيل … وذكر وزير التعليم
            # قطاعات الوزارة): a one-word «name» after it is then the object
            owner = [x for x in self.entities if tk in x.titles] or ([
                x for x in self.entities if any(et.startswith(tk + " ") for et in x.titles)]
                if len(keys) == 1 else [])
            if owner:
                owner[0].last_seen = max(owner[0].last_seen, pos)
                return owner[0]
        if e is None:
            e = Entity(name, keys)
            self.entities.append(e)
            for k in dict.fromkeys(keys):
                self.by_key.setdefault(k, []).append(e)
        elif len(keys) > len(e.keys):
            e.name, e.keys = name, keys
        if title:
            tk = " ".join(_bare(w) for w in key(title).split())
            if tk not in e.titles:
                e.titles.append(tk)
            first = key(title).split()[0]
            e.heads.add(self.lex.title_heads.get(first, _bare(first)))
        e.last_seen = max(e.last_seen, pos)
        return e

    def _match(self, keys: list[str]) -> Entity | None:
        """The entity whose name contains these name words (surname → full name)."""
        if not keys:
            return None
        best = None
        # only entities named with the last word can match (an entity's keys never gain a word), so the
        # look-up does not read every entity of the article for every name
        for e in self.by_key.get(keys[-1], ()):
            if all(k in e.keys for k in keys) and keys[-1] in e.keys:
                if best is None or e.last_seen > best.last_seen:
                    best = e
        return best

    def _by_title(self, title: str, pos: int) -> Entity | None:
        """The person introduced with this title (الرئيس الأمريكي → دونالد ترامب; مساعد الكرملين → the
        person called مساعده). Same phrase first, then same head, preferring the current speaker."""
        words = [_bare(w) for w in key(title).split()]
        tk = " ".join(words)
        head = self.lex.title_heads.get(key(title).split()[0], words[0])
        exact = [e for e in self.entities if tk in e.titles]
        if len(exact) >= 1:
            return max(exact, key=lambda e: e.last_seen if e.last_seen <= pos else -1)
        sub = [e for e in self.entities if any(all(w in et.split() for w in words) for et in e.titles)]
        if len(sub) == 1:
            return sub[0]
        same_head = [e for e in self.entities if head in e.heads]
        if self.last is not None and self.last.type == "person":
            for e in same_head:
                if e.name == self.last.name:
                    return e
        if sub:
            return max(sub, key=lambda e: e.last_seen if e.last_seen <= pos else -1)
        if len(same_head) == 1:
            return same_head[0]         # مساعد الكرملين: the one person called مساعده
        return None

    # --- speakers
    def speaker_of(self, m: Mention, pos: int) -> Speaker:
        """Resolve a mention to a speaker: surnames and titles to the person the article introduced."""
        if m.kind == "person":
            words = key(m.name).split()
            if (not m.title and 1 <= len(words) <= 2 and words[-1] not in COMPOUND
                    and self._match([token_key(w, self.lex) for w in words]) is None):
                # رونالدو، مانيغولت نيومان: the full name the article gives elsewhere
                self._register_full_name(words[-1], tuple(words[:-1]))
            e = self._register(m.name, m.title, pos)
            return Speaker(e.name, name_key(e.name, self.lex), m.title,
                           "person")
        if m.kind == "title":
            e = self._by_title(m.text, pos) or self._interlocutor(m, pos)
            if e is not None:
                return Speaker(e.name, name_key(e.name, self.lex), _clean(m.text), "person")
            words = key(m.text).split()
            prev = self.anon_seen.get(_bare(words[0])) if len(words) == 1 else None
            if prev is not None:
                return prev             # وأضاف المتحدث: the unnamed spokesperson met before (متحدث باسم الصندوق)
            return Speaker(_clean(m.text), "title:" + " ".join(_bare(w) for w in words), None, "title")
        phrase = _clean(m.name)
        k = " ".join(_bare(w) for w in key(phrase).split())
        if m.kind == "organisation" and k in GENERIC_ORG:
            full = self._last_full_org(k, self.an.index_at(m.start))
            if full is not None:
                phrase, k = full, " ".join(_bare(w) for w in key(full).split())
        if m.kind == "anonymous":
            sp = Speaker(phrase, "anon:" + k, None, "anonymous")
            self.anon_seen[k.split()[0]] = sp
            return sp
        if m.kind == "document" and key(phrase).split()[0] in ("المصادر", "المصدر", "المسوول", "المسوولون"):
            prev = self.anon_seen.get(_bare(key(phrase).split()[0]))
            if prev is not None:
                return prev
        if m.kind == "document" and len(k.split()) == 1 and k in self.lex.issued_documents:
            issuer = self._issuer(k, self.an.index_at(m.start))
            if issuer is not None:
                return issuer           # وأضاف البيان: the body whose statement the article reported
        return Speaker(phrase, ("doc:" if m.kind == "document" else "org:") + k, None, m.kind)

    def _issuer(self, noun: str, before: int) -> Speaker | None:
        """Who issued the document a bare البيان/التقرير refers to: the last «بيان» before it, read as بيان لـX،
        بيان صادر عن X، بيان X (بيان الجيش), or «X … في بيان» (the speaker of that sentence's cue)."""
        t, an = self.an.tokens, self.an
        positions = self._word_positions()
        hits = [h for w in (noun, noun + "ا") for p in ("", "ب", "ال", "وال", "بال") for h in
                positions.get(p + w, ()) if h <= before]
        for h in sorted(set(hits), reverse=True):
            j = h + 1
            if j < len(t) and t[j].key in ("صادر", "الصادر") and j + 1 < len(t) and t[j + 1].key == "عن":
                j += 2
            if self.p.word(j):          # بيان لوزارة الدفاع، بيان صادر عن الجيش، بيان الجيش
                m = self.p.mention(j, allow_prefix=True)
                if m is not None and m.kind in ("organisation", "anonymous") and key(m.text) not in self.lex.outlets_any:
                    k = t[j].key
                    if k[:1] in "لب" and not k.startswith(("لل", "بال")) and k[1:] in self.lex.org_heads:
                        m = Mention(m.start + 1, m.end, m.text[1:], m.name[1:], m.title, m.kind)
                    return self.speaker_of(m, j)
            if h == before:
                continue                # the mention itself (وأضاف البيان): the statement is an earlier one
            first = an.sentence_start(h)
            for c in range(h - 1, first - 1, -1):   # وقالت الحكومة في بيان لها
                sp = self.cue_speaker.get(c, (None, None))
                if sp[0] is not None and sp[1] is not None and sp[0].type != "document":
                    return sp[0]
            for c in range(first + 1, min(h, first + 3)):   # وأصدرت وزارة الدفاع بيانا: the subject after the verb
                m = self.p.mention(c) if self.p.word(c) else None
                if m is not None and m.kind == "organisation" and key(m.text) not in self.lex.outlets_any:
                    return self.speaker_of(m, c)
            if h < before:
                return None             # the statement meant, with no issuer the article names
        return None

    def _interlocutor(self, m: Mention, pos: int) -> Entity | None:
        """محاور ويتكوف / نظير X: the other party of a conversation «بين A وB» the article reported, when
        exactly one side is a named person other than X (بين رجل الأعمال السابق ويوري أوشاكوف)."""
        words = key(m.text).split()
        if len(words) != 2 or words[0] not in ("محاور", "محاوره", "نظير"):
            return None
        x = self._match([token_key(words[1], self.lex)])
        t = self.an.tokens
        best = None
        if self.between is None:
            self.between = [j for j, tk in enumerate(t) if tk.key == "بين" and not self.an.masked[j]]
        for j in self.between:
            if j >= pos:
                break
            side = []
            for k in range(j + 1, min(j + 12, len(t))):
                if not self.p.word(k):
                    break
                if t[k].key.startswith("و") and len(t[k].key) > 2:
                    keys = [token_key(t[k].key[1:], self.lex)]
                    if self.p.word(k + 1) and not self.p.function(t[k + 1].key):
                        keys.append(token_key(t[k + 1].key, self.lex))
                    other = self._match(keys) or self._match(keys[:1])
                    first = self._match([token_key(w, self.lex) for w in side[:2]]) if side else None
                    named = [e for e in (first, other) if e is not None and e is not x]
                    if len(named) == 1 and (first is None or other is None or x in (first, other)):
                        best = named[0]
                    break
                side.append(t[k].key)
        return best

    def _last_full_org(self, head: str, before: int) -> str | None:
        """The full name of the body a bare الوزارة/الحكومة refers to: the last «وزارة X» before it.
        Every «وزارة X» of the article is found in one pass, the first time (a backward scan for every
        bare mention would read the whole article each time)."""
        if self.full_orgs is None:
            t = self.an.tokens
            self.full_orgs = {}
            for j in range(len(t)):
                if self.an.masked[j] or not t[j].is_word:
                    continue
                h = _bare(t[j].key)
                if h in GENERIC_ORG and not _is_al(t[j].key) and self.p.word(j + 1):
                    m = self.p.mention(j, allow_prefix=True) if t[j].key[:1] in "لب" else self.p.mention(j)
                    if m is not None and len(m.text.split()) >= 2:
                        at, names = self.full_orgs.setdefault(h, ([], []))
                        at.append(j)
                        names.append(_clean(m.text))
        at, names = self.full_orgs.get(head, ((), ()))
        i = bisect_left(at, before)
        return names[i - 1] if i else None

    def implicit(self, ci: int, cue: Cue | None) -> tuple[Speaker | None, str]:
        """The speaker a reader infers for a cue with no subject of its own (وأضاف: «…», مضيفا …)."""
        sent = self.an.sentence[ci]
        # the subject of an earlier cue in the same sentence (… قال X إن …، مضيفا …)
        for j in range(ci - 1, -1, -1):
            if self.an.sentence[j] != sent:
                break
            # (وأضاف أن قاعة المزادات حثت «…»: the reporter of the embedded clause, even when implicit)
            if (j in self.cue_speaker and self.cue_speaker[j][0] is not None
                    and self.cues[j].form in ("verb", "participle")):
                return self.cue_speaker[j][0], "same-sentence"
        # the person or body the sentence is about (أثار ويتكوف الجدل …، قائلا …; تطرق الرئيس … وقال)
        first = self.an.sentence_start(ci)
        # a participle (مشيدا، معتبرة، قائلا) has the subject of its sentence's main verb
        if cue is not None and cue.form == "participle" and first < ci:
            sp = self._clause_subject(first, ci, cue)
            if sp is not None:
                return sp, "clause-subject"
        for strict in (True, False):
            sp = self._sentence_subject(first, ci, cue, strict)
            if sp is not None:
                return sp, "sentence-subject"
        sp = self._previous_subject(first, cue)
        if sp is not None:
            return sp, "previous-subject"
        if cue is not None and cue.feminine and self.last_fem is not None:
            return self.last_fem, "implicit-last"
        if cue is not None and not cue.feminine and not cue.plural and self.last_masc is not None:
            return self.last_masc, "implicit-last"
        return self.last, "implicit-last"

    def _previous_subject(self, first: int, cue: Cue | None) -> Speaker | None:
        """The subject of the sentence before, when its verb reports nothing and agrees with the cue: «ودانت
        المتحدثة باسم الخارجية هيذر نويرت ما كشفه بوتين. وقالت للصحافيين …» — she says it. (A sentence whose
        verb is a cue already made its subject the current speaker.)"""
        if cue is None or cue.form != "verb" or first == 0 or self.an.paragraph[first - 1] != self.an.paragraph[first]:
            return None
        t = self.an.tokens
        prev_end = first
        start = self.an.sentence_start(prev_end - 1)
        verb = t[start].key
        if (start in self.cues or not verb.startswith(("و", "ف")) or cue.feminine != _verb_stem(verb).endswith("ت")
                or prev_end - start < 4 or not self.p.word(start + 1)):
            return None                 # the sentence opens with a verb that agrees with the cue
        m = self.p.mention(start + 1)
        if m is None or m.kind != "person" or not m.title:
            return None                 # … followed by a titled person: ودانت المتحدثة … هيذر نويرت
        return self.speaker_of(m, start + 1)

    PREPOSITIONS = frozenset({"في", "من", "على", "علي", "الى", "عن", "مع", "ب", "ل", "لدى", "لدي", "حول", "ضد", "نحو",
                              "عبر", "بين", "منذ", "خلال", "داخل", "خارج", "امام", "وراء", "تجاه", "وفي", "ومن", "وعلى"})
    PREPOSED = frozenset({"وعن", "عن", "وحول", "حول", "وفي", "في", "وبشان", "بشان", "وبخصوص", "بخصوص", "ومن", "وعلي",
                          "وفيما", "فيما", "ولدي", "وازاء", "وردا", "ردا", "وتعليقا", "تعليقا"})

    def _clause_subject(self, first: int, ci: int, cue: Cue) -> Speaker | None:
        """The subject of the verb that opens the sentence, read by position: VERB SUBJECT (طالب السيسي قوات
        الجيش …، مشيدا; دافع رئيس البرلمان الإيراني …، مؤكدا) or SUBJECT … VERB after an auxiliary (وكانت
        قوات الدفاع الشعبي … دانت …، معتبرة). A phrase put before the clause (من جانبه، وبحسب بيان الرئاسة،)
        is skipped. None when the sentence does not open that way."""
        t = self.an.tokens
        j = first
        # a preposed phrase up to its comma: وعن خطة …، من جانبه، وبحسب بيان الرئاسة،
        if t[j].key in self.PREPOSED or t[j].key == "من" or (j in self.cues and self.cues[j].form == "according"):
            k = self._comma_from(j, ci)
            if k >= ci - 2 or k - j > 6:
                return None
            j = k + 1
        aux = False
        while j < ci and t[j].key in self.lex.clause_openers:
            aux = aux or _bare(t[j].key.lstrip("وف")) in ("كان", "كانت")
            j += 1
        if j + 1 >= ci or not self.p.word(j) or not self.p.word(j + 1):
            return None
        m = self.p.mention(j)
        # SUBJECT first: a title, a body or an unnamed source (after كان: وكانت قوات الدفاع الشعبي … دانت)
        if m is not None and (m.kind in ("title", "organisation", "anonymous") or m.title) and (
                aux or m.kind != "organisation" or key(m.text) in self.lex.org_names):
            return self.speaker_of(m, j)
        if m is not None and m.kind == "person" and (known := self._known(m, j)) is not None:
            return known
        # VERB first: a word with no article that is not a name the article knows, then its subject
        vk = t[j].key
        if _is_al(vk) or self.p.function(vk, j) or vk in self.lex.native_given or self.p.title_head(j) is not None:
            return None
        if cue.feminine != _verb_stem(vk).endswith("ت"):
            return None                 # دانت …، معتبرة; طالب …، مشيدا: the verb agrees with the participle
        m = self.p.mention(j + 1) or self._family_mention(j + 1, after_verb=True)
        if m is None or m.kind == "document":
            return None
        if m.kind == "person" and not m.title:
            # a known person, read from the first words only: the object may follow the name (وأقامت
            # دانييلز دعوى قضائية); an unknown name only alone before what ends a subject (ولم يشأ باخ أن)
            known = self._known(m, j + 1)
            if known is not None or " " in m.name or not self._subject_ends(self.an.index_at(m.end)):
                return known
        return self.speaker_of(m, j + 1)

    def _comma_from(self, j: int, ci: int) -> int:
        """The first comma from token j on, before ci (ci when there is none): where a phrase put before
        the clause (وعن خطة الرئاسة …، من جانبه،) ends."""
        t = self.an.tokens
        while j < ci and t[j].raw not in "،,":
            j += 1
        return j

    def _sentence_subject(self, j: int, ci: int, cue: Cue | None, strict: bool) -> Speaker | None:
        """The first known person or body the sentence is about, before token ci. Strict: not right after
        a preposition, a conjunction or أن (… من أن ويتكوف منحاز …); else أن is allowed (أن وزير
        التعليم أصدر تعميما، شدد فيه …)."""
        first = j
        # a phrase put before the clause (وعن خطة الرئاسة …، وحول محاولتها …) holds no subject: skip it up
        # to its comma, or up to the verb when there is none
        if j < ci and self.an.tokens[j].key in self.PREPOSED:
            k = self._comma_from(j, ci)
            j = first = k + 1 if k < ci else ci
        while j < ci:
            if not self.p.word(j):
                j += 1
                continue
            prev = self.an.tokens[j - 1] if j > first else None
            m = self.p.mention(j)
            nxt = self.an.index_at(m.end) if m is not None else j + 1
            fem_org = cue is not None and cue.feminine and m is not None and m.kind == "organisation"
            after_that = prev is not None and prev.key in ("ان", "بان", "وان")
            ok = fem_org or prev is None or prev.raw in "،," or (not strict and after_that) or (
                prev.is_word and not self.p.function(prev.key) and prev.key not in self.lex.cues
                and not self.p.title_head(j - 1) and prev.key not in ("مع", "عن", "بين", "و"))
            sp = self._known(m, j) if m is not None and ok else None
            if sp is not None and (cue is None or not cue.feminine or sp.type != "person"):
                return sp
            if m is None:
                j += 1
            elif ok and sp is None and m.kind == "person" and not m.title:
                j += 1      # an unknown word may be a verb glued to the subject's name (أثار ويتكوف)
            else:
                j = max(nxt, j + 1)
        return None

    def _known(self, m: Mention, j: int) -> Speaker | None:
        """The speaker a mention names if it is somebody already known: a person of the article, a titled
        person, a known organisation. Unknown words are not taken for a subject."""
        if m.kind == "title":
            e = self._by_title(m.text, j)
            return Speaker(e.name, name_key(e.name, self.lex), _clean(m.text), "person") if e else None
        if m.kind == "person":
            if m.title:
                return self.speaker_of(m, j)
            keys = [token_key(w, self.lex) for w in key(m.name).split() if w not in self.lex.particles]
            for n in range(len(keys), 0, -1):      # ترامب لضغوط: the name may be followed by other words
                e = self._match(keys[:n])
                if e is not None:
                    return Speaker(e.name, name_key(e.name, self.lex), None, "person")
            return None
        if m.kind == "organisation" and key(m.text) in self.lex.org_names:
            return self.speaker_of(m, j)
        return None

    def subject(self, ci: int, cue: Cue) -> tuple[Speaker | None, Mention | None, str, str | None]:
        """(speaker, mention, rule, relay) of the cue at token ci."""
        t = self.an.tokens
        if cue.form in ("according", "noun"):
            return self._source(ci, cue)
        if cue.form == "verb" and self.embedded(ci, cue):
            sp, rule = self.implicit(ci, cue)
            return sp, None, "embedded-" + rule, None
        if cue.form == "verb":
            after = ci + 1
            end = self.an.index_at(cue.end)   # phrase cues span tokens
            after = max(after, end)
            if after + 1 < len(t) and t[after].key == "ما" and t[after + 1].key in ("يسمي", "يعرف", "تسمي", "تعرف"):
                after += 2              # أعلن ما يسمى المجلس الوطني السوري: «so-called» before the subject
                if after < len(t) and t[after].key in ("ب", "بـ"):
                    after += 1
            m = self.p.mention(after) or self._family_mention(after)
            if m is not None and m.kind == "person" and not m.title and not self._plausible_person(m):
                m = self._known_start(m, after)
            ck = key(cue.text).lstrip("وف")
            if m is not None and ck.endswith(("ه", "ها", "هم")) and len(ck) > len(key(cue.lemma)) + 1 \
                    and m.kind == "person" and not m.title and not self._plausible_person(m):
                m = None                # وعدها لافعال: a noun with its possessive, not verb + object + subject
            if m is None and after < len(t) and t[after].key in ("تلك", "هذه", "هذا", "ذلك", "هولاء"):
                m = self.p.mention(after + 1)           # وأوضحت تلك المصادر
                if m is not None and m.kind not in ("document", "anonymous", "organisation"):
                    m = None
            # an object, not a subject, right after verbs like وصف/اعتبر/أعلن: ووصف العملية بأنها …
            if m is not None and cue.object_first and m.kind == "document" and \
                    _bare(key(m.text).split()[0]) not in SOURCE_DOCS:
                m = None                # وأعلن الاتفاق: an object; وأكدت صحيفة «…»: a source
            if m is not None and m.kind == "person" and not m.title and not m.text.startswith("(") \
                    and not self._plausible_person(m) and not self._subject_ends(self.an.index_at(m.end)):
                m = None                # وقال يخاطبنا أخزاه الله: not a name, the subject is implicit
            if m is not None and cue.object_first and m.kind == "person" and not self._plausible_person(m) \
                    and self.p.boundary(self.an.index_at(m.end)):
                # وانتقد ترامب حكم المحكمة: a name followed by the object is the subject; a lone unknown
                # word after ووصف/واتهم is the object
                m = None
            if (m is not None and cue.object_first and m.kind == "organisation" and key(m.text) in self.lex.places
                    and not cue.feminine):
                m = None                # واتهم بريطانيا وفرنسا: an object; وأكدت روسيا: the subject (a country is feminine)
            if (m is not None and cue.object_first and m.kind == "person" and not m.title
                    and self._object_after_name(m)):
                m = self.p._make(after, after + 1, None, "person")   # ونفى كونتي التقارير: the object follows
            if m is not None and m.kind == "title" and cue.object_first and not self._by_title(m.text, ci):
                head = self.lex.title_heads.get(t[after].key)
                if head is None:
                    m = None
            if m is not None:
                # نقلت رويترز عن الوزير قوله، قالت المؤسسة نقلا عن ممثلها: the minister speaks, Reuters relays
                m2, at = self._relayed(self.an.index_at(m.end), cue.relay)
                if m2 is not None:
                    return self.speaker_of(m2, at), m2, "relay", _clean(m.text)
                return self.speaker_of(m, after), m, "after-verb", None
            self._embedded_before = False
            before = self._before(ci)
            if (before is not None and self.an.index_at(before.end) == ci and t[ci].raw.startswith(("و", "ف"))
                    and t[ci].key[1:] in self.lex.cues):
                # وشدد بن الحبيب على أن هؤلاء نواة المنتخب وقال: «and said» goes on from the subject of the
                # sentence's verb, when it has one; the noun right before is its object
                first = self.an.sentence_start(ci)
                sp = self._clause_subject(first, ci, cue) if first < ci - 2 else None
                if sp is not None:
                    return sp, None, "clause-subject", None
            if before is not None:
                # قال أحمد إن الوزارة أفادت «…»: the ministry speaks here, but Ahmed stays the speaker
                rule = "embedded-before-verb" if self._embedded_before else "before-verb"
                return self.speaker_of(before, ci), before, rule, None
        sp, rule = self.implicit(ci, cue)
        return sp, None, rule, None

    def _relayed(self, k: int, relay: bool) -> tuple[Mention | None, int]:
        """The source a relay names after its subject, from token k: عن X after a relay verb (نقلت صحيفة
        «الوطن» أمس عن مصادر مطلعة), نقلا عن X or على لسان X after any verb (قالت المؤسسة نقلا عن ممثل
        لبورتمان). A quoted name on the way is stepped over; a source in quotation marks is read as written
        (عن "مصدر مسؤول"). (None, k) when there is none within the clause."""
        t, an = self.an.tokens, self.an
        sent = an.sentence[k - 1] if k > 0 else 0
        j = k
        while j < min(k + 12, len(t)) and an.sentence[j] == sent:
            if j in self.p.extents:
                j = self.p.extents[j]           # صحيفة «الوطن»
                continue
            if t[j].raw == "(":                 # وكالة الأنباء السعودية (واس)
                close = next((x for x in range(j + 1, min(j + 6, len(t))) if t[x].raw == ")"), None)
                if close is not None:
                    j = close + 1
                    continue
            if an.masked[j] or j in self.cues and self.cues[j].form == "verb":
                break                           # the quote itself, or another clause's verb
            kj, prev = t[j].key, t[j - 1].key if j else ""
            if kj in ("عن", "وعن") and (relay or prev in ("نقلا", "ونقلا")) or kj == "لسان" and prev in ("علي", "على"):
                src = j + 1
                if src < len(t) and not t[src].is_word and an.masked[src]:
                    # عن "مصدر مسؤول": the source written in quotation marks
                    inner = []
                    for x in range(src + 1, min(src + 8, len(t))):
                        if not t[x].is_word:
                            break
                        inner.append(x)
                    if inner and t[inner[0]].key in self.lex.anonymous:
                        a, b = t[inner[0]].start, t[inner[-1]].end
                        e = inner[-1] + 2               # … and the body it speaks for: "مصدر مسؤول" في وزارة الخارجية
                        if e + 1 < len(t) and t[e].key in ("في", "ب", "من", "لدي") and self.p.word(e + 1):
                            f = e + 1 + (self.p.org_at(e + 1) or 1)
                            while self.p.word(f) and _is_al(t[f].key) and not self.p.function(t[f].key) and f - e <= 5:
                                f += 1
                            b = t[f - 1].end
                        text = an.text[a:b]
                        name = " ".join(self.lex.marks_re.sub("", text).split())
                        return Mention(a, b, text, name, None, "anonymous"), src
                    return None, k
                return self.p.mention(src), src
            j += 1
        return None, k

    RELATIVE = frozenset({"الذي", "التي", "الذين", "ما", "لما", "مما", "عما", "بما"})
    SUBORDINATE = frozenset({"ان", "لان", "كي", "لكي", "حتي", "لن", "ل"})

    def embedded(self, ci: int, cue: Cue) -> bool:
        """A reporting verb inside a relative clause (ما وصفه، التي تواصل) or a subjunctive clause (أن يقول)
        has the antecedent for subject, not the words after it."""
        if ci == 0 or self.an.sentence[ci - 1] != self.an.sentence[ci]:
            return False
        prev = self.an.tokens[ci - 1].key
        if prev in self.RELATIVE:
            return True
        present = key(cue.text).lstrip("وف")[:1] in "يت" and cue.lemma[:1] not in "يت"
        return prev in self.SUBORDINATE and present

    def _subject_ends(self, j: int) -> bool:
        """After a subject comes what follows a speaker: إن/أن, a colon or comma, a quotation mark, a
        prepositional phrase (للصحفيين، لـ«رويترز»، في بيان), a date, or the end."""
        t = self.an.tokens
        if j >= len(t) or self.p.strong_boundary(j) or self.an.masked[j] or self.p.title_head(j) is not None:
            return True                 # … or a title in apposition: وقال علي أحمد مدير إدارة …
        if self.p.honorific(j):
            return True                 # … or a formula: قال الإمام الشاطبي رضي الله عنه
        k = t[j].key
        return t[j].raw.startswith(("لـ", "بـ")) or k.startswith(("لل", "بال")) or k[:1] == "ل" and (
            k[1:] in self.lex.documents or k[1:] in self.lex.name_nouns or k[1:] in self.lex.outlets_any
            or self.p.word(j) and self.p._prefixed_name(j))              # لبي بي سي

    def _family_mention(self, j: int, after_verb: bool = False) -> Mention | None:
        """وقال السيسي إن …، وأضاف الأسد: a family name with the article, alone as the subject. An ال-word
        is a common noun at least as often as a name, so it is taken only where the article gives the
        person's full name (عبد الفتاح السيسي، بشار الأسد); the speaker is then that person."""
        t = self.an.tokens
        # the bare article (not وال/بال: a conjunction or preposition starts another phrase), a noun long
        # enough to be a name, and what follows a subject after it (إن، :، في، a quotation mark …)
        if not self.p.word(j) or not t[j].raw.startswith("ال") or len(t[j].key) < 5 or self.p.function(t[j].key) \
                or not (after_verb or self._subject_ends(j + 1)):
            return None                 # (right after the main verb an object may follow: طالب السيسي قوات …)
        k = t[j].key
        mention = Mention(t[j].start, t[j].end, t[j].raw, t[j].raw, None, "person")
        if self._match([token_key(k, self.lex)]) is not None:
            return mention                      # a person the article introduced with a title
        return mention if self._register_full_name(k) else None

    def _register_full_name(self, k: str, before: tuple[str, ...] = ()) -> bool:
        """Find where the article gives the full name that ends with the word k, after the words `before`
        (matching keys) — عبد الفتاح السيسي for السيسي, كريستيانو رونالدو for رونالدو, أوماروسا مانيجولت نيومان
        for مانيغولت نيومان — and register it; False when it never does."""
        t = self.an.tokens
        given = self.lex.native_given
        n = len(before)
        for h in self._word_positions().get(k, ()):
            if n and (h - n < 0 or any(token_key(t[h - n + m].key, self.lex) != token_key(w, self.lex)
                                       for m, w in enumerate(before))):
                continue
            e = h - n                   # where the words of the mention start
            # after an Arabic given name (بشار الأسد، نوري المالكي، محمد حسن الشمري): those rarely end a
            # clause, while a foreign-looking word before an ال-word may be a verb (استقبل الوفد)
            s = e
            while s > max(0, e - 4) and self.p.word(s - 1) and (
                    t[s - 1].key in given and not self.p.function(t[s - 1].key, s - 1)   # على اليونانيين: not علي
                    or s < e and t[s - 1].key in self.lex.particles):                    # عبد الكريم الهاروني
                s -= 1
            if s == e:      # or a name run of two or three words that ends with it: عبد الفتاح السيسي
                s = next((x for x in range(max(0, h - 2), e) if self.p.name_word(x, True)
                          and (x == 0 or not self.p.name_word(x - 1, False)) and self.p.name_run(x) == h + 1
                          and self._names_here(x, h)), e)
            if s < e:
                self._register(self.an.text[t[s].start:t[h].end], None, s)
                return True
        return False

    def _word_positions(self) -> dict[str, list[int]]:
        """Token indices of every word key of the article (built once, when first asked)."""
        if self.positions is None:
            self.positions = {}
            for h, tok in enumerate(self.an.tokens):
                if tok.is_word:
                    self.positions.setdefault(tok.key, []).append(h)
        return self.positions

    def _names_here(self, x: int, h: int) -> bool:
        """Is the run of words x..h a full name where the article writes it, not a verb or nouns before a
        surname? It does not open its sentence (Arabic news opens sentences with the verb: استضاف ترامب أمير
        قطر) nor follow a preposition (على حد تعبير أمل); its words carry no pronoun (ابنها، وطوره يورجين كلوب);
        a run of three starts with a given name or follows a title, an adjective or a cue
        (الحكم النرويجي توم هينينغ أوفريبو), not a body's own name (لنادي يوفنتوس جانلويجي بوفون)."""
        t, given = self.an.tokens, self.lex.native_given
        p = x - 1
        while p >= 0 and not t[p].is_word and not t[p].raw.isprintable():
            p -= 1                      # a bidi mark before the word is not what precedes it
        if any(self.an.sentence[y] != self.an.sentence[h] for y in range(x, h)):
            return False                # a name does not run across a sentence or a line (سيستمر\nأنان)
        if p < 0 or self.an.sentence[p] != self.an.sentence[x]:
            return t[x].key.lstrip("وف") in given
        if not self.p.word(p) and t[x].key[:1] in "يتن" and t[x].key not in given:
            return False                # a clause opens with its verb: في سن الواحد والأربعين، تثابر أمل
        if self.p.word(p) and (self.p.function(t[p].key, p) or h - x >= 2 and _bare(t[p].key.lstrip("وفلب"))
                               in self.lex.org_heads):
            return False
        if any(t[y].raw.endswith(("ها", "هم", "هما")) and t[y].key not in given for y in range(x, h)):
            return False                # a noun with its pronoun (a bare ه ends names too: جوزيه، طه)
        if t[x].raw.startswith("و") and t[x].key not in given:
            return False
        if _verbal(t[x].key) and t[x].key not in given:
            return False                # تأكيد محمد الحباسي، بتوديع الغنوشي، تحدثت ماسيه: not a given name
        return h - x < 2 or t[x].key in given or self.p.word(p) and (
            self.p.title_head(p) is not None or _is_al(t[p].key) or t[p].key in self.lex.cues)

    def _object_after_name(self, m: Mention) -> bool:
        """NAME ال-NOUN after an object-first verb: the ال-word is its object, not a family name, unless the
        name is an Arabic given name (ونفى كونتي التقارير; but وانتقد بشار الأسد)."""
        words = key(m.name).split()
        return (len(words) == 2 and words[1].startswith("ال") and words[0].lstrip("وف") not in self.lex.native_given
                and self._match([token_key(w, self.lex) for w in words]) is None)   # not a name met before

    def _known_start(self, m: Mention, i: int) -> Mention:
        """An unknown run of words that starts with a known person's name is that name and then other words:
        وتتهم مانيجولت نيومان ترامب: the subject is مانيجولت نيومان, ترامب the object."""
        t = self.an.tokens
        end = self.an.index_at(m.end)
        for j in range(end - 1, i, -1):
            # what is cut off must not look like a family name (ابو مالك الشامي، أحمد داود أوغلو): it is a known
            # person (ترامب), a common noun with ال (التقارير), a prepositional phrase (لبي بي سي، بقيام) or an
            # accusative (مازحا، تعقيبا)
            cut = t[j].key
            if not (self._match([token_key(cut, self.lex)]) is not None
                    or cut.startswith("ال") and not cut.endswith(("ي", "يه"))
                    or cut[:1] in "لب" and cut not in self.lex.native_given
                    or cut.endswith("ا") and len(cut) >= 4 and cut not in self.lex.native_given):
                continue
            keys = [token_key(t[x].key, self.lex) for x in range(i, j) if t[x].key not in self.lex.particles]
            e = self._match(keys) if keys else None
            # … a name that ends as the person's does (not حسن of حسن روحاني before حسن قشقوي)
            if keys and (e is not None and e.keys[-1] == keys[-1] or j - i >= 2 and self._register_full_name(
                    t[j - 1].key, tuple(t[x].key for x in range(i, j - 1)))):
                return self.p._make(i, j, None, "person")
        return m

    def _plausible_person(self, m: Mention) -> bool:
        """After an object-first verb a bare word is a subject only if it names a known person or looks like
        a name (not a common noun we cannot tell apart): accept titled names and known people."""
        if m.title:
            return True
        keys = [token_key(w, self.lex) for w in key(m.name).split() if w not in self.lex.particles]
        return self._match(keys) is not None

    def _before(self, ci: int) -> Mention | None:
        """A subject right before the verb: لكن مساعد الكرملين أضاف; وكان ترامب قد أبلغ; ترامب، الذي …، هدد."""
        t = self.an.tokens
        j = ci - 1
        while j >= 0 and t[j].key in ("قد", "لقد", "كان", "كانت", "وكان", "وكانت", "ايضا", "بدوره", "بدورها"):
            j -= 1
        if j < 0 or self.an.sentence[j] != self.an.sentence[ci]:
            return None
        if t[j].raw in "،,":
            # skip back over a relative clause: X، الذي …، VERB
            k = j - 1
            while k >= 0 and self.an.sentence[k] == self.an.sentence[ci] and t[k].key not in (
                    "الذي", "التي", "وهو", "وهي", "الذين"):
                k -= 1
            if k <= 0 or t[k - 1].raw not in "،,":
                return None
            j = k - 2
        end = j
        start = end
        while start - 1 >= 0 and self.p.word(start - 1) and self.an.sentence[start - 1] == self.an.sentence[ci] \
                and not self.p.function(t[start - 1].key) and t[start - 1].key not in self.lex.cues and end - start < 8:
            start -= 1
        for s in range(start, end + 1):
            m = self.p.mention(s)
            # only a subject we can recognise: a known or titled person, a body, an unnamed source
            # never the noun of a prepositional phrase: … التحول السياسي في سوريا يلمح إلى …
            if s > 0 and t[s - 1].key in self.PREPOSITIONS:
                continue
            if m is not None and self.an.index_at(m.end) == end + 1 and (
                    m.kind in ("organisation", "anonymous", "title") or self._known(m, s) is not None):
                self._embedded_before = s > 0 and t[s - 1].key in ("ان", "بان", "وان", "لان")
                return m
        return None

    def _source(self, ci: int, cue: Cue) -> tuple[Speaker | None, Mention | None, str, str | None]:
        """The source named after an according-to cue or a speech noun."""
        t = self.an.tokens
        j = self.an.index_at(cue.end)
        if cue.form == "noun":
            # نقلت رويترز عن الوزير قوله: the person before the noun, after عن
            for k in range(ci - 1, max(ci - 8, -1), -1):
                if t[k].key in ("عن", "وعن") and self.p.mention(k + 1) is not None:
                    m = self.p.mention(k + 1)
                    return self.speaker_of(m, k + 1), m, "noun-after-an", None
            sp, rule = self.implicit(ci, cue)
            return sp, None, rule, None
        own = cue.text and key(cue.text).endswith(("ه", "ها", "هم"))
        if own and key(cue.text) not in ("وفقا", "حسبما"):
            sp, rule = self.implicit(ci, cue)
            return sp, None, rule, None
        if j < len(t) and t[j].key in ("ما", "لما"):
            j += 1
        if j < len(t) and j in self.cues and self.cues[j].form == "verb":
            # وفقا لما ذكرته تاس، حسبما نقلت رويترز عن المصدر، بحسب ما أورده موقع اليوم السابع: the verb's
            # own subject, read after it (the relative ما does not make it implicit here)
            m = self.p.mention(self.an.index_at(self.cues[j].end))
            if m is not None and not self.cues[j].relay:
                return self.speaker_of(m, j), m, "according-after-verb", None
            sp, m, rule, relay = self.subject(j, self.cues[j])
            return sp, m, "according-" + rule, relay
        if j < len(t) and t[j].key in ("تعبيره", "تعبيرها", "قوله", "قولها", "وصفه", "وصفها"):
            sp, rule = self.implicit(ci, cue)
            return sp, None, rule, None
        if j < len(t) and t[j].key.endswith(("ه", "ها", "هم")) and any(
                t[j].key[:-n] in self.lex.source_nouns for n in (1, 2)):
            sp, rule = self.implicit(ci, cue)     # وفقا لمشاهداته، بحسب تصريحاته: the person spoken of
            return sp, None, rule, None
        if j < len(t) and t[j].key in self.lex.source_nouns and t[j].key not in self.lex.documents \
                and self.p.word(j + 1):
            j += 1                      # وفقا لمشاهدات الصحافي البريطاني: the journalist
        m = self.p.mention(j, allow_prefix=True)
        if m is not None:
            return self.speaker_of(m, j), m, "according", None
        return None, None, "according-none", None

    # --- the walk
    def run(self) -> list[Attribution]:
        out: list[Attribution] = []
        ordered = sorted(self.cues)
        ci_pos = 0
        for li, link in enumerate(self.links):
            o = self.an.index_at(link.span.open_at)
            # walk every cue before this quote, so that speakers named without quotes are tracked too
            while ci_pos < len(ordered) and ordered[ci_pos] < o:
                self._visit(ordered[ci_pos])
                ci_pos += 1
            if link.kind == "continuation" and link.previous is not None and link.previous < len(out):
                prev = out[link.previous]
                out.append(Attribution(link.span, "continuation", None, None, prev.speaker, prev.speaker_key,
                                       prev.speaker_title, prev.speaker_type, "continuation", prev.relay))
                continue
            if link.cue_index is None:
                continue
            if link.cue_index not in self.cue_speaker:
                self._visit(link.cue_index)
            sp, m, rule, relay = self.cue_speaker[link.cue_index]
            if link.rule.endswith("+list") and out:
                prev = out[-1]
                out.append(Attribution(link.span, link.kind, link.cue, prev.mention, prev.speaker, prev.speaker_key,
                                       prev.speaker_title, prev.speaker_type, prev.rule, prev.relay))
                continue
            if sp is None:
                continue
            out.append(Attribution(link.span, link.kind, link.cue, m, sp.name, sp.key, sp.title, sp.type,
                                   f"{link.rule}/{rule}", relay))
        return out

    def _visit(self, ci: int) -> None:
        if ci in self.cue_speaker:
            return
        cue = self.cues[ci]
        res = self.subject(ci, cue)
        self.cue_speaker[ci] = res
        sp, m, rule, _ = res
        if sp is not None and m is not None and rule == "relay":
            # ونقلت وكالة فرانس برس عن متحدث … قوله «…». وأضاف: the relayed person speaks on; the verb's
            # gender is the agency's, not his
            self.last = self.last_masc = sp
        elif sp is not None and not rule.startswith("embedded") and (
                m is not None and cue.form == "verb" or rule in ("clause-subject", "previous-subject")):
            # the speaker named at the cue, or the subject of the sentence a participle follows (وخالفتها
            # مرايف قائلة): a later لكنها قالت is that speaker
            self.last = sp
            if cue.feminine:
                self.last_fem = sp
            elif not cue.plural:
                self.last_masc = sp
        elif sp is not None and cue.form in ("according",) and sp.type == "person":
            self.last = sp


def attribute(an: Analysis, links: list[Link], cues: dict[int, Cue], extents: dict[int, int],
              lex: Lexicon | None = None) -> list[Attribution]:
    """Speakers for the linked quotes of one document."""
    return Resolver(an, links, cues, extents, lex or lexicon()).run()
