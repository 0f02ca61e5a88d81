"""The Dask engine: the same per-article extraction as the local build, run on a Dask cluster.

The client reads the inputs (skipping and de-duplicating exactly as the local build does), sends batches of
documents to the workers as futures, and receives each batch's counts, speakers and rows as Arrow. Speaker
ids, the sort and the Parquet shards are then made on the client by the code path of the local build
(quotes.build.run_build), so a Dask build and a local build of the same input are the same bytes.

    pip install 'quotes[dask]'
    quotes build articles.jsonl.gz --engine dask                          # a LocalCluster on this machine
    quotes build articles.jsonl.gz --engine dask --scheduler tcp://host:8786

Workers of an existing cluster need this package installed at the same version (checked before the build);
they do not need to see the input files."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import __version__
from .build import BATCH, BatchResult, BuildResult, Runner, default_workers, extract_batch, run_build
from .errors import QuotesError
from .model import Document
from .write import SHARD_BYTES, SORT_BYTES


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise QuotesError("--engine dask needs Dask: pip install 'quotes[dask]' (dask[distributed])") from None
    return distributed


def _worker_version() -> str:
    import quotes
    return quotes.__version__


def check_workers(client) -> int:
    """Number of worker threads; every worker must run this version of the builder."""
    versions = client.run(_worker_version)
    if not versions:
        raise QuotesError("the Dask cluster has no workers; start some (dask worker ADDRESS) and retry")
    wrong = {w: v for w, v in versions.items() if v != __version__}
    if wrong:
        raise QuotesError(f"Dask workers run another quotes version ({wrong}); install quotes {__version__} on "
                          "every worker so that the build is the same as a local one")
    return max(1, sum(client.nthreads().values()))


def dask_runner(client, ahead: int = 4) -> Runner:
    """Batches as Dask futures, at most ahead × (worker threads) in flight; results as they complete."""
    distributed = _import_distributed()

    def run(batches: Iterable[list[Document]]) -> Iterator[BatchResult]:
        slots = check_workers(client) * ahead
        done = distributed.as_completed()
        inflight = 0
        try:
            for b in batches:
                done.add(client.submit(extract_batch, b, pure=False))
                inflight += 1
                while inflight >= slots:
                    f = next(done)
                    inflight -= 1
                    yield f.result()
                    f.release()
            for f in done:
                yield f.result()
                f.release()
        finally:
            for f in list(getattr(done, "futures", ())):
                f.cancel()
    return run


def build_dask(inputs: list[Path], out: Path, version: str | None = None, scheduler: str | None = None,
               on_error: str | None = None, progress: Callable[[dict], None] | None = None, *,
               workers: int | None = None, client=None, shard_rows: int | None = None,
               shard_bytes: int | None = SHARD_BYTES, sort_bytes: int = SORT_BYTES,
               speakers: Path | None = None) -> BuildResult:
    """Build one dataset version like quotes.build.build, extracting on Dask (`speakers`: a registry of
    known speakers over the built-in one, as in quotes.build.build).

    `client`: an existing dask.distributed Client (used as is, not closed); else `scheduler`: the address of
    a running scheduler (tcp://host:8786); else a LocalCluster of `workers` single-threaded worker
    processes (default: the machine's cores) is started for the build and closed after it."""
    distributed = _import_distributed()
    own: list = []
    try:
        if client is None:
            if scheduler:
                try:
                    client = distributed.Client(scheduler, timeout="30s")
                except (OSError, TimeoutError) as e:
                    raise QuotesError(f"cannot reach the Dask scheduler at {scheduler} ({e}); check the address "
                                      "(tcp://host:8786) or omit --scheduler for a local cluster") from None
            else:
                cluster = distributed.LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                                   processes=True, dashboard_address=None,
                                                   silence_logs=logging.ERROR)
                own.append(cluster)
                client = distributed.Client(cluster)
            own.insert(0, client)
        return run_build(inputs, out, version, dask_runner(client), on_error=on_error, progress=progress,
                         shard_rows=shard_rows, shard_bytes=shard_bytes, sort_bytes=sort_bytes, speakers=speakers)
    finally:
        for o in own:
            o.close()


__all__ = ["build_dask", "dask_runner", "check_workers", "BATCH"]
