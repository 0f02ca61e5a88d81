"""Arabic knowledge loaded from quotes/data/*.json, validated on load.

Data files hold base forms only. This module generates what a reader recognises as the same word:
feminine, plural and dual verb forms, the accusative participle (مضيفا/مضيفاً/مضيفًا), object pronouns
(وصفه), and the clitics و/ف/ب/ل (with ل + ال → لل). Everything is stored as matching keys
(quotes.normalize.key), never as text to slice.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from .errors import DataFileError
from .normalize import key

CONJ = ("", "و", "ف")                     # clitic conjunctions on any word
PREP = ("ب", "ل", "ك")                    # clitic prepositions on nouns


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    form: str                  # verb | participle | according | noun
    feminine: bool = False
    plural: bool = False
    object_first: bool = False
    relay: bool = False
    has_object: bool = False   # the form carries an object pronoun (وصفه)
    colon_only: bool = False   # a cue only right before a colon or a quotation (وزاد: «…»)
    complement: str = ""       # … or with this word after it in its clause (عبرت البعثة عن «…»)


def _load(name: str, required: dict[str, type]) -> dict[str, Any]:
    """Read one data file and check its top-level keys and their types."""
    path = f"quotes/data/{name}"
    try:
        raw = resources.files("quotes").joinpath(f"data/{name}").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{path}: missing from the package; reinstall quotes") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise DataFileError(f"{path}: not valid JSON ({e.msg} at line {e.lineno}); fix the file") from None
    for k, typ in required.items():
        if k not in data:
            raise DataFileError(f"{path}: key {k!r} is missing; expected keys: {sorted(required)}")
        if not isinstance(data[k], typ):
            raise DataFileError(f"{path}: {k!r} is a {type(data[k]).__name__}, expected a {typ.__name__}")
    return data


def _strings(path: str, field: str, values: list) -> list[str]:
    """Every entry of a word list must be a non-empty Arabic/Latin string."""
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise DataFileError(f"quotes/data/{path}: {field} has {v!r}; every entry must be a non-empty string")
    return values


def with_conj(k: str) -> set[str]:
    """A key with the conjunction clitics و/ف."""
    return {c + k for c in CONJ}


def with_preps(k: str) -> set[str]:
    """A noun key with و/ف and ب/ل/ك (لـ + ال → لل, as Arabic writes it)."""
    out = set()
    for c in CONJ:
        out.add(c + k)
        for p in PREP:
            out.add(c + p + (k[1:] if p == "ل" and k.startswith("ال") else k))
    return out


def definite(k: str) -> set[str]:
    """A noun key with and without the article ال."""
    return {k, k if k.startswith("ال") else "ال" + k}


def _no_article(k: str) -> str:
    """A stored head without its article (الوزارة → وزاره), as the title and body heads are compared."""
    return k.removeprefix("ال") if k.startswith("ال") and len(k) > 4 else k


def _defective(k: str) -> bool:
    return k.endswith(("ي", "ا"))          # نفى/دعا (ى is ي after key())


def _verb_forms(entry: dict) -> dict[str, CueForm]:
    """All surface keys of one reporting verb (without clitics)."""
    lemma = entry.get("past") or entry.get("present") or entry.get("participle")
    of, relay, colon = bool(entry.get("object_first")), bool(entry.get("relay")), bool(entry.get("colon_only"))
    comp = key(entry["complement"]) if isinstance(entry.get("complement"), str) else ""
    out: dict[str, CueForm] = {}

    def add(form_key: str, form: str, fem=False, plural=False, obj=False):
        out.setdefault(form_key, CueForm(lemma, form, fem, plural, of, relay, obj, colon, comp))

    if entry.get("past"):
        p = key(entry["past"])
        stem = p[:-1] if _defective(p) else p
        add(p, "verb")
        add(stem + "ت", "verb", fem=True)
        add(stem + "وا", "verb", plural=True)
        add(stem + "تا", "verb", fem=True, plural=True)
        if not _defective(p) and (len(p) > 3 or p[1] == "ا"):
            # dual قالا، أضافا; not for sound three-letter verbs, whose dual is spelt like their accusative
            # verbal noun (نصا، ردا، وعدا، طلبا، نقلا عن)
            add(p + "ا", "verb", plural=True)
        obj_stem = p[:-1] + "ا" if _defective(p) else p       # نفاه، دعاه
        for suf in ("ه", "ها", "هم", "هما", "ني", "نا"):
            add(obj_stem + suf, "verb", obj=True)
            add(stem + "ت" + suf, "verb", fem=True, obj=True)
    if entry.get("present"):
        q = key(entry["present"])
        fq = "ت" + q[1:]
        add(q, "verb")
        add(fq, "verb", fem=True)
        add((q[:-1] if _defective(q) else q) + "ون", "verb", plural=True)
        for suf in ("ه", "ها", "هم"):
            add(q + suf, "verb", obj=True)
            add(fq + suf, "verb", fem=True, obj=True)
    if entry.get("participle"):
        r = key(entry["participle"])
        add(r + "ا", "participle")                             # مضيفا (tanween is a diacritic)
        add(r + "ه", "participle", fem=True)                   # مضيفة → key مضيفه
        add(r + "ين", "participle", plural=True)
        add(r + "ات", "participle", fem=True, plural=True)
    return out


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, CueForm]                      # verb/participle/according/noun surface key → info
    according_phrases: tuple[tuple[str, ...], ...]
    source_nouns: frozenset[str]
    title_heads: dict[str, str]                   # surface key → base head key
    title_complements: frozenset[str]
    title_domains: frozenset[str]
    relational_heads: frozenset[str]              # heads whose complement is a person (مستشار بوتين)
    kinship_heads: frozenset[str]                 # والد، خطيبة: with a name in construct, the relative's name
    address_forms: frozenset[str]                 # سمو، معالي: with a possessive (سموه) no name follows
    adjective_heads: frozenset[str]               # كبير: after an indefinite noun an adjective (تحول كبير)
    particles: frozenset[str]
    native_given: frozenset[str]
    article_like_given: frozenset[str]            # فاليري، والتر: not و/ف/ب + ال
    honorifics: frozenset[tuple[str, str]]        # (first, second) keys: رضي الله، صلى الله، رحمها الله
    formula_speakers: tuple[tuple[tuple[str, ...], str], ...]   # (formula keys, speaker), longest first
    lineage: frozenset[str]                       # بن، بنت: a name goes on after its family name
    called: frozenset[str]                        # يدعى، اسمه: a name follows a description
    issued_documents: frozenset[str]              # بيان، تقرير (bare keys): a bare one is its issuer's words
    anonymous: dict[str, str]                     # surface key → base key
    anonymous_modifiers: frozenset[str]
    org_names: frozenset[str]                     # whole keys, possibly multi-word, with clitics
    org_heads: frozenset[str]
    bare_org_heads: frozenset[str]                # the heads as stored, without ال (وزاره، شركه، مرصد)
    source_documents: frozenset[str]              # documents that are a source after a verb (وأكدت صحيفة …)
    masculine_places: frozenset[str]              # العراق، الأردن: a masculine verb's subject (وأكد العراق)
    outlet_heads: frozenset[str]                  # صحيفه، وكاله، قناه: a bare one names the outlet named before
    documents: frozenset[str]
    outlets: frozenset[str]                       # bare keys (for quoted spans)
    outlets_any: frozenset[str]                   # with clitics
    places: frozenset[str]                        # countries, regions and cities
    countries: frozenset[str]                     # countries and regions: their adjectives are nationalities
    name_nouns: frozenset[str]
    person_nouns: frozenset[str]
    own_words_nouns: frozenset[str]               # حسابه «…»، كلمته «…»: the owner's words follow, not a name
    name_starters: frozenset[str]
    naming_words: frozenset[str]
    heading_max_words: int
    name_max_words: int
    function_words: frozenset[str]
    common_verbs: frozenset[str]
    months: dict[str, int]                        # key (one or two words) → month number
    weekdays: dict[str, int]                      # key → Monday=0
    relative_days: dict[str, int]
    past_markers: frozenset[str]
    anaphoric: frozenset[str]
    clause_openers: frozenset[str]                # particles before a clause's verb or subject (وكانت، ولم)
    groups: dict[str, frozenset[str]]             # named word classes of function_words.json (prepositions …)
    not_said_verbs: frozenset[str]
    pairs: dict[str, tuple[str, ...]]
    symmetric: frozenset[str]
    reopeners: dict[str, tuple[str, ...]]
    max_org_words: int

    # derived look-ups for the hot loops (computed once per lexicon)
    @cached_property
    def according_first(self) -> frozenset[str]:
        """First words of the according-to phrases."""
        return frozenset(ph[0] for ph in self.according_phrases)

    @cached_property
    def body_heads(self) -> frozenset[str]:
        """The body and outlet type heads without the article (وزاره، شركه، مرصد، صحيفه، وكاله)."""
        return self.bare_org_heads | self.outlet_heads

    @cached_property
    def body_head_forms(self) -> frozenset[str]:
        """Every written key of those heads: with ال, و/ف and ب/ل (والوزارة، للشركة، بصحيفة)."""
        return frozenset(f for h in self.body_heads for d in definite(h) for f in with_preps(d))

    @cached_property
    def date_first(self) -> frozenset[str]:
        """Words a date or time expression can start with (a weekday, a month, أمس، يوم، عام …)."""
        return frozenset(self.weekdays) | frozenset(self.months) | frozenset(w.split()[0] for w in self.relative_days) \
            | {"يوم", "ويوم", "اليوم", "مساء", "صباح", "ظهر", "فجر", "في", "منتصف", "مطلع", "نهايه", "بدايه"}

    @cached_property
    def formula_first(self) -> frozenset[str]:
        """First words of the formulas that name who speaks (قال تعالى، صلى الله عليه وسلم)."""
        return frozenset(f[0] for f, _ in self.formula_speakers)

    @cached_property
    def formula_names(self) -> frozenset[str]:
        """The speakers the formulas name (الله، النبي محمد)."""
        return frozenset(s for _, s in self.formula_speakers)

    @cached_property
    def org_first(self) -> frozenset[str]:
        """First words of the organisation, outlet and place names: a name can start only at one of these."""
        return frozenset(n.split(" ")[0] for n in self.org_names | self.outlets_any | self.places)

    @cached_property
    def cue_first(self) -> frozenset[str]:
        """Every key a cue can start with: a speech verb form or the first word of an according-to phrase."""
        return frozenset(self.cues) | self.according_first

    @cached_property
    def marks_re(self):
        """Every character that opens or closes a quotation (the only ones quote-span finding acts on)."""
        import regex
        marks = set(self.pairs) | set(self.symmetric) | set(self.reopeners)
        for closers in (*self.pairs.values(), *self.reopeners.values()):
            marks |= set(closers)
        return regex.compile("[" + "".join(regex.escape(m) for m in sorted(marks)) + "]")


@cache
def lexicon() -> Lexicon:
    """Load, validate and expand every data file once per process."""
    verbs = _load("speech_verbs.json", {"verbs": list, "not_forms": list})
    cues: dict[str, CueForm] = {}
    blocked = {key(w) for w in _strings("speech_verbs.json", "not_forms", verbs["not_forms"])}
    for i, entry in enumerate(verbs["verbs"]):
        if not isinstance(entry, dict) or not any(entry.get(f) for f in ("past", "present", "participle")):
            raise DataFileError(f"quotes/data/speech_verbs.json: verbs[{i}] = {entry!r}; each verb needs at least "
                                "one of past/present/participle as a string")
        for f, info in _verb_forms(entry).items():
            if f in blocked:
                continue
            for c in with_conj(f):
                cues.setdefault(c, info)

    acc = _load("according.json", {"tokens": list, "phrases": list, "source_nouns": list})
    source_nouns = frozenset(f for n in _strings("according.json", "source_nouns", acc["source_nouns"])
                             for d in definite(key(n)) for f in with_preps(d))
    for t in _strings("according.json", "tokens", acc["tokens"]):
        for c in with_conj(key(t)):
            cues.setdefault(c, CueForm(key(t), "according"))
    phrases = []
    for ph in acc["phrases"]:
        if not isinstance(ph, list) or not ph:
            raise DataFileError(f"quotes/data/according.json: phrase {ph!r} must be a list of words")
        ks = [key(w) for w in _strings("according.json", "phrases", ph)]
        for c in with_conj(ks[0]):
            phrases.append((c, *ks[1:]))

    nouns = _load("speech_nouns.json", {"nouns": list})
    for n in _strings("speech_nouns.json", "nouns", nouns["nouns"]):
        b = key(n)
        stems = {b, b[:-1] + "ت" if b.endswith("ه") else b}   # تصريحة → تصريحات handled by list; ة+suffix → ت
        for s in stems:
            for suf in ("", "ه", "ها", "هم"):
                for d in definite(s + suf) if not suf else {s + suf}:
                    for c in with_preps(d):
                        cues.setdefault(c, CueForm(b, "noun"))

    titles = _load("titles.json", {"heads": list, "complements": list, "domains": list})
    names = _load("names.json", {"particles": list, "native_given": list, "article_like_given": list, "anonymous": list,
                                 "anonymous_modifiers": list})
    given = {key(n) for n in _strings("names.json", "native_given", names["native_given"])}
    heads: dict[str, str] = {}
    kin_words = set(_strings("titles.json", "kinship", titles.get("kinship", [])))
    for h in _strings("titles.json", "heads", titles["heads"]):
        b = _no_article(key(h))
        forms = set()
        # the feminine (القاضية، الإعلامية) unless it is a given name (أمينة)
        for stem in (b, b + "ه") if not b.endswith("ه") and b + "ه" not in given else (b,):
            for d in definite(stem):
                forms |= with_preps(d)
        for suf in ("ه", "ها", "هم", "ي"):                 # مساعده، نظيره، مساعدي (construct plural)
            forms |= with_conj(b + suf)
        if h in kin_words:          # a relative in the feminine with a possessive: زوجته، ابنتها، والدته
            fem = (b[:-1] if b.endswith("ه") else b) + "ت"  # (not for other heads: سعادته، مساعدته are nouns)
            for suf in ("ه", "ها", "هم"):
                forms |= with_conj(fem + suf)
        for f in forms:
            heads.setdefault(f, b)

    for h in _strings("titles.json", "kinship_possessed", titles.get("kinship_possessed", [])):
        base = next(key(h)[:-len(x)] for x in ("ها", "هم", "ه", "") if key(h).endswith(x))
        for f in with_conj(key(h)):                     # أمها، أخوه: as written, never with ال (الأمة)
            heads.setdefault(f, base)

    honorifics = set()
    for h in _strings("names.json", "honorifics", names.get("honorifics", [])):
        words = key(h).split()
        if len(words) != 2:
            raise DataFileError(f"quotes/data/names.json: honorifics has {h!r}; each entry is two words")
        first, second = words
        for f in {first} | ({first[:-1] + s for s in ("ه", "ها", "هم", "هما")} if first.endswith("ه") else set()):
            for c in with_conj(f):
                honorifics.add((c, second))
    formulas = names.get("formula_speakers", {})
    if not isinstance(formulas, dict) or not all(isinstance(v, str) and v.strip() for v in formulas.values()):
        raise DataFileError(f"quotes/data/names.json: formula_speakers is {formulas!r}; expected formula → speaker")
    formula_speakers = tuple(sorted(((tuple(key(f).split()), v) for f in _strings("names.json", "formula_speakers",
                                                                               list(formulas)) for v in [formulas[f]]),
                                    key=lambda x: -len(x[0])))
    anonymous: dict[str, str] = {}
    for a in _strings("names.json", "anonymous", names["anonymous"]):
        for f in with_conj(key(a)):
            anonymous[f] = key(a)

    orgs = _load("organisations.json", {"names": list, "heads": list, "documents": list, "outlets": list,
                                        "places": list})
    org_names, places = set(), set()
    for n in _strings("organisations.json", "names", orgs["names"]):
        org_names |= with_preps(key(n))
    for n in _strings("organisations.json", "places", orgs["places"]):
        places |= with_preps(key(n))
    countries = frozenset(places)
    for n in _strings("organisations.json", "cities", orgs.get("cities", [])):
        places |= with_preps(key(n))
    outlets = {key(o) for o in _strings("organisations.json", "outlets", orgs["outlets"])}
    outlets_any = set()
    for o in outlets:
        outlets_any |= with_preps(o)
    org_heads = set()
    for h in _strings("organisations.json", "heads", orgs["heads"]):
        for d in definite(key(h)):
            org_heads |= with_preps(d)
    documents = set()
    for d in _strings("organisations.json", "documents", orgs["documents"]):
        documents |= with_preps(key(d))

    nq = _load("not_quotes.json", {"name_nouns": list, "naming_words": list, "heading_max_words": int,
                                  "name_max_words": int, "name_starters": list, "person_nouns": list,
                                  "own_words_nouns": list})
    name_nouns = set()
    for n in _strings("not_quotes.json", "name_nouns", nq["name_nouns"]):
        for d in definite(key(n)):
            name_nouns |= with_preps(d)
    person_nouns = frozenset(f for n in _strings("not_quotes.json", "person_nouns", nq.get("person_nouns", []))
                             for f in with_preps(key(n)))
    own_words_nouns = frozenset(f for n in _strings("not_quotes.json", "own_words_nouns", nq["own_words_nouns"])
                                for f in with_preps(key(n)))
    naming = set()
    for n in _strings("not_quotes.json", "naming_words", nq["naming_words"]):
        naming |= with_preps(key(n))

    fw = _load("function_words.json", {"words": list, "clause_openers": list})
    function_words = set()
    for w in _strings("function_words.json", "words", fw["words"]):
        function_words |= with_conj(key(w))
    clause_openers = set()
    for w in _strings("function_words.json", "clause_openers", fw["clause_openers"]):
        clause_openers |= with_conj(key(w))
    groups_raw = fw.get("groups", {})
    if not isinstance(groups_raw, dict):
        raise DataFileError(f"quotes/data/function_words.json: groups is {type(groups_raw).__name__}; expected an "
                            "object of name → list of words")
    for g, ws in groups_raw.items():
        if not isinstance(ws, list):
            raise DataFileError(f"quotes/data/function_words.json: groups[{g}] must be a list of words")
    groups = {g: frozenset(f for w in _strings("function_words.json", f"groups[{g}]", ws) for f in with_conj(key(w)))
              for g, ws in groups_raw.items()}
    cv = _load("common_verbs.json", {"verbs": list})
    common_verbs = set()
    for w in _strings("common_verbs.json", "verbs", cv["verbs"]):
        k = key(w)
        stem = k[:-1] if _defective(k) and not k.startswith("ي") else k
        for f in (k, stem + "ت", stem + "وا", ("ت" + k[1:]) if k.startswith("ي") else k):
            common_verbs |= with_conj(f)

    dates = _load("dates.json", {"months": dict, "weekdays": dict, "relative_days": dict, "past_markers": list,
                                 "anaphoric": list, "not_said_verbs": list})
    months: dict[str, int] = {}
    for m, spellings in dates["months"].items():
        if not m.isdigit() or not 1 <= int(m) <= 12:
            raise DataFileError(f"quotes/data/dates.json: month key {m!r}; expected 1..12")
        for s in _strings("dates.json", f"months[{m}]", spellings):
            months[key(s)] = int(m)
    weekdays: dict[str, int] = {}
    for d, spellings in dates["weekdays"].items():
        if not d.isdigit() or not 0 <= int(d) <= 6:
            raise DataFileError(f"quotes/data/dates.json: weekday key {d!r}; expected 0 (Monday) .. 6 (Sunday)")
        for s in _strings("dates.json", f"weekdays[{d}]", spellings):
            for f in with_conj(key(s)):
                weekdays[f] = int(d)
    relative = {}
    for w, off in dates["relative_days"].items():
        if not isinstance(off, int):
            raise DataFileError(f"quotes/data/dates.json: relative_days[{w!r}] = {off!r}; expected a whole number")
        for f in with_conj(key(w)):
            relative[f] = off

    marks = _load("marks.json", {"pairs": dict, "symmetric": list, "reopeners": dict})
    pairs = {}
    for o, closers in marks["pairs"].items():
        if len(o) != 1 or not isinstance(closers, list) or not all(isinstance(c, str) and len(c) == 1 for c in closers):
            raise DataFileError(f"quotes/data/marks.json: pair {o!r}: {closers!r}; expected one character → list "
                                "of one-character closing marks")
        pairs[o] = tuple(closers)

    def keyset(field, values, file="dates.json"):
        return frozenset(key(v) for v in _strings(file, field, values))

    def head_forms(field):
        """Every form of the titles.json heads in `field`: with and without the article, with a preposition."""
        return frozenset(f for h in _strings("titles.json", field, titles.get(field, []))
                         for d in definite(key(h)) for f in with_preps(d))

    kinship = head_forms("kinship")
    return Lexicon(
        cues=cues, according_phrases=tuple(phrases), source_nouns=source_nouns, title_heads=heads,
        title_complements=keyset("complements", titles["complements"], "titles.json"),
        title_domains=frozenset(f for d in titles["domains"] for f in with_preps(key(d))),
        relational_heads=head_forms("relational") | kinship, kinship_heads=kinship,
        address_forms=keyset("address_forms", titles.get("address_forms", []), "titles.json"),
        adjective_heads=keyset("adjective_heads", titles.get("adjective_heads", []), "titles.json"),
        particles=keyset("particles", names["particles"], "names.json"),
        native_given=keyset("native_given", names["native_given"], "names.json"),
        article_like_given=frozenset(f for n in _strings("names.json", "article_like_given", names["article_like_given"])
                                     for f in with_conj(key(n))),
        honorifics=frozenset(honorifics), formula_speakers=formula_speakers, anonymous=anonymous,
        lineage=keyset("lineage", names.get("lineage", []), "names.json"),
        called=keyset("called", names.get("called", []), "names.json"),
        issued_documents=keyset("issued_documents", orgs.get("issued_documents", []), "organisations.json"),
        anonymous_modifiers=keyset("anonymous_modifiers", names["anonymous_modifiers"], "names.json"),
        org_names=frozenset(org_names), org_heads=frozenset(org_heads),
        bare_org_heads=frozenset(_no_article(key(h)) for h in orgs["heads"]),
        source_documents=keyset("source_documents", orgs.get("source_documents", []), "organisations.json"),
        masculine_places=keyset("masculine_places", orgs.get("masculine_places", []), "organisations.json"),
        outlet_heads=keyset("outlet_heads", orgs.get("outlet_heads", []), "organisations.json"), documents=frozenset(documents),
        outlets=frozenset(outlets), outlets_any=frozenset(outlets_any), places=frozenset(places), countries=countries,
        name_nouns=frozenset(name_nouns), person_nouns=person_nouns, own_words_nouns=own_words_nouns,
        name_starters=frozenset(f for n in _strings("not_quotes.json", "name_starters", nq["name_starters"]) for f in with_conj(key(n))), naming_words=frozenset(naming),
        heading_max_words=nq["heading_max_words"], name_max_words=nq["name_max_words"], function_words=frozenset(function_words),
        clause_openers=frozenset(clause_openers), groups=groups, common_verbs=frozenset(common_verbs),
        months=months, weekdays=weekdays, relative_days=relative,
        past_markers=keyset("past_markers", dates["past_markers"]),
        anaphoric=frozenset(f for a in dates["anaphoric"] for f in with_conj(key(a))),
        not_said_verbs=frozenset(f for a in dates["not_said_verbs"] for f in with_conj(key(a))),
        pairs=pairs, symmetric=frozenset(marks["symmetric"]),
        reopeners={o: tuple(c) for o, c in marks["reopeners"].items()},
        max_org_words=max(len(n.split()) for n in org_names | outlets_any | places),
    )
