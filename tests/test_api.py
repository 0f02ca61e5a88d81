"""The Python API a researcher uses in a notebook (issue 14, item 14): `quotes.extract` on a text held in
memory gives the rows `quotes build` writes for it; `quotes.load` reads a built version into pandas and
`datasets` with its speaker table; `import quotes` alone loads nothing heavy."""
from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import quotes
from quotes.cli import main
from quotes.errors import DatasetError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
BUILD_ONLY = {"speaker_id", "builder_version"}


def test_the_api_is_small_typed_and_documented():
    assert set(quotes.__all__) == {"Quote", "Version", "extract", "load", "__version__"}
    for name in ("extract", "load"):
        f = getattr(quotes, name)
        sig = inspect.signature(f)
        assert inspect.getdoc(f) and sig.return_annotation is not inspect.Signature.empty
        assert all(p.annotation is not inspect.Parameter.empty for p in sig.parameters.values()), name
    assert list(inspect.signature(quotes.extract).parameters)[:2] == ["text", "published"]
    assert inspect.getdoc(quotes.Version) and dataclasses.is_dataclass(quotes.Quote)
    for m in ("to_pandas", "speakers", "to_dataset"):
        assert inspect.getdoc(getattr(quotes.Version, m)), m


def test_import_quotes_loads_no_heavy_module():
    code = ("import sys, quotes; print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'pyarrow', 'pandas', 'datasets', 'numpy', 'regex'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_extract_gives_the_rows_a_build_of_the_text_writes(seed, tmp_path, capsys):
    text = seed.read_text(encoding="utf-8")
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": seed.stem, "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "-q", "--workers", "1"]) == 0
    built = pq.read_table(tmp_path / "out" / "1.0.0" / "data").to_pylist()
    got = quotes.extract(text, doc_id=seed.stem)
    assert got and all(isinstance(q, quotes.Quote) for q in got)
    assert [(q.start, q.end) for q in got] == sorted((q.start, q.end) for q in got), "text order"
    rows = [{k: v for k, v in dataclasses.asdict(q).items() if k != "speaker_key"} for q in got]
    want = [{k: v for k, v in r.items() if k not in BUILD_ONLY} for r in built]
    key = lambda r: (r["start"], r["end"])  # noqa: E731
    assert sorted(rows, key=key) == sorted(want, key=key)
    assert all(text[q.start:q.end] == q.quote for q in got)


def test_extract_takes_the_date_given_or_the_one_the_text_gives():
    text = "قال الوزير للصحفيين: «نحن مستعدون»."
    (q,) = quotes.extract(text, published="2025-11-26")
    assert (q.published, q.published_inferred) == (dt.date(2025, 11, 26), False)
    (q,) = quotes.extract(text, published=dt.date(2024, 1, 2))
    assert q.published == dt.date(2024, 1, 2)
    (q,) = quotes.extract("الجمعة, 07-سبتمبر-2012\n" + text)
    assert (q.published, q.published_inferred) == (dt.date(2012, 9, 7), True)
    (q,) = quotes.extract(text)
    assert (q.published, q.published_inferred) == (None, False)
    assert quotes.extract("لا اقتباس هنا.") == []
    with pytest.raises(ValueError, match="published='yesterday'"):
        quotes.extract(text, published="yesterday")
    with pytest.raises(TypeError, match="give the article as a str"):
        quotes.extract(b"bytes")


def test_load_reads_a_version_into_pandas_and_datasets_with_its_speakers(tmp_path, capsys, monkeypatch):
    out = tmp_path / "dist"
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "-q", "--workers", "1"]) == 0
    v = quotes.load(out / "1.0.0")
    assert isinstance(v, quotes.Version) and v.version == "1.0.0" and v.manifest["rows"] > 0
    df = v.to_pandas()
    assert len(df) == v.manifest["rows"] and list(df.columns) == pq.read_schema(
        sorted((out / "1.0.0" / "data").glob("*.parquet"))[0]).names
    who = v.speakers()
    listed = json.loads((out / "1.0.0" / "speakers.json").read_text(encoding="utf-8"))
    assert list(who.columns) == ["speaker_id", "speaker", "quotes", "forms", "names", "merged", "registry"]
    assert who.to_dict("records") == [{c: r.get(c) for c in who.columns} for r in listed] and set(df["speaker_id"].dropna()) == set(who["speaker_id"])
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    ds = v.to_dataset(cache_dir=str(tmp_path / "hf"))
    assert ds.num_rows == len(df) and ds.column_names == list(df.columns)
    # a folder of versions gives its newest
    assert main(["build", str(SEEDS[0]), "--out", str(out), "-q", "--workers", "1"]) == 0
    assert quotes.load(out).version == "1.1.0"
    with pytest.raises(DatasetError, match="not a built version"):
        quotes.load(tmp_path)
