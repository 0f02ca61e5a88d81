"""The built version as a researcher uses it: Hugging Face loading offline, pinned features, speaker
queries that skip row groups, immutable versions, schema files generated from the code."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from quotes.build import build
from quotes.errors import VersionExistsError
from quotes.schema import COLUMNS, hf_features_json, schema_files

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def version(tmp_path_factory):
    return build([ROOT / "seeds"], tmp_path_factory.mktemp("dist")).path


def test_layout_and_manifest(version):
    files = sorted((version / "data").glob("train-*-of-*.parquet"))
    assert files and (version / "README.md").exists()
    m = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    assert m["documents"] == {"read": 5, "built": 5, "skipped": 0, "with_quotes": 5, "skipped_by_reason": {}}
    assert m["rows"] == sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    assert all(len(i["sha256"]) == 64 for i in m["inputs"])
    card = (version / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\nlanguage:\n- ar\n") and "configs:" in card and "dataset_info:" in card


def test_parquet_is_zstd_sorted_with_features(version):
    f = sorted((version / "data").glob("*.parquet"))[0]
    pf = pq.ParquetFile(f)
    assert pf.metadata.row_group(0).column(0).compression == "ZSTD"
    meta = json.loads(pf.schema_arrow.metadata[b"huggingface"])
    assert meta["info"]["features"] == hf_features_json()
    t = pf.read()
    keys = list(zip(t.column("speaker_id").to_pylist(), [str(d) for d in t.column("published").to_pylist()]))
    assert keys == sorted(keys)
    assert t.column_names == [c.name for c in COLUMNS]


def test_load_dataset_offline_with_speaker_filter(version, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from datasets import load_dataset
    ds = load_dataset(str(version), split="train", cache_dir=str(version.parent / "hf-cache"))
    assert ds.features.to_dict() == hf_features_json() or set(ds.features) == {c.name for c in COLUMNS}
    sid = ds[0]["speaker_id"]
    one = load_dataset(str(version), split="train", filters=[("speaker_id", "==", sid)],
                       cache_dir=str(version.parent / "hf-cache2"))
    assert len(one) == sum(1 for r in ds if r["speaker_id"] == sid)
    assert set(one["speaker_id"]) == {sid}


def test_speaker_query_skips_row_groups(tmp_path):
    """Rows sorted by speaker_id give row groups with disjoint speaker ranges: a filter reads few of them."""
    import pyarrow.dataset as pads
    from quotes import write
    v = build([ROOT / "seeds"], tmp_path).path
    t = pq.read_table(sorted((v / "data").glob("*.parquet")))
    small = tmp_path / "small"
    write.write_shards(t, small, row_group=5)
    pf = pq.ParquetFile(sorted(small.glob("*.parquet"))[0])
    sid = t.column("speaker_id")[0].as_py()
    hit = [i for i in range(pf.num_row_groups)
           if pf.metadata.row_group(i).column(t.column_names.index("speaker_id")).statistics.min <= sid
           <= pf.metadata.row_group(i).column(t.column_names.index("speaker_id")).statistics.max]
    assert 0 < len(hit) < pf.num_row_groups / 2
    got = pads.dataset(small).to_table(filter=pads.field("speaker_id") == sid)
    assert set(got.column("speaker_id").to_pylist()) == {sid}


def test_versions_are_immutable(tmp_path):
    first = build([ROOT / "seeds"], tmp_path, "1.0.0")
    again = build([ROOT / "seeds"], tmp_path, "1.0.0")
    assert (first.status, again.status) == ("built", "unchanged")
    other = tmp_path / "in"
    other.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt"))[:2]:
        (other / p.name).write_bytes(p.read_bytes())
    with pytest.raises(VersionExistsError, match="--version 1.1.0"):
        build([other], tmp_path, "1.0.0")
    assert build([other], tmp_path).version == "1.1.0"


def test_schema_files_are_current():
    for name, content in schema_files().items():
        assert (ROOT / "schema" / name).read_text(encoding="utf-8") == content, \
            f"schema/{name} is stale: run `quotes schema --write`"


def test_committed_seed_version_matches_a_fresh_build(tmp_path):
    """dist/ ships the version built from seeds/; the same builder must reproduce its data files."""
    shipped = sorted(p for p in (ROOT / "dist").iterdir() if p.is_dir() and not p.name.startswith("."))
    assert shipped, "dist/ must hold the version built from seeds/"
    fresh = build([ROOT / "seeds"], tmp_path).path
    a = [p.read_bytes() for p in sorted((shipped[-1] / "data").glob("*.parquet"))]
    b = [p.read_bytes() for p in sorted((fresh / "data").glob("*.parquet"))]
    assert a == b, f"{shipped[-1]} is stale: rebuild it with `quotes build` and commit it"
