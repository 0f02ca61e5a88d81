"""The quality measured for this builder version (quotes/data/quality.json), validated on load, and its
section of every dataset card: the gold-set figures with where and how they were measured, the latest
blind random-row audit with 95% Wilson intervals, and the measured precision per `rule` family next to the
rows of the build in each family."""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import DataFileError

NAME = "quotes/data/quality.json"


@dataclass(frozen=True)
class GoldSet:
    name: str
    articles: int
    outlets: int | None
    quotes: int
    status: str
    quote_f1: float
    attribution: float
    end_to_end_f1: float
    blind_end_to_end_f1: float | None
    command: str


@dataclass(frozen=True)
class Share:
    """k of n (an interval is computed from them), or a share recorded without its counts."""
    label: str
    k: int | None
    n: int | None
    share: float

    def text(self) -> str:
        if self.n is None:
            return f"{self.share:.0%} (counts not recorded: no interval)"
        lo, hi = wilson(self.k, self.n)
        return f"{self.share:.0%} ({self.k} of {self.n}; 95% interval {lo:.0%}–{hi:.0%})"


@dataclass(frozen=True)
class Family:
    family: str
    endings: tuple[str, ...]
    measured: Share

    def covers(self, rule: str) -> bool:
        return any(rule.endswith(e) for e in self.endings)


@dataclass(frozen=True)
class Quality:
    builder_version: str
    commit: str
    gold_how: str
    gold_summary: str
    sets: tuple[GoldSet, ...]
    audit_how: str
    audit_command: str
    audit_articles: int
    figures: tuple[Share, ...]
    by_rule_measures: str
    by_rule: tuple[Family, ...]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of k successes in n."""
    if not n:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def _need(d: dict, key: str, typ, where: str, nullable: bool = False):
    """d[key], checked: present and of type `typ` (or null when nullable); a fraction is within 0..1."""
    if key not in d:
        raise DataFileError(f"{NAME}: {where} has no `{key}`; see the file's _doc for the format")
    v = d[key]
    if v is None and nullable:
        return None
    ok = isinstance(v, typ) and not isinstance(v, bool)
    if typ is float:
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1
    if not ok or (typ is str and not v.strip()) or (typ is int and v < 0):
        want = {float: "a number from 0 to 1", int: "a whole number ≥ 0", str: "a non-empty string",
                list: "a list"}[typ]
        raise DataFileError(f"{NAME}: {where} `{key}` is {v!r}; expected {want}{' or null' if nullable else ''}")
    return v


def _share(d: dict, where: str, label: str) -> Share:
    k, n = _need(d, "k", int, where, True), _need(d, "n", int, where, True)
    if (k is None) != (n is None) or (n is not None and (n == 0 or k > n)):
        raise DataFileError(f"{NAME}: {where} has k={k!r}, n={n!r}; give both (0 ≤ k ≤ n, n > 0) or neither")
    if n is None:
        return Share(label, None, None, _need(d, "share", float, where))
    return Share(label, k, n, k / n)


def parse_quality(data: dict) -> Quality:
    """Validate the content of quality.json; a DataFileError names what is wrong."""
    if not isinstance(data, dict):
        raise DataFileError(f"{NAME}: expected a JSON object")
    gold, audit = _need(data, "gold_sets", dict, "the file"), _need(data, "audit", dict, "the file")
    command = _need(gold, "command", str, "gold_sets")
    sets = []
    for i, s in enumerate(_need(gold, "sets", list, "gold_sets")):
        w = f"gold_sets.sets[{i}]"
        if not isinstance(s, dict):
            raise DataFileError(f"{NAME}: {w} is not an object")
        name = _need(s, "name", str, w)
        sets.append(GoldSet(name, _need(s, "articles", int, w), _need(s, "outlets", int, w, True),
                            _need(s, "quotes", int, w), _need(s, "status", str, w), _need(s, "quote_f1", float, w),
                            _need(s, "attribution", float, w), _need(s, "end_to_end_f1", float, w),
                            _need(s, "blind_end_to_end_f1", float, w, True),
                            s.get("command") or command.replace("{set}", name)))
    if not sets or len({s.name for s in sets}) != len(sets):
        raise DataFileError(f"{NAME}: gold_sets.sets must list each set once, and at least one")
    figures = tuple(_share(f, f"audit.figures[{i}]", _need(f, "label", str, f"audit.figures[{i}]"))
                    for i, f in enumerate(_need(audit, "figures", list, "audit")))
    families = []
    for i, f in enumerate(_need(audit, "by_rule", list, "audit")):
        w = f"audit.by_rule[{i}]"
        endings = _need(f, "endings", list, w)
        if not endings or not all(isinstance(e, str) and e.strip() for e in endings):
            raise DataFileError(f"{NAME}: {w} `endings` must be a non-empty list of `rule` endings")
        name = _need(f, "family", str, w)
        families.append(Family(name, tuple(endings), _share(f, w, name)))
    return Quality(_need(data, "builder_version", str, "the file"), _need(data, "commit", str, "the file"),
                   _need(gold, "how", str, "gold_sets"), _need(gold, "summary", str, "gold_sets"), tuple(sets),
                   _need(audit, "how", str, "audit"), _need(audit, "command", str, "audit"),
                   _need(audit, "articles", int, "audit"), figures, _need(audit, "by_rule_measures", str, "audit"),
                   tuple(families))


def load_quality(path: Path | None = None) -> Quality:
    """quotes/data/quality.json (or the file at `path`), validated."""
    try:
        raw = path.read_text(encoding="utf-8") if path else \
            resources.files("quotes").joinpath("data/quality.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{path or NAME}: missing; reinstall quotes") from None
    try:
        return parse_quality(json.loads(raw))
    except json.JSONDecodeError as e:
        raise DataFileError(f"{path or NAME}: not valid JSON ({e.msg} at line {e.lineno}); fix the file") from None


@cache
def quality() -> Quality:
    return load_quality()


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def builder_quality_lines(q: Quality, rules: Counter, builder_version: str) -> list[str]:
    """The card's account of the builder's measured quality; `rules` counts this build's rows per rule."""
    same = q.builder_version == builder_version
    lines = [f"### What to expect: the quality of the builder (quotes {q.builder_version}, commit {q.commit})", "",
             ("These figures were measured for the builder version that made this build, on hand-annotated "
              "gold sets and on a blind random sample of rows of a corpus build; they were not measured on this "
              "build's own articles." if same else
              f"This build was made by quotes {builder_version}; the latest figures, below, were measured for "
              f"quotes {q.builder_version} (commit {q.commit})."), "",
             f"**Gold sets.** {q.gold_how}", "",
             "| gold set | articles | outlets | quotes | status | quote F1 | attribution | end-to-end F1 | "
             "blind end-to-end F1 |", "|---|---:|---:|---:|---|---:|---:|---:|---:|"]
    for s in q.sets:
        lines.append(f"| `{s.name}` | {s.articles} | {s.outlets if s.outlets is not None else '–'} | {s.quotes} | "
                     f"{s.status} | {_f(s.quote_f1)} | {_f(s.attribution)} | **{_f(s.end_to_end_f1)}** | "
                     f"{_f(s.blind_end_to_end_f1)} |")
    lines += ["", q.gold_summary, "", f"Measured with (in the builder's source tree): `{q.sets[0].command}`, and "
              f"likewise for each set (`{q.sets[-1].command}`).", "",
              f"**Random rows.** {q.audit_how} Reproduce: `{q.audit_command}`.", ""]
    lines += [f"- {f.label}: {f.text()}" for f in q.figures]
    lines += ["", f"**Precision per `rule`.** The `rule` column tells how sure a row is: the share of "
              f"{q.by_rule_measures} among the random rows of each family, beside this build's rows of that "
              "family. Filter on `rule` when precision matters more than coverage.", "",
              "| `rule` ends in | family | measured | rows of this build |", "|---|---|---|---:|"]
    total = sum(rules.values())
    covered: set[str] = set()
    for fam in q.by_rule:
        mine = {r for r in rules if fam.covers(r) and r not in covered}     # a rule counts in its first family
        covered |= mine
        n = sum(rules[r] for r in mine)
        lines.append(f"| {', '.join(f'`{e}`' for e in fam.endings)} | {fam.family} | {fam.measured.text()} | "
                     f"{n:,} ({n / total if total else 0:.0%}) |")
    rest = total - sum(rules[r] for r in covered)
    if rest:
        lines.append(f"| other (`continuation` …) | not measured by rule | – | {rest:,} ({rest / total:.0%}) |")
    return lines + [""]
