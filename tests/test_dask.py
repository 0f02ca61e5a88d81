"""The Dask engine on a LocalCluster of 2 worker processes builds the same dataset as the local engine:
the same rows in the same order, the same Parquet bytes. Skipped when Dask is not installed."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

distributed = pytest.importorskip("distributed")

from quotes.build import build  # noqa: E402
from quotes.dask_engine import build_dask  # noqa: E402
from quotes.write import file_sha256  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "seeds", ROOT / "tests" / "gold" / "bench30_articles.jsonl"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as c:
        yield c


def rows(version: Path) -> list[dict]:
    files = sorted((version / "data").glob("*.parquet"))
    return pa.concat_tables([pq.read_table(f) for f in files]).to_pylist()


def digest(version: Path) -> list[tuple[str, str]]:
    return sorted((p.name, file_sha256(p)) for p in (version / "data").glob("*.parquet"))


def test_dask_build_equals_local_build(cluster, tmp_path):
    local = build(INPUTS, tmp_path / "local", "1.0.0", workers=1)
    # the way a user points the build at an existing cluster: its scheduler address
    dask = build_dask(INPUTS, tmp_path / "dask", "1.0.0", scheduler=cluster.scheduler_address)
    assert dask.status == "built" and dask.rows == local.rows > 100
    assert rows(dask.path) == rows(local.path)
    assert digest(dask.path) == digest(local.path)
    ml, md = (json.loads((v.path / "manifest.json").read_text(encoding="utf-8")) for v in (local, dask))
    assert md["documents"] == ml["documents"] and md["files"] == ml["files"]
    assert (dask.path / "speakers.json").read_bytes() == (local.path / "speakers.json").read_bytes()
    # the same input again is the same version, whichever engine built it
    again = build_dask(INPUTS, tmp_path / "local", None, scheduler=cluster.scheduler_address)
    assert again.status == "unchanged" and again.version == "1.0.0"


def test_dask_build_with_shards_and_partitioned_sort(cluster, tmp_path):
    local = build(INPUTS, tmp_path / "local", "1.0.0", workers=1, shard_rows=50)
    with distributed.Client(cluster) as client:
        dask = build_dask(INPUTS, tmp_path / "dask", "1.0.0", client=client, shard_rows=50, sort_bytes=5000)
    assert len(digest(dask.path)) > 1
    assert digest(dask.path) == digest(local.path)
