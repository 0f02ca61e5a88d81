"""Speaker look-ups and the audit page: `quotes speakers`, `quotes search`, `quotes report`.

A DATASET is a built version folder (dist/X.Y.Z), its data/ folder, one Parquet file, or a folder of
versions (the newest is used). Rows are sorted by speaker_id, so a look-up first resolves the asked name
to speaker ids (from the version's speakers.json when it has one) and then reads only the row groups
whose speaker_id statistics can hold those ids (pyarrow dataset filters on row-group statistics)."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .errors import DatasetError, QuotesError
from .lexicon import lexicon
from .normalize import key
from .speaker_match import EQUAL, SUBSTRING, best_level, substring

_VERSION = regex.compile(r"^\d+\.\d+\.\d+$")
FORMATS = ("table", "jsonl", "csv")


# ---------------------------------------------------------------------------------------------- dataset

@dataclass(frozen=True)
class Dataset:
    """The Parquet files of one dataset version, and its speakers.json when it has one."""
    path: Path                       # as given
    files: tuple[Path, ...]
    speakers_json: Path | None = None
    version: str | None = None


def open_dataset(path: Path) -> Dataset:
    """Resolve DATASET (version folder, data/ folder, Parquet file or folder of versions) to its files."""
    p = Path(path)
    if not p.exists():
        raise DatasetError(f"{p}: no such file or folder; give a built version folder such as dist/1.0.0 "
                           "(made by `quotes build`) or one of its Parquet files")
    if p.is_file():
        if p.suffix.lower() != ".parquet":
            raise DatasetError(f"{p}: not a Parquet file; give a built version folder such as dist/1.0.0 "
                               "or a .parquet file")
        return Dataset(p, (p,))
    folder = p
    if not (p / "data").is_dir() and not any(p.glob("*.parquet")):
        versions = sorted((v for v in p.iterdir() if v.is_dir() and _VERSION.match(v.name)),
                          key=lambda v: tuple(int(x) for x in v.name.split(".")))
        if versions:
            folder = versions[-1]
    if (folder / "data").is_dir():
        files, meta = sorted((folder / "data").glob("*.parquet")), folder
    else:
        files, meta = sorted(folder.glob("*.parquet")), folder.parent if folder.name == "data" else folder
    if not files:
        raise DatasetError(f"{p}: holds no Parquet files; give a built version folder such as dist/1.0.0 "
                           "(made by `quotes build`)")
    sj = meta / "speakers.json"
    version = meta.name if _VERSION.match(meta.name) else None
    return Dataset(p, tuple(files), sj if sj.is_file() else None, version)


def _pyarrow_dataset(ds: Dataset):
    import pyarrow.dataset as pads
    try:
        d = pads.dataset([str(f) for f in ds.files], format="parquet")
    except Exception as e:  # pyarrow raises several types for unreadable files
        raise DatasetError(f"{ds.path}: cannot be read as Parquet ({type(e).__name__}: {e}); "
                           "rebuild it with `quotes build`") from None
    missing = [c for c in ("speaker_id", "speaker", "quote", "published") if c not in d.schema.names]
    if missing:
        raise DatasetError(f"{ds.path}: not a quotes dataset (no column {', '.join(missing)}); "
                           "give a version folder made by `quotes build`")
    return d


@dataclass
class Scan:
    """What a read touched: row groups of the dataset, row groups read, rows returned."""
    row_groups_total: int = 0
    row_groups_read: int = 0
    rows: int = 0


def read_rows(ds: Dataset, speaker_ids: set[str] | None = None, date_from: dt.date | None = None,
              date_to: dt.date | None = None, columns: list[str] | None = None, doc_ids: set[str] | None = None):
    """Rows of `speaker_ids` (all rows when None) published within [date_from, date_to] (and of `doc_ids`
    when given), as a pyarrow Table, reading only the row groups whose statistics can hold them.
    Returns (table, Scan)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    d = _pyarrow_dataset(ds)
    expr = None
    if speaker_ids is not None:
        expr = pc.field("speaker_id").isin(pa.array(sorted(speaker_ids), pa.string()))
    if doc_ids is not None:
        e = pc.field("doc_id").isin(pa.array(sorted(doc_ids), pa.string()))
        expr = e if expr is None else expr & e
    if date_from is not None:
        e = pc.field("published") >= pa.scalar(date_from, pa.date32())
        expr = e if expr is None else expr & e
    if date_to is not None:
        e = pc.field("published") <= pa.scalar(date_to, pa.date32())
        expr = e if expr is None else expr & e
    cols = [c for c in (columns or d.schema.names) if c in d.schema.names]
    scan, parts = Scan(), []
    for frag in d.get_fragments():
        scan.row_groups_total += frag.num_row_groups
        pieces = frag.split_by_row_group(expr) if expr is not None else [frag]
        for piece in pieces:
            scan.row_groups_read += len(piece.row_groups) if expr is not None else frag.num_row_groups
            parts.append(piece.to_table(filter=expr, columns=cols, schema=d.schema))
    table = pa.concat_tables(parts) if parts else d.schema.empty_table().select(cols)
    scan.rows = table.num_rows
    return table, scan


# --------------------------------------------------------------------------------------------- speakers

@dataclass(frozen=True)
class Speaker:
    speaker_id: str
    speaker: str
    quotes: int
    forms: tuple[tuple[str, int], ...] = ()      # every spelling and mention met at the cues
    names: tuple[tuple[str, int], ...] | None = None   # the spellings of the name alone (None: as forms)

    def as_dict(self) -> dict:
        d = {"speaker_id": self.speaker_id, "speaker": self.speaker, "quotes": self.quotes,
             "forms": [{"form": f, "count": c} for f, c in self.forms]}
        if self.names is not None:
            d["names"] = [{"name": f, "count": c} for f, c in self.names]
        return d

    def spellings(self) -> list[str]:
        """The speaker's name and its spellings (the forms when the version lists no names apart)."""
        return [self.speaker, *(f for f, _ in (self.forms if self.names is None else self.names))]


def load_speakers(ds: Dataset) -> list[Speaker]:
    """Every speaker of the dataset, most quoted first: from speakers.json when the version has one
    (no Parquet is read), else from the speaker columns of the data."""
    if ds.speakers_json is not None:
        return _speakers_from_json(ds.speakers_json)
    table, _ = read_rows(ds, columns=["speaker_id", "speaker", "speaker_mention"])
    quotes: Counter = Counter()
    names: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, Counter] = defaultdict(Counter)
    for sid, name, mention in zip(*(table.column(c).to_pylist() for c in ("speaker_id", "speaker",
                                                                           "speaker_mention"))):
        if not sid:
            continue
        quotes[sid] += 1
        if name:
            names[sid][name] += 1
            forms[sid][name] += 1
        if mention:
            forms[sid][mention] += 1
    out = [Speaker(sid, min(names[sid], key=lambda n: (-names[sid][n], n)) if names[sid] else sid, n,
                   tuple(sorted(forms[sid].items(), key=lambda x: (-x[1], x[0]))))
           for sid, n in quotes.items()]
    return sorted(out, key=lambda s: (-s.quotes, s.speaker_id))


def _speakers_from_json(path: Path) -> list[Speaker]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        out = [Speaker(str(e["speaker_id"]), str(e["speaker"]), int(e["quotes"]),
                       tuple((str(f["form"]), int(f["count"])) for f in e.get("forms", [])),
                       tuple((str(f["name"]), int(f["count"])) for f in e["names"]) if "names" in e else None)
               for e in raw]
    except (OSError, ValueError, TypeError, KeyError) as e:
        raise DatasetError(f"{path}: not a speakers list as `quotes build` writes it ({type(e).__name__}: {e}); "
                           "delete it to read the speakers from the data, or rebuild the version") from None
    return sorted(out, key=lambda s: (-s.quotes, s.speaker_id))


def match_speakers(speakers: list[Speaker], text: str) -> list[Speaker]:
    """Speakers whose id is TEXT, or whose name or one of its spellings holds TEXT's words, folded the way
    speaker ids are (quotes/speaker_match.py: hamza, ى/ي, ة/ه, diacritics, and transliteration variants:
    ترمب finds ترامب); when none does, every spelling that contains TEXT. In the order given."""
    return [s for s, _ in _ranked(speakers, text, keep_order=True)]


def _ranked(speakers: list[Speaker], text: str, keep_order: bool = False) -> list[tuple[Speaker, int]]:
    t = (text or "").strip()
    exact = [s for s in speakers if s.speaker_id == t]
    if exact:
        return [(exact[0], EQUAL)]
    if not key(t).casefold():
        raise QuotesError(f"speaker text {text!r} is empty once diacritics and marks are removed; give a name "
                          "such as ترامب or a speaker id such as p-5d1e0c2b9a44")
    lex = lexicon()
    found = [(s, lv) for s in speakers if (lv := best_level(t, s.spellings(), lex)) is not None]
    if not found:
        found = [(s, SUBSTRING) for s in speakers if substring(t, s.spellings())]
    return found if keep_order else sorted(found, key=lambda x: x[1])


def resolve_speakers(speakers: list[Speaker], text: str) -> list[Speaker]:
    """The speakers TEXT means, best first: an exact speaker_id; then speakers one of whose names is TEXT
    (folded as in match_speakers), then those whose name holds TEXT's words, most quoted first within each;
    spellings that merely contain TEXT only when nothing matches as words. `search` takes the first unless
    asked to widen."""
    return [s for s, _ in _ranked(speakers, text)]


def list_speakers(ds: Dataset, top: int | None = None, match: str | None = None) -> list[Speaker]:
    if top is not None and top < 1:
        raise QuotesError(f"--top {top}: give a whole number of 1 or more")
    found = load_speakers(ds)
    if match is not None:
        found = match_speakers(found, match)
    return found[:top] if top else found


# ----------------------------------------------------------------------------------------------- search

SEARCH_COLUMNS = ["published", "said_on", "source", "speaker", "speaker_id", "speaker_mention", "cue", "kind",
                  "quote", "context", "doc_id", "start", "end", "title", "url", "quote_id", "rule"]


def parse_bound(value: str | None, end: bool, option: str) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD: the first day of the period for --from, the last for --to."""
    if value is None:
        return None
    s = value.strip()
    try:
        if regex.fullmatch(r"\d{4}", s):
            return dt.date(int(s), 12, 31) if end else dt.date(int(s), 1, 1)
        if regex.fullmatch(r"\d{4}-\d{1,2}", s):
            y, m = map(int, s.split("-"))
            first = dt.date(y, m, 1)
            if not end:
                return first
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if regex.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", s):
            return dt.date(*map(int, s.split("-")))
    except ValueError:
        pass
    raise QuotesError(f"{option} {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-26)")


@dataclass
class SearchResult:
    speakers: list[Speaker]                                       # the ids whose quotes were read
    rows: list[dict] = field(default_factory=list)
    scan: Scan = field(default_factory=Scan)
    candidates: list[Speaker] = field(default_factory=list)      # every id the text matched, best first


def search(ds: Dataset, speaker: str, date_from: dt.date | None = None, date_to: dt.date | None = None,
           columns: list[str] | None = None, widen: bool = False) -> SearchResult:
    """The quotes of the speaker `speaker` best means (see resolve_speakers) — of every speaker it matches
    when `widen` — published within the dates (by article date; undated articles are left out when a date is
    given), oldest first. Reads only the row groups that can hold those speakers."""
    if date_from and date_to and date_from > date_to:
        raise QuotesError(f"--from {date_from} is after --to {date_to}; swap them")
    candidates = resolve_speakers(load_speakers(ds), speaker)
    found = candidates if widen else candidates[:1]
    if not found:
        return SearchResult([])
    table, scan = read_rows(ds, {s.speaker_id for s in found}, date_from, date_to, columns or SEARCH_COLUMNS)
    rows = table.to_pylist()
    rows.sort(key=lambda r: (r.get("published") is None, r.get("published") or dt.date.min,
                             str(r.get("doc_id")), r.get("start") or 0, str(r.get("quote_id"))))
    return SearchResult(found, rows, scan, candidates)


# --------------------------------------------------------------------------------------------- printing

def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _one_line(s) -> str:
    return " ".join(str(s).split()) if s is not None else ""


def format_speakers(speakers: list[Speaker], fmt: str = "table") -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(s.as_dict(), ensure_ascii=False) + "\n" for s in speakers)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["speaker_id", "speaker", "quotes", "spellings"])
        for s in speakers:
            w.writerow([s.speaker_id, s.speaker, s.quotes, "; ".join(f"{f} ({c})" for f, c in s.forms)])
        return buf.getvalue()
    idw = max([len(s.speaker_id) for s in speakers] + [10])
    namew = min(40, max([len(s.speaker) for s in speakers] + [7]))
    lines = [f"{'quotes':>6}  {'speaker_id':<{idw}}  {'speaker':<{namew}}  spellings (count)"]
    for s in speakers:
        forms = "، ".join(f"{f} ({c})" for f, c in s.forms)
        lines.append(f"{s.quotes:>6}  {s.speaker_id:<{idw}}  {s.speaker:<{namew}}  {forms}")
    return "\n".join(lines) + "\n"


def format_rows(rows: list[dict], fmt: str = "table") -> str:
    if fmt == "jsonl":
        return "".join(json.dumps({k: _plain(v) for k, v in r.items()}, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        cols = list(rows[0]) if rows else SEARCH_COLUMNS
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else _plain(r.get(c)) for c in cols])
        return buf.getvalue()
    out = []
    for r in rows:
        date = _plain(r.get("published")) or "(undated)"
        said = f"  said {_plain(r['said_on'])}" if r.get("said_on") else ""
        head = (f"{date}{said}  {r.get('source') or '-'}  {r.get('speaker') or '?'} [{r.get('speaker_id')}]"
                f"  {r.get('cue') or '-'}  ({r.get('kind')})  {r.get('doc_id')}")
        out += [head, f"    «{_one_line(r.get('quote'))}»", f"    {_one_line(r.get('context'))}", ""]
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ CLI layer

def _speakers_cmd(a: argparse.Namespace) -> int:
    ds = open_dataset(a.dataset)
    found = list_speakers(ds, a.top, a.match)
    if not found:
        print(f"no speaker matches {a.match!r} (normalised: {key(a.match)!r})", file=sys.stderr)
        return 1
    sys.stdout.write(format_speakers(found, a.format))
    return 0


def _search_cmd(a: argparse.Namespace) -> int:
    ds = open_dataset(a.dataset)
    res = search(ds, a.speaker, parse_bound(a.date_from, False, "--from"), parse_bound(a.date_to, True, "--to"),
                 widen=a.all)
    if not res.speakers:
        print(f"no speaker matches {a.speaker!r} (normalised: {key(a.speaker)!r}); list them with "
              f"`quotes speakers {a.dataset} --match TEXT`", file=sys.stderr)
        return 1
    who = ", ".join(f"{s.speaker} [{s.speaker_id}]" for s in res.speakers[:10])
    more = (f" and {len(res.speakers) - 10} more (see `quotes speakers {a.dataset} --match TEXT`; give a "
            "speaker_id to pick one)") if len(res.speakers) > 10 else ""
    others = len(res.candidates) - len(res.speakers)
    wider = (f"; {others} other id(s) also match {a.speaker!r}: add --all for all of them, or see `quotes speakers "
             f"{a.dataset} --match TEXT`") if others else ""
    print(f"{len(res.rows):,} quotes by {who}{more}; read {res.scan.row_groups_read} of "
          f"{res.scan.row_groups_total} row groups{wider}", file=sys.stderr)
    rows = res.rows
    if a.format != "table":          # a saved file says what was asked and which ids answered, on every row
        ids = ";".join(s.speaker_id for s in res.speakers)
        rows = [{**r, "query": a.speaker, "query_speaker_ids": ids} for r in rows]
    sys.stdout.write(format_rows(rows, a.format))
    return 0 if res.rows else 1


def _report_cmd(a: argparse.Namespace) -> int:
    from .report import write_report
    res = write_report(open_dataset(a.dataset), a.out, speaker=a.speaker,
                       date_from=parse_bound(a.date_from, False, "--from"),
                       date_to=parse_bound(a.date_to, True, "--to"), max_quotes=a.max_quotes,
                       sample=a.sample)
    print(f"{res.path}: {res.quotes:,} quotes in {res.articles:,} articles by {res.speakers:,} speakers "
          f"({res.bytes / 1e6:,.1f} MB); open it in a browser")
    return 0


DATASET_HELP = ("a built version folder (dist/X.Y.Z), its data/ folder, a Parquet file, or a folder of "
                "versions (the newest is used)")


def _date_range_args(p) -> None:
    """--from/--to, shared by search and report."""
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="only articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE",
                   help="only articles published on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")


def add_commands(sub) -> None:
    """Register the look-up subcommands on the CLI's subparsers."""
    s = sub.add_parser("speakers", help="list speakers with their ids, spellings and quote counts",
                       description="List the speakers of a dataset, most quoted first, with their speaker_id, "
                                   "every spelling met in the text and the number of quotes. Reads the version's "
                                   "speakers.json (no Parquet) when it has one, else the speaker columns.")
    s.add_argument("dataset", type=Path, metavar="DATASET", help=DATASET_HELP)
    s.add_argument("--top", type=int, metavar="N", help="only the N most quoted speakers (after --match)")
    s.add_argument("--match", metavar="TEXT",
                   help="only speakers whose name holds TEXT's words, compared as speaker ids are (hamza forms, "
                        "ى/ي, ة/ه, diacritics, tatweel, transliteration variants: ترمب = ترامب); when none does, "
                        "every spelling containing TEXT; or an exact speaker_id")
    s.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    s.set_defaults(func=_speakers_cmd)

    q = sub.add_parser("search", help="print the quotes of one speaker with date, source and context",
                       description="Print every quote of the speaker --speaker names, oldest first, with date, "
                                   "source, cue and context sentence. TEXT is a speaker_id, or a name, matched as "
                                   "`quotes speakers --match` does (spelling variants folded: ترمب = ترامب): the "
                                   "speaker one of whose names is TEXT, else whose name holds it, most quoted first, "
                                   "is taken, and the message names it; --all takes every matching speaker. In "
                                   "jsonl and csv every row also carries `query` and `query_speaker_ids`, so a "
                                   "saved file says what was asked. Reads only the row groups that hold them.")
    q.add_argument("dataset", type=Path, metavar="DATASET", help=DATASET_HELP)
    q.add_argument("--speaker", required=True, metavar="TEXT",
                   help="a name or part of one, matched after Arabic normalisation, or an exact speaker_id")
    q.add_argument("--all", action="store_true",
                   help="the quotes of every speaker TEXT matches, not only of the one it matches best")
    _date_range_args(q)
    q.add_argument("--format", choices=FORMATS, default="table",
                   help="table (for reading), jsonl or csv (default: table)")
    q.set_defaults(func=_search_cmd)

    r = sub.add_parser("report", help="write a static HTML page to audit quotes in their context",
                       description="Write one self-contained HTML page (no network, no external scripts or "
                                   "fonts; right to left): per article, the context sentences with each quote "
                                   "highlighted in its speaker's colour and the cue underlined, a side panel "
                                   "with speaker id, rule and dates, a speaker index and a filter box. Pages "
                                   "of articles keep it fast at tens of thousands of quotes.")
    r.add_argument("dataset", type=Path, metavar="DATASET", help=DATASET_HELP)
    r.add_argument("--out", type=Path, default=Path("report.html"), help="the page to write (default: report.html)")
    r.add_argument("--speaker", metavar="TEXT", help="only the quotes of speakers matching TEXT (as in search)")
    _date_range_args(r)
    r.add_argument("--sample", type=int, metavar="N",
                   help="only N articles, chosen by a stable hash of doc_id (the same N articles every time)")
    r.add_argument("--max-quotes", type=int, default=50_000, metavar="N",
                   help="refuse to write a page of more than N quotes; narrow it with --speaker, --from/--to or "
                        "--sample (default: 50000)")
    r.set_defaults(func=_report_cmd)
