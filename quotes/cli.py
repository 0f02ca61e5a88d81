"""The `quotes` command: parses arguments, calls the library, reports. No extraction logic lives here."""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from . import __version__
from .errors import QuotesError

EPILOG = "Data: Arabic news articles in; a versioned Hugging Face Parquet dataset of attributed quotes out."


def _build(a: argparse.Namespace) -> int:
    from .build import build, default_workers, progress_printer
    inputs = a.inputs or [Path("seeds")]
    workers = a.workers if a.workers is not None else default_workers()
    show = progress_printer() if not a.quiet else (lambda s: None)
    if a.engine == "dask":
        from .dask_engine import build_dask
        res = build_dask(inputs, a.out, a.version, scheduler=a.scheduler, on_error=a.on_error, progress=show,
                         workers=a.workers, speakers=a.speakers)
    else:
        res = build(inputs, a.out, a.version, workers=workers, on_error=a.on_error, progress=show,
                    speakers=a.speakers)
    if sys.stderr.isatty() and not a.quiet:
        sys.stderr.write("\n")
    print(res.summary())
    return 0


def _evaluate(a: argparse.Namespace) -> int:
    from .evaluate import evaluate
    sc = evaluate(a.gold, a.dataset, a.not_quotes)
    if a.show:
        for g in sc.misses:
            print(f"MISS  {g['doc_id']}  [{g['speaker']}]  {g['quote'][:90]}")
        for r in sc.false_positives:
            print(f"FP    {r['doc_id']}  [{r.get('speaker')}]  {str(r.get('quote'))[:90]}")
        for g, s in sc.wrong:
            print(f"WHO   {g['doc_id']}  want {g['speaker']} got {s}  {g['quote'][:70]}")
    s = sc.summary()
    print(json.dumps(s, ensure_ascii=False))
    print(f"quote_f1={s['quote_f1']:.3f} attribution={s['attribution']:.3f} end_to_end_f1={s['end_to_end_f1']:.3f}")
    if a.min_f1 is not None and sc.end_to_end_f1 < a.min_f1:
        print(f"end_to_end_f1 {sc.end_to_end_f1:.3f} is below --min-f1 {a.min_f1}", file=sys.stderr)
        return 1
    return 0


def _explain(a: argparse.Namespace) -> int:
    from .explain import explain_offset, explain_quote, find_document, format_explanation
    if a.at is not None:
        if not a.articles:
            raise QuotesError("--at needs the article file: quotes explain --articles FILE --at OFFSET [--doc ID]")
        if a.doc is None:
            from .read import input_files, read_file
            from .model import Document
            docs = [d for f in input_files(a.articles) for d in read_file(f) if isinstance(d, Document)]
            if len(docs) != 1:
                raise QuotesError(f"{a.articles[0]} holds {len(docs)} articles; say which with --doc ID")
            doc = docs[0]
        else:
            doc = find_document(a.articles, a.doc)
        print(format_explanation(explain_offset(doc, a.at)))
        return 0
    if a.dataset is None or a.quote_id is None:
        raise QuotesError("give DATASET QUOTE_ID, or --articles FILE --at OFFSET; see quotes explain --help")
    print(format_explanation(explain_quote(a.dataset, a.quote_id, a.articles or None)))
    return 0


def _schema(a: argparse.Namespace) -> int:
    from .schema import schema_files, write_schema
    if a.write:
        for p in write_schema(a.dir):
            print(f"wrote {p}")
        return 0
    stale = [n for n, c in schema_files().items()
             if not (a.dir / n).exists() or (a.dir / n).read_text(encoding="utf-8") != c]
    if stale:
        print(f"{a.dir}: {', '.join(stale)} out of date; run `quotes schema --write`", file=sys.stderr)
        return 1
    print(f"{a.dir}: schema files are current")
    return 0


def _add_build(sub) -> None:
    """The build command: articles in, a new dataset version out."""
    b = sub.add_parser("build", help="extract quotes from articles into a new dataset version",
                       description="Read articles, find every quotation with its speaker, cue and dates, and write "
                                   "one immutable dataset version OUT/X.Y.Z (Parquet + dataset card + manifest). "
                                   "Rebuilding a version from the same input reports it unchanged; a change needs "
                                   "a new version.")
    b.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                   help="a folder of .txt articles (seed format: optional first line `date YYYY-MM-DD`), a .jsonl or "
                        ".jsonl.gz file (id, text, optional date/title/source/url), or a .parquet file with those "
                        "columns (default: seeds/)")
    b.add_argument("--out", type=Path, default=Path("dist"), help="folder of versions (default: dist/)")
    b.add_argument("--version", dest="version", metavar="X.Y.Z",
                   help="version to write (default: an identical existing version, else the next free one)")
    b.add_argument("--workers", type=int, metavar="N",
                   help="parallel processes (default: the machine's cores); with --engine dask and no --scheduler, "
                        "the workers of the local cluster")
    b.add_argument("--on-error", choices=["skip", "fail"], default=None,
                   help="a document that cannot be used: by default it is skipped and counted in manifest.json, "
                        "but an INPUT that yields no usable article stops the build; `skip` skips that too, "
                        "`fail` stops at the first such document")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster (pip install '.[dask]')")
    b.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: scheduler address (default: a "
                                                          "LocalCluster on this machine)")
    b.add_argument("--speakers", type=Path, metavar="FILE",
                   help="your own registry of known speakers (JSON Lines, the format of quotes/data/speakers.jsonl: "
                        "id, type, name, variants, dated roles, optional wikidata); it takes precedence over the "
                        "built-in one")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    b.set_defaults(func=_build)


def _add_evaluate(sub) -> None:
    """The evaluate command: a built dataset scored against a gold file."""
    e = sub.add_parser("evaluate", help="score a built dataset against a gold file",
                       description="Quote precision/recall/F1, attribution accuracy and end-to-end F1 of DATASET "
                                   "against a hand-annotated GOLD file (the rules of the project's scorer).")
    e.add_argument("gold", type=Path, help="gold quotes, JSON Lines (tests/gold/seeds.jsonl)")
    e.add_argument("dataset", type=Path, help="a built version folder (dist/X.Y.Z) or a Parquet file")
    e.add_argument("--not-quotes", type=Path, help="gold spans that are not quotes (counted as not_quote_hits)")
    e.add_argument("--show", action="store_true", help="list misses, false positives and wrong speakers")
    e.add_argument("--min-f1", type=float, metavar="F", help="exit 1 when end-to-end F1 is below F")
    e.set_defaults(func=_evaluate)


def _add_explain(sub) -> None:
    """The explain command: why a quote has its speaker."""
    x = sub.add_parser("explain", help="show why a quote has its speaker: its context, the article's cast and "
                                       "the trace of the attribution sieves",
                       description="Read the quote's article again and print the quote in its context, the people "
                                   "the article introduces (its cast) and, sieve by sieve, how the speaker was chosen "
                                   "and which candidates were rejected by which check. Either a row of a built "
                                   "dataset (DATASET QUOTE_ID; the article is found from the version's manifest, or "
                                   "in --articles FILE) or a position in an article file (--articles FILE --at "
                                   "OFFSET [--doc ID]).")
    x.add_argument("dataset", type=Path, nargs="?", help="a built version folder (dist/X.Y.Z) or a Parquet file")
    x.add_argument("quote_id", nargs="?", help="the row's quote_id")
    x.add_argument("--articles", type=Path, action="append", default=[], metavar="FILE",
                   help="the article file (.jsonl, .jsonl.gz, .parquet or a folder of .txt) to read the article from")
    x.add_argument("--at", type=int, metavar="OFFSET", help="a character offset inside the quote (with --articles)")
    x.add_argument("--doc", metavar="ID", help="the article's id in --articles (when the file holds several)")
    x.set_defaults(func=_explain)


def _add_schema(sub) -> None:
    """The schema command: check or regenerate schema/."""
    s = sub.add_parser("schema", help="check or regenerate the schema files under schema/",
                       description="The dataset schema lives in code (quotes/schema.py); schema/ holds it as a JSON "
                                   "Schema and as Hugging Face Features. Without --write, check they are current.")
    s.add_argument("--dir", type=Path, default=Path("schema"), help="folder of the schema files (default: schema/)")
    s.add_argument("--write", action="store_true", help="regenerate the files")
    s.set_defaults(func=_schema)


def parser() -> argparse.ArgumentParser:
    """The `quotes` argument parser with every subcommand, in the order --help lists them."""
    p = argparse.ArgumentParser(prog="quotes", description="Build a dataset of attributed quotations from Arabic news.",
                                epilog=EPILOG)
    p.add_argument("--version", action="version", version=f"quotes {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_add_build, _add_evaluate, _add_explain, _add_schema):
        add(sub)
    from . import lookup
    lookup.add_commands(sub)
    return p


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program is so that it stops as on Ctrl-C: the build's temporary
    folder is removed and no version is written."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _terminate(signum, frame) -> None:
    raise Terminated(signum)


def _on_signals(handler) -> dict:
    """Install `handler` for SIGTERM and SIGHUP; returns the previous handlers (none off the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    sigs = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    return {s: signal.signal(s, handler) for s in sigs}


def main(argv: list[str] | None = None) -> int:
    p = parser()
    a = p.parse_args(argv)
    if not getattr(a, "func", None):
        p.print_help()
        return 2
    previous = _on_signals(_terminate)
    try:
        return a.func(a)
    except QuotesError as err:
        print(f"quotes {a.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as err:
        print(f"quotes {a.command}: interrupted; nothing was written", file=sys.stderr)
        return 128 + err.signum if isinstance(err, Terminated) else 130
    except BrokenPipeError:
        return 0
    except OSError as err:                           # a disk that is full, a file that went away
        where = f"{err.filename}: " if err.filename else ""
        print(f"quotes {a.command}: error: {where}{err.strerror or err}", file=sys.stderr)
        return 1
    finally:
        for s, h in previous.items():
            signal.signal(s, signal.SIG_DFL if h is None else h)


if __name__ == "__main__":
    sys.exit(main())
