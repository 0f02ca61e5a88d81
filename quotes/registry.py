"""The registry of known speakers: quotes/data/speakers.jsonl, and a user's own file in the same format
(`quotes build --speakers FILE`), which takes precedence.

JSON Lines, one entity a line, so that every error can name its file and line (and so that a diff shows
one entity per line). A line whose object holds only `_doc` is a comment. Each entity:

    {"id": "donald-trump", "type": "person", "name": "دونالد ترامب", "en": "Donald Trump",
     "wikidata": "Q22686", "variants": ["دونالد ترمب", "ترامب", "ترمب"],
     "roles": [{"title": ["الرئيس الأمريكي", "الرئيس الأميركي"], "from": "2017-01-20", "to": "2021-01-20"}]}

- `id` names the entity for good: its speaker_id is derived from it (never from a build), so it stays the
  same across builds and versions;
- `name` is the canonical Arabic name; `variants` are other spellings and short forms that name the entity
  alone (a surname listed here joins it wherever it stands alone);
- `roles` are dated offices: in an article published from `from` (inclusive) to `to` (exclusive), the title
  alone names the holder; with `name`, the title and that name together do (الملك + سلمان).
A user's entity replaces a built-in one with the same id, and takes the names and the (overlapping) offices
it claims from the built-in ones."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import regex

from .errors import QuotesError
from .generic import words as title_words
from .identity_data import identity_words
from .spelling import name_words

BUILTIN = "quotes/data/speakers.jsonl"
TYPES = {"person": "p", "organisation": "o"}
FIELDS = {"id", "type", "name", "en", "variants", "roles", "wikidata", "note"}
_ID = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$")
_WIKIDATA = regex.compile(r"^Q[1-9][0-9]*$")
_ARABIC = regex.compile(r"\p{Arabic}")
NEVER, ALWAYS = dt.date.min, dt.date.max


class RegistryError(QuotesError):
    """A registry of speakers that cannot be used; the message names the file and the line."""


def title_key(text: str | None) -> str:
    """Matching key of a title: its words without the article, one spelling per word (الأميركي = الأمريكي)."""
    eq = identity_words().title_equivalents
    return " ".join(eq.get(w, w) for w in title_words(text))


@dataclass(frozen=True)
class Role:
    title: str                              # title key
    name: tuple[str, ...] | None            # name words that go with the title, or None
    start: dt.date
    end: dt.date                            # exclusive
    where: str                              # file:line

    def overlaps(self, other: "Role") -> bool:
        return self.title == other.title and self.name == other.name and self.start < other.end \
            and other.start < self.end


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name: str
    en: str | None
    variants: tuple[str, ...]
    roles: tuple[Role, ...]
    wikidata: str | None
    where: str                              # file:line
    user: bool = False

    @property
    def speaker_id(self) -> str:
        """Derived from the registry id alone: the same in every build."""
        h = hashlib.blake2b(f"registry:{self.id}".encode(), digest_size=6).hexdigest()
        return f"{TYPES[self.type]}-{h}"

    def names(self) -> list[tuple[str, ...]]:
        return [tuple(name_words(n)) for n in (self.name, *self.variants)]

    def info(self) -> dict:
        return {"id": self.id, **({"en": self.en} if self.en else {}),
                **({"wikidata": self.wikidata} if self.wikidata else {}), "source": "user" if self.user else "builtin"}


def _fail(where: str, msg: str) -> RegistryError:
    return RegistryError(f"{where}: {msg}; fix that line (see the format in quotes/registry.py or the README)")


def _date(where: str, role: dict, k: str, default: dt.date) -> dt.date:
    v = role.get(k)
    if v is None:
        return default
    try:
        return dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        raise _fail(where, f"role {k!r} is {v!r}, not a date YYYY-MM-DD") from None


def _roles(where: str, raw) -> tuple[Role, ...]:
    if not isinstance(raw, list):
        raise _fail(where, "`roles` must be a list of {\"title\": …, \"from\": …, \"to\": …}")
    out = []
    for r in raw:
        if not isinstance(r, dict) or set(r) - {"title", "name", "from", "to"}:
            raise _fail(where, f"role {r!r}: allowed keys are title, name, from, to")
        titles = r.get("title")
        titles = [titles] if isinstance(titles, str) else titles
        if not titles or not all(isinstance(t, str) and title_key(t) for t in titles):
            raise _fail(where, f"role {r!r} needs a title (a string or a list of strings)")
        name = r.get("name")
        if name is not None and (not isinstance(name, str) or not name_words(name)):
            raise _fail(where, f"role name {name!r} must be a name")
        start, end = _date(where, r, "from", NEVER), _date(where, r, "to", ALWAYS)
        if start >= end:
            raise _fail(where, f"role {titles[0]!r} ends ({end}) before it starts ({start})")
        out += [Role(title_key(t), tuple(name_words(name)) if name else None, start, end, where) for t in titles]
    return tuple(out)


def _strings(where: str, obj: dict, k: str, required: bool) -> None:
    v = obj.get(k)
    if v is None and not required:
        return
    if not isinstance(v, str) or not v.strip():
        raise _fail(where, f"`{k}` must be a non-empty string")


def parse_entry(obj, where: str, user: bool = False) -> Entry | None:
    """One line's entity, validated (None for a comment line)."""
    if not isinstance(obj, dict):
        raise _fail(where, "each line must be a JSON object")
    if set(obj) == {"_doc"}:
        return None
    unknown = set(obj) - FIELDS
    if unknown:
        raise _fail(where, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(FIELDS)}")
    for k, req in (("id", True), ("name", True), ("en", False), ("note", False)):
        _strings(where, obj, k, req)
    if not _ID.match(obj["id"]):
        raise _fail(where, f"id {obj['id']!r}: use letters, digits and _.:- (e.g. donald-trump or Q22686)")
    if obj.get("type") not in TYPES:
        raise _fail(where, f"type {obj.get('type')!r}; allowed: {', '.join(TYPES)}")
    variants = obj.get("variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) and name_words(v) for v in variants):
        raise _fail(where, "`variants` must be a list of names")
    for n in (obj["name"], *variants):
        if not _ARABIC.search(n):
            raise _fail(where, f"{n!r} is not written in Arabic; names and variants are the Arabic spellings")
    wd = obj.get("wikidata")
    if wd is not None and not (isinstance(wd, str) and _WIKIDATA.match(wd)):
        raise _fail(where, f"wikidata {wd!r} is not a Wikidata id such as Q22686")
    return Entry(obj["id"], obj["type"], obj["name"].strip(), obj.get("en"), tuple(variants),
                 _roles(where, obj.get("roles", [])), wd, where, user)


def parse_registry(text: str, origin: str, user: bool = False) -> list[Entry]:
    """Every entity of one registry file; conflicts inside the file (an id, a name or an office claimed
    twice) are errors that name both lines."""
    entries: list[Entry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise _fail(where, f"not valid JSON ({e.msg} at column {e.colno})") from None
        e = parse_entry(obj, where, user)
        if e is not None:
            entries.append(e)
    _check_conflicts(entries)
    return entries


def _check_conflicts(entries: list[Entry]) -> None:
    ids: dict[str, Entry] = {}
    names: dict[tuple[str, ...], Entry] = {}
    roles: dict[str, list[tuple[Role, Entry]]] = {}
    for e in entries:
        if e.id in ids:
            raise _fail(e.where, f"id {e.id!r} is already used at {ids[e.id].where}")
        ids[e.id] = e
        for n in set(e.names()):
            other = names.setdefault(n, e)
            if other is not e:
                raise _fail(e.where, f"the name {' '.join(n)!r} also names {other.id!r} ({other.where}); a name "
                                     "may name one entity only")
        for r in e.roles:
            for r2, e2 in roles.get(r.title, []):
                if e2 is not e and r.overlaps(r2):
                    raise _fail(e.where, f"the office {r.title!r} overlaps that of {e2.id!r} ({r2.where}) from "
                                         f"{max(r.start, r2.start)}; give each holder its own dates")
            roles.setdefault(r.title, []).append((r, e))


@dataclass
class Registry:
    """Entities by id, with the index of their names and of their dated offices."""
    entries: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[tuple[str, ...], str] = field(default_factory=dict)
    by_title: dict[str, list[tuple[Role, str]]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def add(self, entries: list[Entry]) -> None:
        """Add entities that take precedence over those already here (a user's file over the built-in one)."""
        claimed = {n for e in entries for n in e.names()}
        new_roles = [r for e in entries for r in e.roles]
        for e in entries:
            self.entries[e.id] = e
        self.by_name = {n: i for n, i in self.by_name.items() if n not in claimed and i not in
                        {e.id for e in entries}}
        for e in entries:
            for n in e.names():
                self.by_name[n] = e.id
        for t, lst in list(self.by_title.items()):
            self.by_title[t] = [(r, i) for r, i in lst if i not in {e.id for e in entries}
                                and not any(r.overlaps(n) for n in new_roles)]
        for e in entries:
            for r in e.roles:
                self.by_title.setdefault(r.title, []).append((r, e.id))

    def named(self, words: tuple[str, ...] | list[str]) -> Entry | None:
        i = self.by_name.get(tuple(words))
        return self.entries[i] if i else None

    def holder(self, title: str, date: dt.date | None, name: tuple[str, ...] | None = None) -> Entry | None:
        """The one entity holding the office `title` (a title key) on `date`, with `name` when the title
        came with one; None when no one or more than one does."""
        if date is None or not title:
            return None
        found = {i for r, i in self.by_title.get(title, ()) if r.start <= date < r.end and r.name == name}
        return self.entries[found.pop()] if len(found) == 1 else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(f"{path}: no such file; give a JSON Lines registry of speakers (one entity a line)") \
            from None
    except UnicodeDecodeError as e:
        raise RegistryError(f"{path}: not UTF-8 text (byte {e.start}); save it as UTF-8") from None
    except OSError as e:
        raise RegistryError(f"{path}: cannot be read ({e.strerror}); check the path and its permissions") from None


@cache
def builtin_entries() -> tuple[Entry, ...]:
    text = resources.files("quotes").joinpath("data/speakers.jsonl").read_text(encoding="utf-8")
    return tuple(parse_registry(text, BUILTIN))


def load_registry(user: Path | None = None) -> Registry:
    """The built-in registry, with a user's file over it when given."""
    reg = Registry()
    reg.add(list(builtin_entries()))
    reg.files.append(BUILTIN)
    if user is not None:
        reg.add(parse_registry(_read(Path(user)), str(user), user=True))
        reg.files.append(str(user))
    return reg
