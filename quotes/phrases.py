"""Phrase extents over an Analysis: where a name run or a title phrase ends, which words start a known body,
place or outlet (which tokens can be part of a name: name_words.py). The mention reader (mentions.py) builds on
it."""
from __future__ import annotations

from operator import and_, not_

from .article_words import ArticleWords
from .body_phrases import BodyReader
from .lexicon import Lexicon
from .model import Mention
from .name_words import IN, ON_BEHALF, NameWords
from .names import COMPOUND, NISBA, accusative, bare, definite_nisba, ifal, is_al, is_particle, verbal, verbal_noun
from .normalize import undotted
from .text import IS_WORD, Analysis
from .title_phrases import TitleReader

class Reader(NameWords, TitleReader, BodyReader, ArticleWords):
    """Noun-phrase reading over an Analysis: where a speaker mention starts and ends, what is title and
    what is name."""

    def __init__(self, an: Analysis, lex: Lexicon, extents: dict[int, int]):
        self.an, self.lex, self.t = an, lex, an.tokens
        self.extents = extents      # token index of an opening mark of a *not-quote* span → index after it
        self._word = list(map(and_, map(IS_WORD, an.tokens), map(not_, an.masked)))    # words outside marks
        self._name_word: dict[tuple[int, bool], bool] = {}
        self._org_at: dict[int, int] = {}
        self._rank: dict[int, bool] = {}        # a name_heads word at i heads a title (memoised: see _rank_at)
        self._title_end: dict[int, int] = {}
        self._titled_at: dict[int, Mention] = {}
        self._mention: dict[tuple[int, bool], Mention | None] = {}
        self._pairs: set[tuple[str, str | None]] | None = None     # written(): word keys and pairs of them

    # --- token classes
    def word(self, i: int) -> bool:
        return 0 <= i < len(self._word) and self._word[i]

    def function(self, k: str, i: int | None = None) -> bool:
        if i is not None and k == "علي" and self.t[i].raw.endswith("ي") and (
                not self.word(i + 1) or not self.function(self.t[i + 1].key) or self.t[i + 1].raw == "إن"):
            return False                # علي أحمد، أحمد علي، أحمد علي إن: the name, not the preposition على
        if i is not None and k in self.lex.groups["given_days"] and (self.word(i + 1) and not self.function(
                self.t[i + 1].key) or i > 0 and self.given(self.t[i - 1].key)):
            return False                # خميس الجهيناوي، مهدي جمعة: a given name; the day takes the article
        if i is not None and undotted(self.t[i].raw) in self.lex.written_function:
            return True                 # فإن المدرب فان جال: the particle فإن, not the name particle فان (Van)
        if i is not None and k.startswith("ال") and self.t[i].raw.lstrip("وف").startswith(("آ", "أ")):
            return False                # آلان (Alain) not الآن, ألي (Allie) not إلى: the article is never آ or أ
        if i is not None and k == "انا" and self.t[i].raw.startswith("آ"):
            return False                # آنا كولوتا (Anna), not the pronoun أنا
        return (k in self.lex.function_words or k in self.lex.weekdays or k in self.lex.relative_days
                or k in self.lex.months or k.isdigit() or k in self.lex.anaphoric)

    def title_head(self, i: int) -> str | None:
        h = self.lex.title_heads.get(self.t[i].key, self.lex.written_heads.get(self.t[i].raw)) if self.word(i) else None
        if h is None and self.word(i) and self.t[i].key in self.lex.name_heads and self._rank_at(i):
            return self.lex.name_heads[self.t[i].key]      # الفريق ضاحي خلفان: the rank, not the team
        if h is not None and (self.before_compound(i) or self.in_known_name(i)):
            return None                 # ولي الله سيف: a given name in two words, not the head ولي; الباجي قايد
                                        # السبسي: a known person's name
        if h is not None and (self.t[i].raw.endswith("ة") and self.t[i].key in self.lex.possessed_heads or h in
                              self.lex.bound_heads and not (self.word(i + 1) and self.t[i + 1].key in self.lex.bound_heads[h])):
            return None                 # منافسة الثلاثي: a noun in ة, not منافسه (his rival); الوضع القائم: no القائم بأعمال
        if h is not None and self.t[i].key in self.lex.org_heads and not h.endswith("ه") \
                and not (i > 0 and self.word(i - 1) and self.name_word(i - 1, first=False)):
            return None                 # وأضافت المؤسسة: the foundation (a body word), not the founder in ة; after a
                                        # name it is her title (نور بودي المؤسسة والرئيسة)
        raw = self.t[i].raw if self.word(i) else ""
        if h is not None and raw in self.lex.head_homographs and (raw.lstrip("وف").startswith("أ") or not (
                self.word(i + 1) and is_al(self.t[i + 1].key) and not self.nationality(self.t[i + 1].key))):
            return None                 # أمام البرلمان، بفارق 2,464 ث امام ماركيز: the preposition, not إمام (امام
                                        # المسجد without its hamza is)
        if h is not None and raw in self.lex.written_heads and not (self.word(i + 1) and not self.function(
                self.t[i + 1].key)):
            return None                 # والي أن: «and to», not the governor (والي أرزينجان)
        if h is None and self.abbreviated(i):
            return self.lex.title_abbreviations[self.t[i].key]     # د. سحر نصر
        if h in self.lex.adjective_heads and i > 0 and self.word(i - 1):
            p = self.t[i - 1].key
            nxt = self.t[i + 1] if i + 1 < len(self.t) else None
            construct = nxt is not None and self.word(i + 1) and not self.function(nxt.key) and (
                is_al(nxt.key) or nxt.key.endswith(("ي", "ين")))          # (ضجة كبيرة في: في is no genitive)
            if not (is_al(p) or self.function(p) or self.is_cue(i - 1) or p in self.lex.title_heads
                    or construct and self.name_word(i - 1, first=False)):
                return None             # تحول كبير: an adjective of the noun before it, not a title (but
        return h                        # ريك سبونر كبير محللي الأسواق: a title in apposition to a name)

    def _rank_at(self, i: int) -> bool:
        """Is the name_heads word at i a rank before a name? (Reading the name asks again: meanwhile, no.)"""
        r = self._rank.get(i)
        if r is None:
            self._rank[i] = False
            p = self.t[i - 1].key if i > 0 and self.word(i - 1) else ""
            # (المشرف على الفريق مروان دفتردار، مدرب الفريق: the team, a title's complement)
            r = self._rank[i] = not (p in self.lex.groups["prepositions"] or p in self.lex.groups["title_links"]
                                     or p in self.lex.title_heads or p in self.lex.title_complements) \
                and self._name_after_rank(i + 1)
        return r

    def _name_after_rank(self, j: int) -> bool:
        """Does a person's name start at j, after a rank's أول/الركن (الفريق أول عبد الفتاح البرهان): two name
        words or more, or one before a comma or what ends a speaker (الفريق خلفان،)?"""
        while self.word(j) and self.t[j].key in ("اول", "الركن", "ركن"):
            j += 1
        if not self.word(j) or self.t[j].key in self.lex.name_heads or not self.name_word(j, first=True):
            return False
        return self.name_run(j) - j >= 2 or self._speaker_end(j + 1)

    def before_compound(self, i: int) -> bool:
        """Does the second word of a two-word given name follow token i (ولي الله، نجم الدين)?"""
        return self.word(i + 1) and self.t[i + 1].key in COMPOUND

    def is_cue(self, i: int) -> bool:
        """Is token i a reporting word (Lexicon.cue: not a word whose written ؤ the key folded away, رؤى)?"""
        return self.lex.cue(self.t[i].raw, self.t[i].key) is not None

    def abbreviated(self, i: int) -> bool:
        """Is token i a head written short, glued to its dot and followed by a word (د. سحر، د.هشام)?"""
        t = self.t
        return (i + 2 < len(t) and t[i].key in self.lex.title_abbreviations and t[i + 1].raw == "."
                and t[i].end == t[i + 1].start and self.word(i + 2) and (i == 0 or t[i - 1].raw != ".")
                and not (i + 3 < len(t) and t[i + 2].key in self.lex.title_abbreviations and t[i + 3].raw == "."))
                # (not أ. د.: two heads short, the title reader reads one)

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
                    k in self.lex.outlets_any and (n > 1 or not is_al(k))):   # اليوم، الوطن: words too
                return n
        return 0

    def honorific(self, i: int) -> bool:
        """Does a formula of the honorifics start at token i (رضي الله عنه، حفظه الله)?"""
        return i + 1 < len(self.t) and (self.t[i].key, self.t[i + 1].key) in self.lex.honorifics

    def prefixed_known(self, i: int) -> bool:
        """Is token i ل/ب glued to a known outlet or body, of one word or more (لرويترز، لسكاي نيوز عربية)?"""
        k = self.t[i].key
        return k[:1] in "لب" and (k[1:] in self.lex.outlets_any or k[1:] in self.lex.org_names or self._prefixed_name(i))

    def _prefixed_name(self, i: int) -> bool:
        """Is token i ل/ب glued to a known multi-word name (لبي بي سي، لوكالة الأنباء الفرنسية)?"""
        k = self.t[i].key
        for n in range(min(self.lex.max_org_words, len(self.t) - i), 1, -1):
            if all(self.word(i + m) for m in range(n)):
                phrase = " ".join([k[1:]] + [self.t[i + m].key for m in range(1, n)])
                if phrase in self.lex.outlets_any or phrase in self.lex.org_names or phrase in self.lex.places:
                    return True
        return False

    def _hyphen_joins(self, j: int) -> bool:
        """Is token j a hyphen written between two words with no space (جان-كلود، جونغ-أون)?"""
        t = self.t
        return t[j].raw == "-" and self.word(j - 1) and self.word(j + 1) \
            and t[j - 1].end == t[j].start and t[j].end == t[j + 1].start

    def name_word(self, i: int, first: bool) -> bool:
        """Could token i be part of a person's name? (memoised: asked several times per token)"""
        r = self._name_word.get((i, first))
        if r is None and first and i >= 2 and self._hyphen_joins(i - 1):
            r = self._name_word[(i, first)] = False     # كلود in جان-كلود: a half, no name starts there
        if r is None:
            r = self._name_word[(i, first)] = self._name_word_uncached(i, first)
        return r

    def _preposition_on(self, k: str) -> bool:
        """Is ل/ب + rest a preposition on a noun or a name rather than a name starting with ل/ب (لافروف، بايدن)?
        It is when the rest is a determiner (بنفس، بكل، بما), a known noun or name, or a word the article writes
        without the ل/ب (برلينا والاس … قالت القاضية لوالاس)."""
        rest = k[1:]
        if k in self.lex.foreign_given:
            return False                # لاري كودلو (Larry), not ل + أرى written in the article
        if rest in self.lex.native_given and len(rest) >= 3 and k[1] != "ا" and k not in self.lex.native_given:
            return True                 # بمحمد صلاح، لعلي: a preposition on a given name (بلال، بريان، باسيل are names)
        if rest in self.lex.foreign_given and len(rest) >= 4 and k[1] != "ا":
            return True                 # لدونالد ترمب: … or a foreign one (not بريان, above; not باريك: ب + اريك)
        return rest in self.lex.groups["determiners"] or len(rest) >= 3 and (
            rest in self.lex.name_nouns or rest in self.lex.documents or rest in self.lex.outlets_any
            or rest in self.lex.org_names or rest in self.lex.places or rest in self.vocabulary or verbal_noun(rest)
            or k not in self.lex.native_given and k[1] not in "اوي"
            and (rest in self.lex.common_verbs and not rest.endswith("ي") or rest[:1] == "ت" and verbal(rest)))
        # (سالفيني لترك برلوسكوني، كوسبي بتخدير: ل/ب on a verbal noun spelt as its verb, or تفعيل; not بادي، لبكي)

    def _speaker_end(self, j: int) -> bool:
        """Does token j end a speaker's name as a reporting verb's subject ends: a colon, a comma, إن/أن?"""
        return j < len(self.t) and not self.an.masked[j] and (
            self.t[j].raw in ":،," or self.t[j].key in ("ان", "انه", "انها", "بان"))

    def _accusative_participle(self, k: str, even_after_given: bool = False) -> bool:
        """مخاطبا، متوجها، معربا: مُفعِلا, a participle in the accusative (a circumstantial clause), not a name; but
        not a word the article writes right after a given name (خوسيه موخيكا … وقال موخيكا: his family name), unless
        even_after_given (as the third word of a name: المخرج محمد كريم محاولا)."""
        return (5 <= len(k) <= 7 and k[0] == "م" and k.endswith("ا") and not k.endswith("يا") and k[1] not in "اي"
                and not self.first_name(k) and (even_after_given or k not in self.after_given))  # (مونيكا: a name)

    def boundary(self, j: int) -> bool:
        """Does a name end before token j? (punctuation, a quote, a function word, إن/أن, the end)"""
        return j >= len(self.t) or not self.word(j) or self.function(self.t[j].key) or self.is_cue(j)

    def nationality(self, k: str) -> bool:
        """الروسي، الأمريكية، الفلسطيني: an adjective of a place in the places list, not a family name
        (القحطاني، الشحماني، العويضي end the same way)."""
        return self.lex.country_of(k) is not None

    def short_brackets_end(self, j: int) -> int | None:
        """The closing bracket of a short aside in brackets opening at j (a body's short name: (واس)، (اوبك)),
        within five tokens; None when no bracket closes so soon."""
        t = self.t
        return next((x for x in range(j + 1, min(j + 6, len(t))) if t[x].raw == ")"), None)

    def strong_boundary(self, j: int) -> bool:
        """A name clearly ends before j: punctuation other than a quotation mark (unless it opens a quotation),
        a function word, a cue, a verbal noun with a possessive (لودريان انسحابه: the verb's object)."""
        if j >= len(self.t):
            return True
        tok = self.t[j]
        if not tok.is_word:             # … or the mark that opens a quotation (وقال مدرب تشيلسي أنطونيو كونتي «…)
            return tok.raw in "،,.:؛;()!?؟-–—" and not self.an.masked[j] or self.opens_quotation(j)
        return not self.an.masked[j] and (self.function(tok.key, j) or self.is_cue(j) or self._possessed_noun(j)
                                          or self._clitic_on_quote(j))

    def opens_quotation(self, j: int) -> bool:
        """Does a quotation open at token j (its mark, masked, right after what is not)?"""
        return j < len(self.t) and self.an.masked[j] and not self.an.masked[j - 1]

    def _clitic_on_quote(self, j: int) -> bool:
        """Is token j a lone preposition written on the quotation that follows (سانتوس ب"الانتخابات…"، لـ«…»)?"""
        return self.t[j].key.rstrip("ـ") in ("ب", "ل", "ك") and self.opens_quotation(j + 1)

    def _ends_name(self, j: int, i: int, limit: int) -> bool:
        """Do the name words from j on (up to the limit) end at a strong boundary or a title in apposition?"""
        words = sum(1 for k in range(i, j) if self.t[k].key not in self.lex.particles)
        while words < limit and self.name_word(j, first=False):
            if self.strong_boundary(j + 1) or self._apposed_title(j + 1):
                return True
            j += 1
            words += 1
        return self.strong_boundary(j) or self._apposed_title(j) or self.word(j) and (
            self._told(j) or self.verb_with_object(j) or self._by_verbal_noun(j))
        # بيير ايمريك أوباميانج | عقده مع فريقه; رجب طيب أردوغان | بالتأكيد أن

    def _by_verbal_noun(self, j: int) -> bool:
        """Is token j بـ on a definite verbal noun (بالتأكيد، بالإشارة، بالتحذير): how the subject spoke, after his name?"""
        k = self.t[j].key
        return k.startswith("بال") and len(k) >= 7 and verbal(k[3:], self.t[j].raw[3:])

    def _before_apposed_title(self, i: int) -> bool:
        """Do a comma and a title head follow token i (جوها، مدير علوم الفيزياء)?"""
        return i + 2 < len(self.t) and self.t[i + 1].raw in "،," and self.title_head(i + 2) is not None

    def _apposed_title(self, j: int) -> bool:
        """Does a title in apposition start at j: a head in construct (ولايتي مستشار المرشد) or a definite
        head with its complement (ماريان المتخصص في، … المتحدث باسم) — not a bare definite noun that is also
        a head (نتنياهو دول العالم)?"""
        h = self.title_head(j) if self.apposition(j) else None
        if h is None or self.t[j].key not in (h, "ال" + h, h + "ه", "ال" + h + "ه"):     # (وزيرة الخارجية too)
            return False                # not لحاكم، بالرئيس: a preposition on a head starts no apposition
        if not is_al(self.t[j].key):
            return True
        nxt = self.t[j + 1].key if self.word(j + 1) else ""
        return nxt in (IN, ON_BEHALF) or nxt.startswith("لل") or nxt in self.lex.groups["ranks"] or (
            is_al(nxt) and (nxt.endswith(NISBA) or nxt in self.lex.groups["describing"]) and not self.function(nxt))
        # (… ترواديك الرئيس السابق لسلطة، لوبيز المرشح اليساري: a definite head and its adjective)

    def name_run(self, i: int, limit: int = 4) -> int:
        """End (exclusive) of a name at i: name words, particles (بن، أبو، عبد), a final ال-word (بشار الأسد)."""
        if i < len(self.t) and self.t[i].raw == "#" and self.word(i + 1) and self.t[i].end == self.t[i + 1].start:
            return self._hashtag_run(i, limit)
        j, words = i, 0
        while j < len(self.t) and words < limit:
            if j > i and self.an.paragraph[j] != self.an.paragraph[i]:
                break           # a name never runs on past its line (محمد بن سلمان / التغييرات في السعودية)
            if j > i and (self._hyphen_joins(j) or self.t[j].raw in "#_" and self.word(j + 1)
                          and self.t[j].end == self.t[j + 1].start):
                j += 1 + (self.t[j].raw == "-")     # a hashtag inside a name (دونالد #ترمب، #دونالد_ترمب) or a
                continue                            # hyphen joining its halves (جان-كلود يونكر، كيم جونغ-أون)
            k = self.t[j].key if self.word(j) else ""
            if self.particle(j) and self.word(j + 1):
                j += 1
                continue
            if j > i and k in COMPOUND and words <= 2:
                if self.particle(j - 1):
                    words += 1  # عبد الله: the particle and the compound are the name's one word (عبد الله الأشعل)
                j += 1          # نور الدين، صلاح الدين، عبد الله: one given name in two words
                continue
            if j == i + 1 and self._name_syllable(i, j, k):
                j += 1                  # كيم كي غوان: one name word with the first (كيم كي غوان النائب الأول)
                continue
            if j > i and k in self.lex.letter_names and j + 2 < len(self.t) and self.t[j + 1].raw == "." \
                    and self.name_word(j + 2, first=False):
                j += 2                  # باتريك بي. روبرسون، لورا ايه. كولانجيلو: a middle initial and its dot
                continue
            if self.name_word(j, first=(j == i)):
                if self._name_stops(i, j, k, words, limit):
                    break
                words, j = words + 1, j + 1
                continue
            if (j > i and k and is_al(k) and not k.startswith(("لل", "ولل")) and self.t[j - 1].key in self.lex.particles
                    and not self.function(k)):      # شينزو آبي إلى جانب: إلى is no ال-word after أبي
                words, j = words + 1, j + 1      # عبد الله، آل مكتوم
                continue
            if j == i + 1 and words == 1 and self._title_word_surname(j):
                j += 1 + self._given_after_title_word(j)    # معاذ شيخ إن، عصمت شيخ حسن،: a family name spelt like
                break                   # a title word, with nothing after it that a title would take
            particle = self._has_particle(i, j)
            nasab = self.word(j + 1) and self.t[j + 1].key in self.lex.lineage and self.word(j + 2)
            if j > i and words >= 1 and self._family_word(i, j, words, particle, nasab):
                words, j = words + 1, j + 1      # بشار الأسد، عبد الفتاح السيسي
                if nasab:
                    continue            # راضي العجب بن طوالة: the chain goes on after the particle
            break
        while j > i and self.particle(j - 1):
            j -= 1
        return self._known_ending(i, j)

    def _name_syllable(self, i: int, j: int, k: str) -> bool:
        """Is token j (key k) after a foreign first name a syllable of an East Asian name spelt as a particle (كي)?"""
        return k in self.lex.groups["name_syllables"] and self.t[i].key in self.lex.foreign_given \
            and self.name_word(j + 1, first=False)

    def _has_particle(self, i: int, j: int) -> bool:
        """Has the run i..j a particle or a compound's second word (not a foreign one: دي ماريا المنضم)?"""
        return any(self.t[x].key in self.lex.particles and self.t[x].key not in self.lex.groups["foreign_particles"]
                   or self.t[x].key in COMPOUND for x in range(i, j))

    def _name_stops(self, i: int, j: int, k: str, words: int, limit: int) -> bool:
        """Does the name word at j (key k) not go on the name started at i, though it may be a name word?"""
        if words >= 2 and self.spells_known(i, j):
            return False        # رجب طيب أردوغان نصرا: a registry person's name goes on to its end
        if words >= 2 and self.spells_known(i, j - 1) and not self.particle(j):
            return True         # تيريزا ماي ستكون: … and ends there (its nasab goes on after بن)
        if words >= 2 and k in self.lex.known_people and self._known_elsewhere(i, j, k):
            return True         # بويو بوريسوف أردوغان: a known person after a full name is the verb's object
        nxt = self.t[j + 1].key if self.word(j + 1) else ""
        if (j == i and k.endswith("ا") and not k.endswith("يا") and not self.given(k)
                and (len(nxt) == 5 and nxt[2] == "ي" and nxt.endswith("ا") or nxt.endswith("يا")
                     or len(k) <= 4 and len(nxt) == 5 and nxt[1] == "ا" and nxt.endswith("ا"))):  # فاعلا (هتما واضحا)
            return True         # ألقى عددا كبيرا، أمرا تنفيذيا: an accusative noun and its adjective (فعيلا، …يا),
                                # not a name (جوتا سيلفا is one)
        if words >= 2 and self.t[j].raw.endswith("ية") and not self.first_name(k) and self.given(self.t[i].key):
            return True         # سعد ردود فعل إيجابية: a nisba adjective in ية is no third word of a name
        if words >= 2 and self.t[j].raw.endswith("ه") and (verbal_noun(k) or len(k) == 5 and k[2] == "ا") \
                and not self.particle(j - 1) and nxt in self.lex.groups["prepositions"]:
            return True         # حسن روحاني دفاعه عن، ترامب انسحابه من: a verbal noun with «his» and its
                                # preposition, the verb's object (not راضي العجب بن طواله: ة written ه)
        if j > i and self.t[j].raw.endswith("ة") and self.word(j + 1) and self.t[j + 1].raw.endswith("ة") \
                and not is_al(nxt) and not self.given(k) and not self.given(nxt) \
                and not (nxt[:1] in "لب" and self._preposition_on(nxt)):     # (محمد كبارة لصحيفة: whom he told)
            return True         # إرشاد هورموزلو ضجة كبيرة: a noun in ة and its adjective, the verb's object
        if words >= 2 and self._accusative_participle(k, even_after_given=True) and not self.particle(j - 1):
            return True         # المخرج محمد كريم محاولا تدريبي: a participle in the accusative is no third word
        if words >= 2 and ifal(k, self.t[j].raw) and not self.given(k):
            return True         # الملك سلمان بن عبد العزيز إطلاق تسمية: a verbal noun إفعال, the object (إحسان: a name)
        if j > i and not self.particle(j - 1) and self._accusative_after_name(j, k, nxt, i, limit):
            return True         # ترامب أمرا تنفيذيا، ترامب رسوما بنسبة: an accusative noun, not a surname (but دي خيا)
        if words >= 2 and (k.startswith("و") and not self._surname_in_waw(i, j)
                           or not self._ends_name(j + 1, i, limit)):
            return True         # a third word only where the name visibly ends: … بوتين عقد محادثات، ويتكوف وجاريد
        # هادئة وسهلة، سجالا ونقاشا، إيميلي وريان (two first names): two words joined by و, not one (كريستال ورذيم is)
        return words == 1 and self._and_word(j) and (
            self.t[i].raw.endswith(("ة", "ا")) and not self.given(self.t[i].key) and not self.given(k[1:])
            or self.first_name(self.t[i].key) and self.first_name(k[1:]))

    def _hashtag_run(self, i: int, limit: int) -> int:
        """End of a name written as a hashtag at i (#لورا_سميت): the whole hashtag when a name starts it."""
        e = self.name_run(i + 1, limit)
        if e == i + 1:
            return i
        h = i + 2
        while self.word(h) and self.an.text[self.t[h - 1].end:self.t[h].start] == "_":
            h += 1                      # (_ between letters is a gap, not a token: text.WORD)
        return max(e, h) if h - i <= limit + 1 else e

    def particle(self, j: int) -> bool:
        return is_particle(self.t[j].raw, self.t[j].key, self.lex)     # a particle of a name (names.is_particle)

    def _and_word(self, j: int) -> bool:
        """Does token j start with the conjunction و rather than be a name in و (وليد، وائل، ويليام، وودي)?"""
        k, raw = self.t[j].key, self.t[j].raw
        return k.startswith("و") and k not in self.lex.native_given and not raw.startswith(("وا", "وي", "ول", "وو"))

    def _surname_in_waw(self, i: int, j: int) -> bool:
        """Is a third name word in و a surname (علي أكبر ولايتي مستشار، ولايتي، مستشار), not و and another person
        (بوتين وترامب، … وعلي)? Yes after a given name, before a title in apposition, and no given name without و."""
        return self.given(self.t[i].key) and not self.given(self.t[j].key[1:]) and (
            self._apposed_title(j + 1) or self._before_apposed_title(j))

    def given(self, k: str) -> bool:
        """Is the key an Arabic given name, with or without a conjunction (وفهد، فهد — not هد)?"""
        return k in self.lex.native_given or k[:1] in "وف" and k[1:] in self.lex.native_given

    def first_name(self, k: str) -> bool:
        """Is the key a first name the lexicon knows, Arabic (with its conjunction) or of another language (أنطونيو)?"""
        return self.given(k) or k in self.lex.foreign_given

    def _accusative_after_name(self, j: int, k: str, nxt: str, i: int, limit: int) -> bool:
        """Is the word k (ending in ا) after a name an accusative noun rather than a surname? Yes when it has the
        shape of one (فعولا رسوما، فعيلا، فعالا خطابا، تفاعيلا تفاصيلا; not with a long vowel after the first
        letter and a family name after it: ماريا لويزا بونثيلا) or an adjective follows (أمرا تنفيذيا), or when what follows
        is neither the end of the name (a boundary, a title, a prepositional phrase: أوباما إن، جوسلان فيورينا
        للترويج) nor more of it (سيرجيو ديلا فيرغولا الذي)."""
        if not k.endswith("ا") or self.given(k):
            return False
        if k[:-1] in self.lex.groups["time_units"]:
            return True                 # إمهال الرئيس هادي أسبوعا: a span of time, no surname
        vowel_name = k[1:2] in ("ا", "و", "ي") and (
            self.name_word(j + 1, first=False) and self._ends_name(j + 1, i, limit)
            or i > 0 and j + 1 < len(self.t) and self.t[i - 1].raw in "،," and self.t[j + 1].raw in "،,")  # ، سام جييما،
        fial = len(k) == 5 and k[2] == "ا" and k[0] != "ا" and k[1] not in "اوي" and not self.first_name(k)  # خطابا
        if len(k) == 5 and k[2] in "وي" and not vowel_name or fial or len(k) == 7 and k[2] == "ا" and k[4] == "ي" \
                or nxt.endswith("يا") or len(nxt) == 5 and nxt[2] == "ي" and nxt.endswith("ا"):
            return True
        if self.strong_boundary(j + 1) or self.apposition(j + 1) or nxt[:1] in "لب" and len(nxt) > 3 \
                or nxt.startswith(("لل", "بال")) \
                or self.t[j + 1].raw.endswith("ه") and nxt[:-1] in self.lex.common_nouns:
            return False                # (… or the object with «his» follows: دييغو مارادونا مواطنه)
        return not (self.name_word(j + 1, first=False) and self._ends_name(j + 1, i, limit))

    def _family_word(self, i: int, j: int, words: int, particle: bool, nasab: bool) -> bool:
        """Is the ال-word at j the family name of the name run i..j? After a particle (سامي بن فريج العويضي), one
        Arabic given name (بشار الأسد) and, as a family nisba, after two (محمد عبدالله القحطاني) or an unknown first
        name (قيس الخزعلي); never a common noun after a full name (دونالد ترامب الانسحاب) or a word that is no given
        name (وهدد بعدم السفر), nor a place's adjective (بوتين الروسي); the name ends there."""
        t, k = self.t, self.t[j].key
        if not k.startswith("ال") or self.function(k) or bare(k) in self.lex.title_heads or k in self.lex.documents \
                or k in self.lex.org_names or k in self.lex.name_nouns or k in self.lex.places \
                or k in self.lex.groups["audiences"] or k in self.lex.described_by or k in self.lex.groups["describing"]:
            return False                # … nor whom he spoke to (مازح زين الدين زيدان الصحفيين), nor a description
                                        # (محمد مرسي المنتمي لجماعة الإخوان، والد هووت الشاب)
        nisba = k.endswith(NISBA)
        if not nisba and self.spells_known(i, j - 1) and not self.spells_known(i, j) and not self.given(k[2:]):
            return False                # محمد بن سلمان الهجوم: a registry name is whole; the noun is the object
                                        # (not زيد بن رعد الحسين: a given name with ال)
        given = self.given(t[i].key) or t[i].key in self.lex.definite_given     # … الصادق الغرياني
        if nisba and self.nationality(k) and not (words == 1 and given and j == i + 1):
            return False                # بوتين الروسي; but سيف السويدي، محمد المصري: a family nisba
        nxt = t[j + 1] if j + 1 < len(t) else None
        if not nisba and nxt is not None and self.word(j + 1) and nxt.key in self.lex.groups["describing"]:
            return False                # عبد الحكيم مجاهد العنصر السابق في طالبان: a role and its adjective
        if (particle or words >= 2) and not nisba and nxt is not None and self.word(j + 1) and is_al(nxt.key) \
                and nxt.key.endswith(NISBA) and not self.function(nxt.key) \
                and bare(nxt.key) not in self.lex.title_heads:     # (سعد بن عبدالله السبر الداعية: a title)
            return False                # محمد بن سلمان المجتمع الدولي: a noun and its adjective, the verb's object
        # after a word not known as a given name, the name must end in what follows a speaker: a title in
        # apposition, a comma or colon, إن/أن (نضال القاسم وكيل محافظ …), not a preposition (بعدم السفر مع)
        sure_end = nxt is not None and (self.apposition(j + 1) or nxt.raw in "،,:"
                                        or nxt.key in ("ان", "انه", "انها", "بان")
                                        or self.opens_quotation(j + 1))     # … or a quotation
        given_run = all(self.given(t[x].key) or t[x].key in self.lex.particles for x in range(i, j))
        closed = self._speaker_end(j + 1)
        if not (particle or words == 1 and (given or nisba or sure_end) or words >= 2 and (nisba or closed and given_run)):
            return False                # (علي محسن الأحمر، نائب الرئيس: after two given names and before a comma)
        return (particle or nasab or nxt is None or not self.word(j + 1) or self.function(nxt.key)
                or self.is_cue(j + 1) or self.topic_answer(j + 1)   # أما الشاعر محمد الخضري فأكد، فيحاول
                or self.apposition(j + 1) or nxt.key.startswith(("لل", "بال"))
                or nxt.raw.startswith(("لـ", "بـ")) or nxt.key[:1] in "لب" and self._preposition_on(nxt.key)
                or nxt.key in ("ل", "ب") and j + 2 < len(t) and nxt.end == t[j + 2].start   # ل"الرياض"
                or words == 1 and given and nxt.key[:1] in "لب" and len(nxt.key) >= 5
                and not nxt.key.startswith(("بو", "بن"))        # عمر الرزاز برسائل، أحمد الطيب بكلمة
                and (not k.endswith(("ين", "ون")) or self.given(k[2:]))    # not أسماء الفائزين بجوائز
                or words == 1 and given and nxt.raw[:1] == "إ" and len(nxt.key) == 5 and nxt.key[3] == "ا"
                and not self.given(nxt.key)                     # محمد الناصر إقرار القانون: إفعال, the verb's object
                or words == 1 and given and nxt.key.startswith("بو") and len(nxt.key) >= 5
                and nxt.key not in self.lex.common_nouns)       # لمياء الزريبي بوجناح: a second family name

    def proper(self, j: int) -> bool:
        """Can token j be (part of) a body's or person's proper name in construct: not a verb, a title or type
        word, a prepositional phrase, a noun with a possessive or an accusative?"""
        t, lex = self.t, self.lex
        k = t[j].key
        if (k in lex.common_verbs or k in lex.title_heads or k in lex.anonymous or k in lex.documents
                or k in lex.org_heads or k in lex.cues or self.function(k, j)):
            return False
        rest = k[1:]
        if k[:1] in "لب" and (rest in lex.outlets_any or rest in lex.org_names or rest in lex.places
                              or rest in lex.name_nouns or rest in lex.documents):
            return False
        if accusative(t[j].raw) or len(k) >= 5 and k.endswith(("ها", "هم", "هما")) or len(k) >= 6 and k[0] == "ي" \
                and k.endswith("ون"):
            return False        # (and a present verb in the plural: شركة آبل يستقبلون)
        if len(k) >= 4 and k.endswith("ا") and not k.endswith("يا") and k not in lex.native_given:
            # بيانا، تقريرا: an accusative object; تويوتا اليابانية، فيزا لسكاي نيوز: a name before its adjective,
            # a prepositional phrase or the end
            nxt = t[j + 1].key if self.word(j + 1) else ""
            return (self.strong_boundary(j + 1) or definite_nisba(nxt)
                    or nxt[:1] in "لب" and len(nxt) > 3)
        return True

