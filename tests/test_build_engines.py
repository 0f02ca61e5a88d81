"""The local engine: several workers give the same bytes as one; a bounded-memory (partitioned) sort gives
the same bytes as an in-memory one; shards are sorted, non-empty and sized; the progress line only shows on
a terminal; documents the pre-filter skips cannot have quotes."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.build import build, may_quote, progress_printer
from quotes.lexicon import lexicon
from quotes.spans import find_spans
from quotes.write import ShardWriter, file_sha256

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "seeds", ROOT / "tests" / "gold" / "bench30_articles.jsonl"]


def data(version: Path) -> list[tuple[str, str]]:
    return sorted((p.name, file_sha256(p)) for p in (version / "data").glob("*.parquet"))


def table(version: Path) -> pa.Table:
    return pa.concat_tables([pq.read_table(p) for p in sorted((version / "data").glob("*.parquet"))])


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    return build(INPUTS, tmp_path_factory.mktemp("one"), "1.0.0", workers=1)


def test_workers_give_the_same_rows_and_bytes(one, tmp_path):
    two = build(INPUTS, tmp_path, "1.0.0", workers=2)
    assert two.rows == one.rows > 100
    assert table(two.path).to_pylist() == table(one.path).to_pylist()
    assert data(two.path) == data(one.path)
    m1, m2 = (json.loads((v.path / "manifest.json").read_text(encoding="utf-8")) for v in (one, two))
    assert m1["documents"] == m2["documents"] and m1["files"] == m2["files"] and m1["speakers"] == m2["speakers"]
    assert (one.path / "speakers.json").read_text(encoding="utf-8") == (two.path / "speakers.json").read_text(
        encoding="utf-8")


def test_partitioned_sort_gives_the_same_bytes(one, tmp_path, monkeypatch):
    # a sort budget of a few rows: rows are range-partitioned by speaker_id, big speakers again by date
    import quotes.write as w
    calls = []
    real = w._partition

    def spy(reader, bucket_of, *a, **k):
        calls.append("speaker" if bucket_of else "date")
        return real(reader, bucket_of, *a, **k)
    monkeypatch.setattr(w, "_partition", spy)
    small = build(INPUTS, tmp_path, "1.0.0", workers=1, sort_bytes=3000)
    assert "speaker" in calls and "date" in calls
    assert data(small.path) == data(one.path)
    assert not list(tmp_path.rglob(".buckets")) and not list(tmp_path.rglob("*.arrow"))


def test_shards_are_sorted_and_never_empty(one, tmp_path):
    many = build(INPUTS, tmp_path, "1.0.0", workers=1, shard_rows=40)
    files = sorted((many.path / "data").glob("*.parquet"))
    n = len(files)
    assert n == -(-one.rows // 40) > 1
    assert [f.name for f in files] == [f"train-{i:05d}-of-{n:05d}.parquet" for i in range(n)]
    for f in files:
        t = pq.read_table(f)
        assert 0 < t.num_rows <= 40
        keys = [(r["speaker_id"] or "\uffff", r["published"].isoformat() if r["published"] else "9999")
                for r in t.select(["speaker_id", "published"]).to_pylist()]
        assert keys == sorted(keys)
    assert table(many.path).to_pylist() == table(one.path).to_pylist()
    m = json.loads((many.path / "manifest.json").read_text(encoding="utf-8"))
    assert [x["path"] for x in m["files"]] == [f"data/{f.name}" for f in files]


def test_shard_writer_sizes_by_bytes_and_row_groups(tmp_path):
    t = pa.table({"speaker_id": [f"p-{i:06d}" for i in range(10_000)], "x": [str(i) * 20 for i in range(10_000)]})
    w = ShardWriter(tmp_path, shard_bytes=20_000, row_group=1000, total_rows=t.num_rows, min_bytes=0)
    for i in range(0, 10_000, 700):                     # sorted input arriving in uneven pieces
        w.write(t.slice(i, 700))
    files = w.close()
    assert len(files) > 2
    sizes = [f.stat().st_size for f in files]
    assert all(s >= 20_000 for s in sizes[:-1])
    groups = [pq.ParquetFile(f).metadata.row_group(g).num_rows for f in files
              for g in range(pq.ParquetFile(f).metadata.num_row_groups)]
    assert set(groups[:-1]) == {1000}
    assert pa.concat_tables([pq.read_table(f) for f in files]).equals(t)
    # a small remainder is kept in the last shard rather than written as a tiny one
    w = ShardWriter(tmp_path / "b", shard_bytes=20_000, row_group=1000, total_rows=t.num_rows, min_bytes=10**9)
    w.write(t)
    assert len(w.close()) == 1


def test_shard_writer_of_no_rows_writes_one_empty_shard(tmp_path):
    """(A build without rows is refused before it becomes a version: tests/test_first_use.py.)"""
    from quotes.schema import arrow_schema
    w = ShardWriter(tmp_path / "data")
    w.write(arrow_schema().empty_table())
    files = w.close()
    assert [f.name for f in files] == ["train-00000-of-00001.parquet"]
    assert pq.read_table(files[0]).num_rows == 0


def test_progress_only_on_a_terminal():
    quiet = io.StringIO()
    progress_printer(quiet)({"articles": 1, "chars": 10, "bytes": 20, "quotes": 1})
    assert quiet.getvalue() == ""

    class Tty(io.StringIO):
        def isatty(self):
            return True
    tty = Tty()
    progress_printer(tty)({"articles": 1200, "chars": 3_000_000, "bytes": 5_000_000, "quotes": 77})
    line = tty.getvalue()
    assert "1,200 articles" in line and "5.0 MB" in line and "77 quotes" in line and "articles/s" in line


def _marks() -> set[str]:
    lex = lexicon()
    return set(lex.pairs) | set(lex.symmetric) | set(lex.reopeners) | {c for v in lex.pairs.values() for c in v}


TEXT = st.text(alphabet=st.sampled_from(list("قال الرئيس إن وزير.،:؛!؟\n") + sorted(_marks())), max_size=120)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_prefilter_never_skips_a_span(text):
    """may_quote(text) is False only where stage 2 finds no quoted span at all (so no row is lost)."""
    if not may_quote(text):
        assert find_spans(text) == []


def test_prefilter_on_real_text():
    assert may_quote("وقال: «نعم».") and may_quote('قال "نعم"') and not may_quote("وقال الوزير إنه موافق.")


# ---------------------------------------------------------------- the fast paths equal the plain ones

ARABIC = st.text(alphabet=st.sampled_from(list("قال ترامب إنّ الرئيسَ أُمّة ى ة ؤ ئ ٠١٩۴ ک ی \u0640\u064b\u0670\u200f\ufeff"
                                                "\u2066.،:«»\"\n\t") + ["\u2028"]), max_size=80)


@settings(max_examples=300, deadline=None)
@given(ARABIC)
def test_key_is_the_four_normalisation_steps(word):
    from quotes import normalize as n
    s = n.BIDI.sub("", n.DIACRITICS.sub("", word)).translate(n._HAMZA_ALEF).translate(n._DIGITS)
    assert n.key(word) == " ".join(s.split())


@settings(max_examples=300, deadline=None)
@given(ARABIC, st.integers(-3, 90), st.integers(-3, 90))
def test_tokenize_ranges_equal_a_direct_scan(text, a, b):
    from quotes import text as tx
    direct = [(m.start(), m.end(), m.group()) for m in tx.WORD.finditer(text, a, b)] if a >= 0 else None
    got = tx.tokenize(text, a, b)
    if direct is not None:
        assert [(t.start, t.end, t.raw) for t in got] == direct
    assert got == tx._scan(text, a, b)
    assert tx.tokenize(text) == tx._scan(text, 0, len(text))
    for t in got:
        assert t.key == (tx.key(t.raw) if t.raw[0].isalnum() else t.raw)
        assert t.is_word == (t.raw[0].isalnum() or t.raw[0] == "\u0640")


def test_duplicate_ids_in_bounded_memory(tmp_path):
    """The compact id set (17 bytes per article) keeps the first of every repeated id, across chunks and
    merges, exactly like a set of the ids."""
    from quotes.model import Skipped
    from quotes.read import IdSet, input_files, read_inputs
    ids = [str(i % 37) for i in range(200)] + ["", "ترامب", "ترامب", "a\x00", "a"]
    src = tmp_path / "dup.jsonl"
    src.write_text("".join(json.dumps({"id": i or "x", "text": "نص"}, ensure_ascii=False) + "\n" for i in ids),
                   encoding="utf-8")
    got = [(type(x).__name__, x.doc_id) for x in read_inputs(input_files([src]), chunk=7)]
    seen, want = set(), []
    for i in ids:
        i = i or "x"
        want.append(("Skipped" if i in seen else "Document", i))
        seen.add(i)
    assert got == want
    s = IdSet(buffer=5)
    assert [s.add(i) for i in ["a", "b", "a", "c", "d", "e", "f", "b", "g", "f"]] == \
        [True, True, False, True, True, True, True, False, True, False]
    assert len(s) == 7 and not isinstance(s, Skipped)


def test_shard_writer_when_a_shard_fills_exactly(tmp_path):
    t = pa.table({"speaker_id": [f"p-{i:04d}" for i in range(120)]})
    w = ShardWriter(tmp_path, shard_bytes=None, shard_rows=40, row_group=20)
    for i in (0, 40, 80):                              # pieces that end exactly where a shard is full
        w.write(t.slice(i, 40))
    files = w.close()
    assert [pq.read_table(f).num_rows for f in files] == [40, 40, 40]
    assert pa.concat_tables([pq.read_table(f) for f in files]).equals(t)


def test_bidi_and_format_marks_are_gaps_between_tokens():
    # snn-016459: «ناصر \u200fالجنيبي» — the right-to-left mark is no token; offsets still index the raw text
    from quotes import text as tx
    text = "قال ناصر \u200fالجنيبي مدير"
    toks = tx.tokenize(text)
    assert [t.raw for t in toks] == ["قال", "ناصر", "الجنيبي", "مدير"]
    assert all(text[t.start:t.end] == t.raw for t in toks)
