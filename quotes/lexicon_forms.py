"""The building blocks of the lexicon (quotes/lexicon.py): reading one data file with its checks, and the forms
a base word takes in text: the clitics و/ف and ب/ل/ك (with ل + ال → لل), the article, and a reporting verb's
feminine, plural, dual, object-pronoun and participle forms. Everything is a matching key (quotes.normalize.key)."""
from __future__ import annotations

import json
from dataclasses import dataclass
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
    copular: str = ""          # a bare present also read «is counted as» (يُعتبر): "relative" or "that" (cues._counted_as)


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


def _registry_entries() -> list[dict]:
    """The entries of data/speakers.jsonl as JSON objects (validated in full by quotes/registry.py, which this
    module cannot import: the registry reads the lexicon)."""
    path = "quotes/data/speakers.jsonl"
    try:
        lines = resources.files("quotes").joinpath("data/speakers.jsonl").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataFileError(f"{path}: missing from the package; reinstall quotes") from None
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line) if line.strip() else {})
        except json.JSONDecodeError as err:
            raise DataFileError(f"{path}: line {n} is not valid JSON ({err.msg}); fix the file") from None
    return out


def _spellings(e: dict) -> list[str]:
    return [w for w in [e.get("name", "")] + list(e.get("variants", [])) if isinstance(w, str) and w.strip()]


def registry_bodies(outlet_heads: frozenset[str]) -> list[str]:
    """The names and spellings of the bodies in the speaker registry that have two words or more (حلف شمال
    الأطلسي، المرصد السوري لحقوق الإنسان، الاتحاد الدولي لكرة القدم): the parser knows them as it knows
    organisations.json names. Not an outlet: an entry any spelling of which opens with an outlet head (وكالة
    فرانس برس makes فرانس برس an outlet too). One word is left out: a short form (بنا، قنا، وات) is also an
    ordinary word."""
    out = []
    for e in _registry_entries():
        names = _spellings(e)
        if e.get("type") == "organisation" and not any(key(w).split()[0] in outlet_heads for w in names):
            out += [w for w in names if len(w.split()) >= 2]
    return out


def registry_people() -> frozenset[str]:
    """The keys of every spelling of the registry's people (دونالد ترامب، ترامب، ترمب): a name the reader
    may take for a subject even where an unknown word would be the verb's object (وانتقد ماكرون الاتفاق)."""
    return frozenset(key(w) for e in _registry_entries() if e.get("type") == "person" for w in _spellings(e))


def registry_offices() -> dict[str, tuple[str, ...]]:
    """Every spelling key of the registry's people → the keys of their offices' titles (روحاني → الرئيس الإيراني):
    the countries they served, which an article need not tell."""
    out: dict[str, tuple[str, ...]] = {}
    for e in _registry_entries():
        titles = [key(t) for r in e.get("roles", []) if isinstance(r, dict)
                  for t in ([r["title"]] if isinstance(r.get("title"), str) else r.get("title", []))]
        for w in _spellings(e) if e.get("type") == "person" and titles else ():
            out[key(w)] = out.get(key(w), ()) + tuple(titles)
    return out


def _keyset(file: str, field: str, values: list) -> frozenset[str]:
    """The matching keys of a word list, each entry checked."""
    return frozenset(key(v) for v in _strings(file, field, values))


def _keyset_within(file: str, field: str, values: list, within: str, pool: list) -> frozenset[str]:
    """_keyset of `field`, each word also in the list `within` of the same file (capitals ⊂ names)."""
    keys, allowed = _keyset(file, field, values), {key(w) for w in pool if isinstance(w, str)}
    missing = sorted(k for k in keys if k not in allowed)
    if missing:
        raise DataFileError(f"quotes/data/{file}: {field} {missing} are not in {within}; add them there first")
    return keys


def _strings(path: str, field: str, values: list) -> list[str]:
    """Every entry of a word list must be a non-empty Arabic/Latin string."""
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise DataFileError(f"quotes/data/{path}: {field} has {v!r}; every entry must be a non-empty string")
    return values


def after_lam(file: str, field: str, values: list) -> frozenset[str]:
    """Each phrase with ل on its first word (لـ + ال → لل, as Arabic writes it), as keys joined by spaces."""
    out = set()
    for v in _strings(file, field, values):
        words = key(v).split()
        if len(words) > 4:
            raise DataFileError(f"quotes/data/{file}: {field} has {v!r}; an entry has at most four words")
        first = words[0][1:] if words[0].startswith("الل") else "ل" + words[0][1:] if words[0].startswith("ال") \
            else "ل" + words[0]         # (لـ + الل → لل: للاجئين)
        out.add(" ".join([first] + words[1:]))
    return frozenset(out)


def with_conj(k: str) -> set[str]:
    """A key with the conjunction clitics و/ف."""
    return {c + k for c in CONJ}


def with_pronouns(path: str, field: str, table: object) -> set[str]:
    """Each host word with each pronoun attached (عن + ك → عنك، إلى + كم → إليكم، أن + هن → أنهن; a preposition in ن
    before نا drops one: عنا، منا), as keys: table is {"hosts": [...], "pronouns": [...]}."""
    if not isinstance(table, dict) or not all(isinstance(table.get(f), list) for f in ("hosts", "pronouns")):
        raise DataFileError(f"quotes/data/{path}: {field} must be an object with the lists hosts and pronouns")
    hosts = [key(w) for w in _strings(path, f"{field}.hosts", table["hosts"])]
    pronouns = [key(w) for w in _strings(path, f"{field}.pronouns", table["pronouns"])]
    merge = field == "pronoun_prepositions"         # (a particle keeps both: لأننا; لانا is a name, Lana)
    return {(p[:-1] if merge and p.endswith("ن") and s == "نا" else p) + s for p in hosts for s in pronouns}


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

    def add(form_key: str, form: str, fem=False, plural=False, obj=False, copular=""):
        out.setdefault(form_key, CueForm(lemma, form, fem, plural, of, relay, obj, colon, comp, copular))

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
        cop = entry.get("copular_present") or ""
        add(q, "verb", copular=cop)
        add(fq, "verb", fem=True, copular=cop)
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


def marks() -> dict[str, Any]:
    """marks.json: opening mark → its closers, the symmetric marks and the reopeners."""
    marks = _load("marks.json", {"pairs": dict, "symmetric": list, "reopeners": dict})
    pairs = {}
    for o, closers in marks["pairs"].items():
        if len(o) != 1 or not isinstance(closers, list) or not all(isinstance(c, str) and len(c) == 1 for c in closers):
            raise DataFileError(f"quotes/data/marks.json: pair {o!r}: {closers!r}; expected one character → list "
                                "of one-character closing marks")
        pairs[o] = tuple(closers)
    return {"pairs": pairs, "symmetric": frozenset(marks["symmetric"]),
            "reopeners": {o: tuple(c) for o, c in marks["reopeners"].items()}}


def common_nouns(given: frozenset[str]) -> frozenset[str]:
    """common_nouns.json: the nouns news writes with ال, less its curated names; none may be a given name."""
    f = "common_nouns.json"
    data = _load(f, {"nouns": list, "names": list})
    nouns, names = _keyset(f, "nouns", data["nouns"]), _keyset(f, "names", data["names"])
    clash = sorted(nouns & given)
    if clash:
        raise DataFileError(f"quotes/data/{f}: nouns {clash[:5]} are given names (names.json); remove them from "
                            "nouns, or regenerate the list with bench/common_nouns.py")
    return nouns - names
