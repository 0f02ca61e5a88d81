"""Quality against a hand-annotated gold set, with the matching rules of the project's independent scorer:
a prediction matches a gold quote of the same document when their normalised texts are equal, or one
contains the other and covers at least 60% of it; optional gold quotes count neither way; a speaker is
right when the predicted `speaker` contains one of the gold speaker's accepted forms and no longer form
of another gold speaker."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DatasetError, InputError
from .normalize import DIACRITICS

_EDGE = "\"'“”«»„‟‹›\u201a\u2018\u2019 \t\n.,،؛;:!?؟…-–—()"


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = re.sub(r"[\"'“”«»„‟‹›]", "", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(_EDGE)


def _text_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def _speaker_ok(pred: str | None, g: dict, forms: dict[str, list[str]]) -> bool:
    p = norm(pred)
    if not p or not g["speaker_id"]:
        return False
    hits = [f for f in (norm(x) for x in [g["speaker"], *g["speaker_aliases"]]) if f and f in p]
    if not hits:
        return False
    best = max(map(len, hits))
    return not any(len(f) > best and f in p for sid, fs in forms.items() if sid != g["speaker_id"] for f in fs)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right_speaker: int = 0
    wrong_speaker: int = 0
    split_speakers: int = 0
    not_quote_hits: int = 0
    published_ok: tuple[int, int] = (0, 0)
    said_on_ok: tuple[int, int] = (0, 0)
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def quote_f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution(self) -> float:
        return self.right_speaker / self.matched if self.matched else 0.0

    @property
    def end_to_end_f1(self) -> float:
        p = self.right_speaker / self.predicted if self.predicted else 0.0
        r = self.right_speaker / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict:
        return dict(gold=self.gold, predicted=self.predicted, matched=self.matched,
                    precision=round(self.precision, 3), recall=round(self.recall, 3),
                    wrong_speaker=self.wrong_speaker, split_speakers=self.split_speakers,
                    not_quote_hits=self.not_quote_hits, published_ok="%d/%d" % self.published_ok,
                    said_on_ok="%d/%d" % self.said_on_ok, quote_f1=round(self.quote_f1, 3),
                    attribution=round(self.attribution, 3), end_to_end_f1=round(self.end_to_end_f1, 3))


def read_jsonl(path: Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})") from None
    out = []
    for n, l in enumerate(lines, 1):
        if l.strip():
            try:
                out.append(json.loads(l))
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not JSON ({e.msg})") from None
    return out


def read_dataset_rows(path: Path, columns: list[str] | None = None) -> list[dict]:
    import pyarrow.parquet as pq
    p = Path(path)
    files = [p] if p.is_file() else sorted(p.rglob("*.parquet"))
    if not files:
        raise DatasetError(f"{path}: no Parquet files; give a built version folder such as dist/1.0.0")
    rows = []
    for f in files:
        t = pq.read_table(f)
        rows.extend(t.select([c for c in (columns or t.column_names) if c in t.column_names]).to_pylist())
    return rows


def evaluate(gold_path: Path, dataset: Path, not_quotes: Path | None = None) -> Score:
    gold = read_jsonl(gold_path)
    docs = {g["doc_id"] for g in gold}
    forms = {g["speaker_id"]: [norm(x) for x in [g["speaker"], *g["speaker_aliases"]]] for g in gold if g["speaker_id"]}
    preds = [r for r in read_dataset_rows(dataset, ["doc_id", "quote", "speaker", "speaker_id", "published", "said_on"])
             if Path(str(r["doc_id"])).stem in docs]
    sc = Score()
    used: set[int] = set()
    split: dict[str, set] = {}
    pub = [0, 0]
    said = [0, 0]
    for g in gold:
        gq = norm(g["quote"])
        j = next((j for j, r in enumerate(preds) if j not in used and Path(str(r["doc_id"])).stem == g["doc_id"]
                  and _text_match(norm(r.get("quote")), gq)), None)
        if j is None:
            if not g["optional"]:
                sc.misses.append(g)
            continue
        used.add(j)
        if g["optional"]:
            continue
        r = preds[j]
        sc.matched += 1
        if _speaker_ok(r.get("speaker"), g, forms):
            sc.right_speaker += 1
            split.setdefault(g["speaker_id"], set()).add(r.get("speaker_id") or norm(r.get("speaker")))
        else:
            sc.wrong_speaker += 1
            sc.wrong.append((g, r.get("speaker")))
        want = g["published"] or g["published_inferred"]
        if want:
            pub[1] += 1
            pub[0] += str(r.get("published") or "")[:10] == want
        if g["said_on"]:
            said[1] += 1
            said[0] += str(r.get("said_on") or "").startswith(g["said_on"])
    sc.gold = sum(not g["optional"] for g in gold)
    sc.predicted = len(preds) - (len(used) - sc.matched)
    sc.false_positives = [r for j, r in enumerate(preds) if j not in used]
    sc.split_speakers = sum(len(v) - 1 for v in split.values())
    sc.published_ok, sc.said_on_ok = tuple(pub), tuple(said)
    if not_quotes:
        nqs = read_jsonl(not_quotes)
        sc.not_quote_hits = sum(1 for r in sc.false_positives for n in nqs
                                if Path(str(r["doc_id"])).stem == n["doc_id"] and norm(r.get("quote")) == norm(n["text"]))
    return sc
