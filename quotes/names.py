"""Name keys and word shapes. A name key makes every spelling of a transliterated name match
(ترامب/ترمب); the word-shape tests tell an article, a verbal noun or a verb's ending from a name's letters.
Keys come from quotes.normalize.key: these functions take keys, never raw words, unless they say so."""
from __future__ import annotations

from .lexicon import Lexicon, lexicon
from .normalize import bare, key, undotted  # noqa: F401  (bare: re-exported for the readers)

_VOWELS = str.maketrans("", "", "اويى")
_CLASSES = str.maketrans({"غ": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "ث": "س",
                          "و": "ف", "ه": "", "ة": ""})


_SOUNDS = str.maketrans({"غ": "ج", "ط": "ت", "ة": "ه"})


_TOKEN_KEYS: dict[tuple[str, int], str] = {}     # (word, id of the lexicon) → token key: names recur
_TOKEN_KEYS_MAX = 200_000


def token_key(word: str, lex: Lexicon | None = None) -> str:
    """Spelling-independent key of one name word. Transliterated names vary in long vowels and in
    ج/غ, ت/ط, و/ف (ترامب/ترمب, سيرجي/سيرغي, ويتكوف/فيتكوف, دميتري/ديمتري): the key keeps the first
    letter class and the consonant skeleton. Native Arabic given names keep their spelling (محمد ≠ محمود)."""
    lex = lex or lexicon()
    got = _TOKEN_KEYS.get((word, id(lex)))
    if got is None:
        if len(_TOKEN_KEYS) >= _TOKEN_KEYS_MAX:
            _TOKEN_KEYS.clear()
        got = _TOKEN_KEYS[(word, id(lex))] = _token_key(word, lex)
    return got


def _token_key(word: str, lex: Lexicon) -> str:
    k = key(word).replace(" ", "")
    if k in lex.son:
        return lex.son[0]               # «son of», written both ways in one name (ابن سليم = أحمد بن سليم)
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


_CONTINUING: dict[int, frozenset[str]] = {}


def continuing_keys(lex: Lexicon) -> frozenset[str]:
    """The name keys (token_key) of words that continue a person's name rather than end it: a given name, a
    particle, a lineage word (بن) or a generation word (جونيور، الابن); once per lexicon (it lives as long as
    the process)."""
    got = _CONTINUING.get(id(lex))
    if got is None:
        got = _CONTINUING[id(lex)] = frozenset(token_key(w, lex) for w in (
            *lex.native_given, *lex.particles, *lex.lineage, *lex.groups["name_suffixes"]))
    return got


def accusative(raw: str) -> bool:
    """Is the word written with the accusative tanween (سببًا، انعكاساً، معلقةً)? Such a word is a common noun
    or a circumstantial participle, never a name or a subject."""
    return raw.endswith(("\u064b", "\u064bا", "ا\u064b"))


def is_particle(raw: str, k: str, lex: Lexicon) -> bool:
    """Is the word (raw, key) a particle of a name (بن، أبو، آل، فان)? Written with a madda only آل is one: آبي is a
    name (شينزو آبي، آبي أحمد), not أبي; فإن with its hamza is the particle of a clause, not فان (Van)."""
    return k in lex.particles and (k == "ال" or not raw.lstrip("وف").startswith("آ")) \
        and undotted(raw) not in lex.written_function


def name_keys(words: list[str], lex: Lexicon) -> list[str]:
    """The token keys of a name's words (as written) for matching one person's mentions: particles dropped but
    at the end (a particle never ends a name), and أبو written joined to its word dropped too (أحمد أبوزيد
    and أبو زيد share زيد); عبد stays with its word, however written (عبدالفتاح and عبد الفتاح share عبدالفتاح)."""
    out, servant = [], False
    words = [part for w in words for part in w.split("-") if part]    # جان-كلود: two name words, one hyphen
    for n, raw in enumerate(words):
        w = key(raw).replace(" ", "")
        if w == "عبد" and n + 1 < len(words):
            servant = True              # عبد الله is one given name: its key is عبدالله, never الله alone
            continue
        if is_particle(raw, w, lex) and n + 1 < len(words):
            continue
        if servant:
            w, servant = "عبد" + w, False
        elif w.startswith("ابو") and len(w) > 4:
            w = w[3:]
        out.append(token_key(w, lex))
    return out


def name_key(name: str, lex: Lexicon | None = None) -> str:
    """Key of a full name: the keys of its words, particles kept as written."""
    lex = lex or lexicon()
    words = key(name).split()
    return " ".join(w if w in lex.particles else token_key(w, lex) for w in words)


# ---------------------------------------------------------------- document entities


# second words of one given name (نور الدين، زين العابدين)
COMPOUND = frozenset({"الدين", "الله", "الرحمن", "الاسلام", "العابدين"})


def raw_article(raw: str) -> bool:
    """Is the ال at the start of a word the article? Written with a bare alef it is; إليزابيث, ألبرتو and
    إلياس start with a hamza-alef, which key() folds into the same letters."""
    r = raw.lstrip("وفبل")
    return raw.startswith(("ال", "وال", "فال", "بال", "لل", "ولل", "فلل", "وبال")) or r.startswith("ال")


def is_al(k: str) -> bool:
    """Does the key start with the article (with a clitic و/ف/ب/ل)? والد، والي، بالي are not و/ب + ال + a
    one-letter noun."""
    return k.startswith("ال") or k.startswith("لل") or k.startswith(("وال", "بال", "فال", "ولل")) and len(k) >= 6


NISBA = ("ي", "يه")                             # the nisba's endings in keys (المصري، المصرية: ة is ه)
NISBA_ANY_NUMBER = NISBA + ("يون", "يين")        # … and its plural (المصريون، المصريين)


def definite_nisba(k: str, plural: bool = False) -> bool:
    """Is the key a nisba adjective with the article (المصري، المصرية; with plural, also المصريون، المصريين)?"""
    return is_al(k) and k.endswith(NISBA_ANY_NUMBER if plural else NISBA)


def ifal(k: str, raw: str) -> bool:
    """Has the word, as written, the shape of the verbal noun إفعال (إطلاق، إشراك، إعلان): five letters, إ first
    and ا fourth? Given names of that shape (إحسان، إسلام) are names.json native_given, tested by the callers."""
    return len(k) == 5 and k[0] == "ا" and k[3] == "ا" and raw.lstrip("وف")[:1] == "إ"


def verbal(k: str, raw: str = "") -> bool:
    """Does the key look like a verbal noun or a verb rather than a given name? A preposition on a verbal
    noun (بتوديع، لتعزيز، بمناسبة), the patterns تفعيل (تأكيد، تحديد), a feminine past تفعّلت or تفاعلت (تحدثت،
    تراجعت) or a plural in ت…ات (تعليمات; not the given names تولبرت، تشارلوت), a derived verbal noun
    (verbal_noun), a past استفعل (استفز), and, seen as written, a past افتعل (اصطحب) and the masdar إفعالة
    (إصابة، إشارة; written with إ or a bare ا, while the names أصالة، أسامة take أ), and إفعال written with إ
    (إشراك روني، إعلان ترامب; the given names إسحاق، إلهام، إسلام are in names.json). Given names are tested
    first by the callers (ابتسام، انتصار are names)."""
    bare_raw = raw.lstrip("وف")
    return (len(k) == 5 and k[0] == "ا" and k[2] == "ا" and k[-1] == "ه" and bare_raw[:1] in ("إ", "ا")
            and raw.endswith("ة")
            or len(k) >= 5 and k.startswith(("بت", "لت", "بم", "لم"))
            or ifal(k, raw) and k[1] not in "اوي"
            or len(k) == 5 and k[0] == "ت" and k[3] == "ي" and k[-1] != "ه"       # not توريه (Touré)
            or k[0] == "ت" and k[-1] == "ت" and (len(k) == 5 or len(k) == 6 and k[2] == "ا" or k.endswith("ات"))
            or verbal_noun(k)
            or len(k) == 5 and k.startswith("است") and not set(k[3:]) & set("اوي")
            or len(k) == 5 and bare_raw[:1] == "ا" and not bare_raw.startswith("ال") and k[2] in "تطد"
            and k[1] not in "اوي" and not set(k[3:]) & set("اوي"))      # a past افتعل as written: اصطحب، انتقد


def verbal_noun(k: str) -> bool:
    """Has the key the shape of a verbal noun of the derived forms, alone or with a possessive: افتعال
    (اعتقال، احترام)، انفعال (انتباه، انسحاب)، استفعال (استخدام), افتعال of a first و (اتهام، اتصال، اتفاق);
    انتباهي، احترامه — a consonant after the ا (إيتمار، إتيان are names). After ب/ل it is a preposition on a noun
    (باعتقال، بارتكاب), never a name."""
    for stem in (k, k[:-1] if k.endswith(("ي", "ه")) else "", k[:-2] if k.endswith(("ها", "هم")) else ""):
        if stem[:1] == "ا" and stem[-2:-1] == "ا" and stem[1:2] not in "اوي" and (
                len(stem) == 6 and (stem[2] == "ت" or stem[1] == "ن") or len(stem) == 7 and stem.startswith("است")
                or len(stem) == 5 and stem[1] == "ت" and stem[2] not in "اوي"):
            return True
    return False


def verb_stem(k: str) -> str:
    """A verb key without its object pronoun (وخالفتها → وخالفت), so that its ending shows its gender."""
    return k[:-2] if k.endswith(("ها", "هم")) else k[:-1] if k.endswith("ه") else k


def unhash(name: str) -> str:
    """A name as a hashtag reads (#دونالد_ترمب، دونالد #ترمب): without # and with spaces for _."""
    return " ".join(name.replace("#", " ").replace("_", " ").split()) if ("#" in name or "_" in name) else name


def _parent(w: str) -> bool:
    """والد، والدة، والدته، والداه: the word for a parent, whose و is its own."""
    return w.startswith("والد") and w[4:].replace("ة", "ت", 1).rstrip("هامي") in ("", "ت")


def clean_phrase(phrase: str) -> str:
    """Drop clitic و/ف/ل/ب from the start of an organisation or source phrase (للكرملين → الكرملين), and the
    marks of a hashtag."""
    k = unhash(phrase)
    first = k.split()[0] if k.split() else k
    if k.startswith(("لل", "ولل")) and len(first) >= 5:
        k = "ال" + k.split("لل", 1)[1]
    # و/ف/ب/ل + the article + a noun of three letters or more; والده، والدته، والداه (a parent) keep their و
    elif k[:1] in "وفبل" and k[1:3] == "ال" and len(first) >= 6 and not _parent(first):
        k = k[1:]
    return k.lstrip("\u0640")


def without_preposition(k: str, letters: str = "لب") -> str:
    """The key without a preposition glued to it (للشروق → الشروق، لرويترز → رويترز، بالميركاتو → الميركاتو)."""
    return ("ال" + k[2:]) if k.startswith("لل") else k[1:] if k[:1] and k[0] in letters else k
