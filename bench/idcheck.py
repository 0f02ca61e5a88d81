#!/usr/bin/env python3
"""A blind check of who speaks under the most quoted person ids: are the rows under one id that person's words?

    python bench/idcheck.py draw --build DIR --out SHEETDIR [--seed 12] [--n 120] [--top 100]
    python bench/idcheck.py score --sheet SHEETDIR/sheet.jsonl --key SHEETDIR/key.jsonl

`draw` takes the `--top` person ids of a build by number of rows (ids whose rows are mostly speaker_type
person), draws `--n` rows uniformly at random from all their rows (`--seed`: a fresh one for every new
check) and writes, in SHEETDIR:
  - sheet.jsonl: n, doc_id, quote, context (the quote's paragraph and the two before it, from the article
    text, the quote marked ⟦…⟧) and an empty `speaker` for the judge to fill with who says the words;
  - key.jsonl (kept from the judge): n, speaker_id, speaker (the id's canonical name), rule;
  - articles.jsonl: the full text of every drawn article (id, source, date, title, text).
The articles are read from the corpus the build was made from (--corpus).

`score` compares each judged speaker with the id's canonical name: the same person when one name holds the
other's last word (after Arabic normalisation), else someone else's words; a judged speaker of "-" or "?"
(not a quote, cannot tell) is left out. It prints the share of someone else's words and lists every row
judged different, for a person to confirm."""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from quotes.lexicon import lexicon  # noqa: E402
from quotes.normalize import key  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bench" / "articles.jsonl.gz"
COLUMNS = ["speaker_id", "speaker", "speaker_type", "doc_id", "quote", "start", "end", "rule"]


def _table(build: Path) -> dict[str, list]:
    cols: dict[str, list] = {c: [] for c in COLUMNS}
    for f in sorted((build / "data").glob("*.parquet")):
        t = pq.read_table(f, columns=COLUMNS)
        for c in COLUMNS:
            cols[c].extend(t.column(c).to_pylist())
    return cols


def top_person_ids(cols: dict[str, list], top: int) -> list[str]:
    """The `top` ids with the most rows among ids whose rows are mostly speaker_type person."""
    rows, person = Counter(), Counter()
    for sid, typ in zip(cols["speaker_id"], cols["speaker_type"]):
        if sid is not None:
            rows[sid] += 1
            person[sid] += typ == "person"
    ids = [s for s in rows if person[s] * 2 > rows[s]]
    return sorted(ids, key=lambda s: (-rows[s], s))[:top]


def read_articles(corpus: Path, wanted: set[str]) -> dict[str, dict]:
    out = {}
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if str(rec.get("id")) in wanted:
                out[str(rec["id"])] = rec
                if len(out) == len(wanted):
                    break
    return out


def context(text: str, start: int, end: int) -> str:
    """The quote's paragraph (a line of the text) and the two non-empty ones before it, quote marked ⟦…⟧."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    i = max(j for j, o in enumerate(offsets) if o <= start)
    para = lines[i]
    a, b = start - offsets[i], min(end - offsets[i], len(para))
    marked = para[:a] + "⟦" + para[a:b] + "⟧" + para[b:]
    before = [ln for ln in lines[:i] if ln.strip()][-2:]
    return "\n".join(before + [marked])


def draw(build: Path, out: Path, corpus: Path, seed: int, n: int, top: int) -> None:
    cols = _table(build)
    ids = set(top_person_ids(cols, top))
    pool = [i for i, s in enumerate(cols["speaker_id"]) if s in ids]
    picked = sorted(random.Random(seed).sample(pool, n), key=lambda i: (cols["doc_id"][i], cols["start"][i]))
    random.Random(seed + 1).shuffle(picked)
    arts = read_articles(corpus, {cols["doc_id"][i] for i in picked})
    out.mkdir(parents=True, exist_ok=True)
    sheet, keyf = [], []
    for k, i in enumerate(picked, 1):
        doc = cols["doc_id"][i]
        text = arts[doc]["text"]
        if text[cols["start"][i]:cols["end"][i]] != cols["quote"][i]:
            raise SystemExit(f"{doc}: the offsets do not give the quote; is --corpus the build's input?")
        sheet.append({"n": k, "doc_id": doc, "quote": cols["quote"][i],
                      "context": context(text, cols["start"][i], cols["end"][i]), "speaker": ""})
        keyf.append({"n": k, "speaker_id": cols["speaker_id"][i], "speaker": cols["speaker"][i],
                     "rule": cols["rule"][i]})
    _write(out / "sheet.jsonl", sheet)
    _write(out / "key.jsonl", keyf)
    _write(out / "articles.jsonl", [{k: arts[d].get(k) for k in ("id", "source", "date", "title", "text")}
                                    for d in sorted(arts)])
    print(f"{out}: {len(sheet)} rows from {len(pool):,} rows under the top {len(ids)} person ids of {build} "
          f"(seed {seed}); {len(arts)} articles")


def _write(p: Path, items: list[dict]) -> None:
    p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")


def _read(p: Path) -> list[dict]:
    return [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]


def same_person(judged: str, canonical: str) -> bool:
    """The same person: a shared last word (ترامب / دونالد ترامب), also written without its space (حسن نصرالله /
    نصر الله، بشار الأسد / بشارالأسد), or a formula that names the id's person (رسول الله صلى الله عليه وسلم is
    النبي محمد: names.json formula speakers)."""
    a, b = key(judged).split(), key(canonical or "").split()
    if (named := _formula_speaker(a)) is not None:
        return named == canonical       # (not الله for «رسول الله صلى الله عليه وسلم», though the words hold it)
    joined = bool(a and b) and ("".join(a).endswith("".join(b[-2:])) or "".join(b).endswith("".join(a[-2:])))
    return bool(a and b) and (a[-1] in b or b[-1] in a or joined)


def _formula_speaker(words: list[str]) -> str | None:
    """The speaker a formula in the words names (رسول الله، الله عز وجل), else None."""
    for ks, speaker in lexicon().formula_speakers:
        if any(tuple(words[i:i + len(ks)]) == ks for i in range(len(words) - len(ks) + 1)):
            return speaker
    return None


def score(sheet: Path, keyp: Path) -> int:
    judged = {r["n"]: r for r in _read(sheet)}
    keys = {r["n"]: r for r in _read(keyp)}
    counted = other = 0
    for n in sorted(keys):
        who = (judged.get(n, {}).get("speaker") or "").strip()
        if not who or who in ("-", "?"):
            continue
        counted += 1
        if not same_person(who, keys[n]["speaker"]):
            other += 1
            print(f"{n:>4}  judged {who}  |  id {keys[n]['speaker_id']} {keys[n]['speaker']}  ({keys[n]['rule']})")
    if counted:
        print(f"\n{other} of {counted} judged rows are someone else's words: {other / counted:.1%} (target ≤ 2%)")
    else:
        print("no row is judged yet")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--build", type=Path, required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    d.add_argument("--seed", type=int, default=12)
    d.add_argument("--n", type=int, default=120)
    d.add_argument("--top", type=int, default=100)
    s = sub.add_parser("score")
    s.add_argument("--sheet", type=Path, required=True)
    s.add_argument("--key", type=Path, required=True)
    a = ap.parse_args(argv)
    if a.cmd == "draw":
        draw(a.build, a.out, a.corpus, a.seed, a.n, a.top)
        return 0
    return score(a.sheet, a.key)


if __name__ == "__main__":
    sys.exit(main())
