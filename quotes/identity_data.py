"""The word lists of build-wide speaker identity (quotes/data/identity.json), validated on load and stored
as matching keys (quotes.normalize.key, without the article ال where a word is compared bare)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import DataFileError
from .normalize import key

PATH = "quotes/data/identity.json"
_FIELDS = {"compound_first": list, "compound_second": list, "honorifics": list, "generic_modifiers": list,
           "title_equivalents": dict, "ministry_domains": list}


def _bare(k: str) -> str:
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


@dataclass(frozen=True)
class IdentityWords:
    compound_first: frozenset[str]            # عبد، ابو، ال (of آل): joined to the next word
    compound_second: frozenset[str]           # الله، الدين: joined to the word before
    honorifics: tuple[tuple[str, ...], ...]   # آية الله: opens a name without being part of it (longest first)
    generic_modifiers: frozenset[str]         # bare keys: العامة → عامه
    title_equivalents: dict[str, str]         # bare key → bare key: اميركي → امريكي
    ministry_domains: frozenset[str]          # keys with ال: الخارجيه (+ a nationality: وزارة الخارجية …)


def _strings(field: str, values: list) -> list[str]:
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise DataFileError(f"{PATH}: {field} has {v!r}; every entry must be a non-empty string")
    return values


@cache
def identity_words() -> IdentityWords:
    try:
        data = json.loads(resources.files("quotes").joinpath("data/identity.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{PATH}: missing from the package; reinstall quotes") from None
    except json.JSONDecodeError as e:
        raise DataFileError(f"{PATH}: not valid JSON ({e.msg} at line {e.lineno}); fix the file") from None
    for f, typ in _FIELDS.items():
        if not isinstance(data.get(f), typ):
            raise DataFileError(f"{PATH}: {f!r} must be a {typ.__name__}; expected keys: {sorted(_FIELDS)}")
    eq = data["title_equivalents"]
    _strings("title_equivalents", list(eq) + list(eq.values()))
    hon = sorted((tuple(key(h).split()) for h in _strings("honorifics", data["honorifics"])), key=lambda h: -len(h))
    return IdentityWords(
        compound_first=frozenset(key(w) for w in _strings("compound_first", data["compound_first"])),
        compound_second=frozenset(key(w) for w in _strings("compound_second", data["compound_second"])),
        honorifics=tuple(hon),
        generic_modifiers=frozenset(_bare(key(w)) for w in _strings("generic_modifiers", data["generic_modifiers"])),
        title_equivalents={_bare(key(a)): _bare(key(b)) for a, b in eq.items()},
        ministry_domains=frozenset(key(w) for w in _strings("ministry_domains", data["ministry_domains"])))
