"""The quality gate: a fresh build of the shipped gold articles must keep its measured quality.
Seeds (dev set) and real articles hand-annotated twice and adjudicated: bench30, heldout24, and the second
round's dev40, test24 and final32 (tests/gold/*_ADJUDICATION.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.build import build
from quotes.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    return build([ROOT / "seeds"], tmp_path_factory.mktemp("dist")).path


@pytest.fixture(scope="module")
def bench_build(tmp_path_factory):
    return build([GOLD / "bench30_articles.jsonl"], tmp_path_factory.mktemp("dist")).path


def test_seed_quality_floor(seeds_build):
    sc = evaluate(GOLD / "seeds.jsonl", seeds_build, GOLD / "seeds_not_quotes.jsonl")
    s = sc.summary()
    assert sc.quote_f1 >= 0.95, s
    assert sc.attribution >= 0.95, s
    assert sc.end_to_end_f1 >= 0.95, s
    assert sc.split_speakers == 0, s
    assert sc.not_quote_hits == 0, s
    ok, n = sc.published_ok
    assert ok == n, s
    ok, n = sc.said_on_ok
    assert ok >= 9 and n == 11, s


def test_real_news_quality_floor(bench_build):
    """Measured quote F1 0.952, attribution 0.950, end-to-end F1 0.905 when this gate was set; the floor
    sits just under it so that a regression fails CI and an improvement raises the floor."""
    sc = evaluate(GOLD / "bench30.jsonl", bench_build, GOLD / "bench30_not_quotes.jsonl")
    s = sc.summary()
    assert sc.quote_f1 >= 0.94, s
    assert sc.end_to_end_f1 >= 0.90, s
    ok, n = sc.published_ok
    assert ok == n, s


def test_gold_rows_slice_back():
    """The committed gold files are facts about the committed texts."""
    import json
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for line in (GOLD / "bench30_articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        texts[a["id"]] = a["text"]
    for name in ("heldout24", "dev40", "test24", "final32"):
        for line in (GOLD / f"{name}_articles.jsonl").read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            texts[a["id"]] = a["text"]
    for name in ("seeds.jsonl", "bench30.jsonl", "heldout24.jsonl", "dev40.jsonl", "test24.jsonl", "final32.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            assert texts[g["doc_id"]][g["start"]:g["end"]] == g["quote"], (name, g["doc_id"], g["start"])


@pytest.fixture(scope="module")
def heldout_build(tmp_path_factory):
    return build([GOLD / "heldout24_articles.jsonl"], tmp_path_factory.mktemp("dist")).path


def test_heldout_news_quality_floor(heldout_build):
    """24 further articles from 24 outlets, annotated twice and adjudicated after the rules were written.
    Scored blind first (end-to-end F1 0.621); 0.912 after fixing the general error classes it exposed."""
    sc = evaluate(GOLD / "heldout24.jsonl", heldout_build, GOLD / "heldout24_not_quotes.jsonl")
    s = sc.summary()
    assert sc.quote_f1 >= 0.90, s
    assert sc.end_to_end_f1 >= 0.89, s


# Three further sets from a second round (tests/gold/*_ADJUDICATION.md): dev40 and test24 were scored blind
# first and then used to write rules; final32 was annotated after the rules and never read. Floors sit just
# under the measured figures.
ROUND2 = {
    # set: (measured quote F1, measured end-to-end F1), raised to the figures of the speaker round's last stop
    "dev40": (0.983, 0.933),
    "test24": (0.901, 0.813),
    "final32": (0.916, 0.916),
}


@pytest.mark.parametrize("name", sorted(ROUND2))
def test_round2_quality_floor(name, tmp_path):
    path = build([GOLD / f"{name}_articles.jsonl"], tmp_path).path
    sc = evaluate(GOLD / f"{name}.jsonl", path, GOLD / f"{name}_not_quotes.jsonl")
    s = sc.summary()
    quote_f1, e2e = ROUND2[name]
    assert sc.quote_f1 >= quote_f1 - 0.01, s
    assert sc.end_to_end_f1 >= e2e - 0.01, s
    ok, n = sc.published_ok
    assert ok == n, s
