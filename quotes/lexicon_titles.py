"""titles.json into the lexicon: the title heads with their generated forms (the feminine, possessives, the
article, clitics), the relatives, the epithets, the complements and the heads written or read otherwise, each
list checked against the others."""
from __future__ import annotations

from typing import Any

from .errors import DataFileError
from .lexicon_forms import _keyset, _load, _no_article, _strings, definite, with_conj, with_preps
from .normalize import key


HOMOGRAPH_SUFFIXES = ("", "ه", "ها", "هم", "هما", "ي", "نا", "ك", "كم")


def _title_heads(titles: dict[str, Any], given: frozenset[str]) -> dict[str, str]:
    """Every written form of the titles.json heads (feminine, possessives, clitics) → its base head key."""
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
    for h in _strings("titles.json", "definite_heads", titles.get("definite_heads", [])):
        b = _no_article(key(h))
        for f in with_conj("ال" + b):                   # الفتاة، والأم: never without the article
            heads.setdefault(f, b)
    for h in _strings("titles.json", "kinship_possessed", titles.get("kinship_possessed", [])):
        for f in with_conj(key(h)):                     # أمها، أخوه: as written, never with ال (الأمة)
            heads.setdefault(f, _possessed_base(h))
    return heads


def _possessed_base(h: str) -> str:
    """The head of a kinship_possessed entry: أمه → ام، منافسها → منافس."""
    return next(key(h)[:-len(x)] for x in ("ها", "هم", "ه", "") if key(h).endswith(x))


def _possessed_only(titles: dict[str, Any], heads: dict[str, str]) -> frozenset[str]:
    """The forms that head a title only through kinship_possessed (منافسه، أمه): written with ة they are another
    word (منافسة، أمة). Not a form another head also makes (صديقه is صديقة too, a head of its own)."""
    return frozenset(f for h in _strings("titles.json", "kinship_possessed", titles.get("kinship_possessed", []))
                     for f in with_conj(key(h)) if heads.get(f) == _possessed_base(h))


def _portfolios(titles: dict[str, Any]) -> frozenset[str]:
    """titles.json portfolios: the domains that tell one minister from another; each must be one of domains."""
    portfolios = _keyset("titles.json", "portfolios", titles.get("portfolios", []))
    domains = frozenset(key(d) for d in titles["domains"])
    if not portfolios <= domains:
        raise DataFileError(f"quotes/data/titles.json: portfolios has {sorted(portfolios - domains)}; each must be one "
                            "of domains")
    return portfolios


def _titles(given: frozenset[str]) -> dict[str, Any]:
    """titles.json: the title heads and the word classes around them; `given` (native given names) keeps a
    head's feminine from being read where it is a name."""
    titles = _load("titles.json", {"heads": list, "complements": list, "domains": list})

    def head_forms(field):
        """Every form of the titles.json heads in `field`: with and without the article, with a preposition."""
        return frozenset(f for h in _strings("titles.json", field, titles.get(field, []))
                         for d in definite(key(h)) for f in with_preps(d))

    kinship = head_forms("kinship")
    heads = _title_heads(titles, given)
    raw = titles.get("abbreviations", {})
    if not isinstance(raw, dict):
        raise DataFileError(f"quotes/data/titles.json: abbreviations is {type(raw).__name__}; expected an object "
                            "of short form → head")
    abbreviations = {key(a): _no_article(key(h)) for a, h in raw.items()}
    epithets = frozenset(_no_article(key(h)) for h in _strings("titles.json", "epithet_heads", titles.get("epithet_heads", [])))
    if not epithets <= set(heads.values()):
        raise DataFileError(f"quotes/data/titles.json: epithet_heads has {sorted(epithets - set(heads.values()))}; each "
                            "must be one of the heads")
    epithet_any = frozenset(_no_article(key(h)) for h in _strings("titles.json", "epithet_any", titles.get("epithet_any", [])))
    if not epithet_any <= epithets:
        raise DataFileError(f"quotes/data/titles.json: epithet_any has {sorted(epithet_any - epithets)}; each must be "
                            "one of epithet_heads")
    if not all(h in heads for h in abbreviations.values()):
        raise DataFileError(f"quotes/data/titles.json: abbreviations is {abbreviations!r}; each must stand for one of the heads")
    return {"title_heads": heads, "title_abbreviations": abbreviations, "title_portfolios": _portfolios(titles),
            "title_complements": _keyset("titles.json", "complements", titles["complements"]),
            "title_domains": frozenset(f for d in titles["domains"] for f in with_preps(key(d))),
            "relational_heads": head_forms("relational") | kinship, "kinship_heads": kinship,
            "genitive_complements": _genitive_complements(titles),
            "linked_heads": _linked_heads(titles),
            "written_heads": {c + w: key(w) for w in _strings("titles.json", "written_heads", titles.get("written_heads", []))
                              for c in ("", "و", "ف")},
            "head_homographs": frozenset(c + w + x for w in _strings("titles.json", "homographs", titles.get("homographs", []))
                                         for c in ("", "و", "ف") for x in HOMOGRAPH_SUFFIXES),   # أمامهم: before them
            "possessed_heads": _possessed_only(titles, heads),
            "address_forms": _keyset("titles.json", "address_forms", titles.get("address_forms", [])),
            "bound_heads": {key(h): _keyset("titles.json", f"bound_heads[{h}]", ws)
                            for h, ws in titles.get("bound_heads", {}).items()},
            "same_office": _same_office(titles),
            "adjective_heads": _keyset("titles.json", "adjective_heads", titles.get("adjective_heads", [])),
            "epithet_heads": epithets, "epithet_any": epithet_any,
            "name_heads": {f: _no_article(key(h)) for h in _strings("titles.json", "name_heads", titles.get("name_heads", []))
                           for f in with_conj("ال" + _no_article(key(h)))},
            "apposed_heads": frozenset(f for h in _strings("titles.json", "apposed_heads", titles.get("apposed_heads", []))
                                       for f in with_conj("ال" + _no_article(key(h))))}


def _same_office(titles: dict[str, Any]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """titles.json same_office: pairs of title phrases that name one office (المدرب، المدير الفني), as a map from
    each phrase's words (bare keys, joined) to the other phrases' words."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for pair in titles.get("same_office", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) and p.strip() for p in pair)):
            raise DataFileError(f"quotes/data/titles.json: same_office has {pair!r}; each entry is two title phrases")
        a, b = (tuple(_no_article(w) for w in key(p).split()) for p in pair)
        out.setdefault(" ".join(a), []).append(b)
        out.setdefault(" ".join(b), []).append(a)
    return {k: tuple(v) for k, v in out.items()}


def _genitive_complements(titles: dict[str, Any]) -> frozenset[str]:
    """titles.json genitive_complements, each one of the complements."""
    got = _keyset("titles.json", "genitive_complements", titles.get("genitive_complements", []))
    if not got <= _keyset("titles.json", "complements", titles["complements"]):
        raise DataFileError(f"quotes/data/titles.json: genitive_complements has {sorted(got)}; each must be one of the "
                            "complements")
    return got


def _linked_heads(titles: dict[str, Any]) -> dict[str, frozenset[str]]:
    """titles.json linked_heads: the bare heads (feminine too) that take عن or على, by that word as written."""
    raw = titles.get("linked_heads", {})
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise DataFileError("quotes/data/titles.json: linked_heads must map a preposition to a list of heads")
    return {link: frozenset(f for h in _strings("titles.json", f"linked_heads[{link}]", heads)
                            for f in (key(h), key(h) + "ه")) for link, heads in raw.items()}
