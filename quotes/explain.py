"""`quotes explain`: why a row has its speaker. The trace is not stored in the dataset (it would cost every
build for the few rows a user asks about): the article is read again and its quotes attributed again, with
the same rules, and the quote's trace, the article's cast and the quote in its context are printed.

The article is found from the version's manifest (the input files it was built from, read again until the
row's document), or in an article file the user names."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import DatasetError, InputError
from .lexicon import lexicon
from .model import Attribution, Document
from .pipeline import Reading, read_document
from .read import input_files, read_file


@dataclass(frozen=True)
class Explanation:
    doc: Document
    reading: Reading
    attribution: Attribution | None      # the re-run's attribution of the quote (None: not a quote now)
    start: int                           # the quote's offsets in doc.text
    end: int
    row: dict | None = None              # the dataset's row, when explaining a quote_id
    note: str | None = None              # a warning (another builder version, a row the re-run differs from)


def find_document(paths: list[Path], doc_id: str) -> Document:
    """The document `doc_id` of the given input files (read in order until it is found)."""
    for f in input_files(paths):
        for item in read_file(f):
            if isinstance(item, Document) and item.doc_id == doc_id:
                return item
    raise InputError(f"document {doc_id!r} is not in {', '.join(map(str, paths))}; pass the article file it "
                     "came from with --articles FILE")


def _inputs_of(version: Path) -> list[Path]:
    """The input files a version was built from, as its manifest records them (a relative path is tried
    from the current folder, then from the folder that holds the versions' folder)."""
    try:
        manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise DatasetError(f"{version}/manifest.json: cannot be read ({e}); pass the article file with "
                           "--articles FILE") from None
    out = []
    for rec in manifest.get("inputs", []):
        p = Path(rec["path"])
        for cand in (p, version.parent.parent / p):
            if cand.exists():
                out.append(cand)
                break
    if not out:
        raise DatasetError(f"{version}: none of the input files its manifest names exists here; pass the "
                           "article file with --articles FILE")
    return out


def _row(dataset: Path, quote_id: str) -> tuple[dict, Path]:
    from .lookup import open_dataset, read_rows
    ds = open_dataset(dataset)
    import pyarrow.compute as pc
    table, _ = read_rows(ds)
    hit = table.filter(pc.equal(table["quote_id"], quote_id))
    if hit.num_rows == 0:
        raise DatasetError(f"{dataset}: no row has quote_id {quote_id!r}; `quotes search` shows the ids")
    folder = ds.files[0].parent.parent if ds.files[0].parent.name == "data" else ds.files[0].parent
    return hit.to_pylist()[0], folder


def explain_quote(dataset: Path, quote_id: str, articles: list[Path] | None = None) -> Explanation:
    """Explain the row `quote_id` of a built dataset."""
    row, version = _row(dataset, quote_id)
    doc = find_document(articles or _inputs_of(version), row["doc_id"])
    ex = explain_offset(doc, row["start"])
    note = None
    built_by = _builder_version(version)
    if built_by and built_by != __version__:
        note = f"built by quotes {built_by}, explained by quotes {__version__}: the rules may differ"
    a = ex.attribution
    role = str(row.get("rule") or "").endswith("+role")      # the build named the office holder (registry)
    if a is None or (a.span.start, a.span.end) != (row["start"], row["end"]) or not role and (
            a.speaker != row["speaker"] and not str(row.get("rule") or "").startswith(a.rule)):
        now = "no quote" if a is None else f"speaker {a.speaker!r}"
        note = (note + "; " if note else "") + (f"the re-run gives {now} where the row has speaker "
                                                f"{row['speaker']!r}")
    return Explanation(ex.doc, ex.reading, a, row["start"], row["end"], row, note)


def _builder_version(version: Path) -> str | None:
    try:
        return json.loads((version / "manifest.json").read_text(encoding="utf-8")).get("builder_version")
    except (OSError, ValueError):
        return None


def explain_offset(doc: Document, offset: int) -> Explanation:
    """Explain the quote of `doc` that covers character `offset` (or the quoted span there, when it is not
    attributed: a not-quote or a quote with no cue)."""
    reading = read_document(doc, lexicon())
    for a in reading.attributions:
        if a.span.open_at <= offset <= max(a.span.end, (a.span.close_at or a.span.end)):
            return Explanation(doc, reading, a, a.span.start, a.span.end)
    for s in reading.spans:
        if s.open_at <= offset <= max(s.end, s.close_at or s.end):
            why = f"not a quote: {s.not_quote}" if s.not_quote else "no reporting cue is linked to it"
            return Explanation(doc, reading, None, s.start, s.end, note=why)
    raise InputError(f"{doc.doc_id}: no quoted span covers character {offset}")


def _context(text: str, start: int, end: int) -> str:
    """The quote's paragraph and the one before it, the quote marked ⟦…⟧."""
    a = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0))
    b = text.find("\n", end)
    a, b = a + 1, len(text) if b < 0 else b
    return (text[a:start] + "⟦" + text[start:end] + "⟧" + text[end:b]).strip()


def format_explanation(ex: Explanation) -> str:
    """The explanation as text: the quote, the row, its context, the cast, the trace."""
    a, text = ex.attribution, ex.doc.text
    lines = [f"quote    «{text[ex.start:ex.end]}»", f"doc      {ex.doc.doc_id}  characters {ex.start}–{ex.end}"]
    if a is not None:
        lines.append(f"speaker  {a.speaker}  ({a.speaker_type}; rule {a.rule})"
                     + (f"  [said at the cue: «{a.mention.text}»]" if a.mention else "")
                     + (f"  relayed by {a.relay}" if a.relay else ""))
        lines.append(f"cue      {('«' + a.cue.text + '»') if a.cue else '(none: continues the quote before)'}"
                     f"  kind {a.kind}")
    if ex.row is not None:
        lines.append(f"row      speaker_id {ex.row.get('speaker_id')}  speaker {ex.row.get('speaker')}  "
                     f"rule {ex.row.get('rule')}")
    if ex.note:
        lines.append(f"note     {ex.note}")
    lines += ["", "context", "  " + _context(text, ex.start, ex.end).replace("\n", "\n  "), "", "cast"]
    cast = ex.reading.cast
    for n, e in enumerate(cast.entities if cast is not None else [], 1):
        titles = "، ".join(dict.fromkeys(e.written_titles))
        lines.append(f"  [{n}] {e.kind:<12} {e.name}" + (f" — {titles}" if titles else ""))
    if cast is None or not cast.entities:
        lines.append("  (nobody introduced by name and title)")
    lines += ["", "trace"]
    for st in (a.trace if a is not None else ()):
        cand = f" «{st.candidate}»" if st.candidate else ""
        lines.append(f"  {st.sieve:<22} {st.outcome:<9}{cand} — {st.reason}")
    if a is None:
        lines.append("  (no attribution)")
    return "\n".join(lines)
