"""The Python API, for a notebook or a program: find the quotes of a text you hold, and read a built version.

    import quotes
    rows = quotes.extract(text, published="2025-11-26")     # list[quotes.Quote], in text order
    v = quotes.load("dist/1.0.0")                            # or "dist": its newest version
    df, who = v.to_pandas(), v.speakers()                    # pandas DataFrames
    ds = v.to_dataset()                                      # a datasets.Dataset

Everything here is imported on first use: `import quotes` alone loads nothing else."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DatasetError, QuotesError
from .model import Document, QuoteRecord

if TYPE_CHECKING:
    import datasets
    import pandas

Quote = QuoteRecord
"""One quote as a build writes it, as a frozen dataclass (fields: the dataset's columns, see schema/), except
the build-wide ones: `speaker_key` (shared by every spelling of one speaker in the text) stands where a build
writes `speaker_id`, and there is no `builder_version`. `dataclasses.asdict(q)` gives a dict."""


def _day(published: dt.date | str | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published.date() if isinstance(published, dt.datetime) else published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"published={published!r}: give a datetime.date, a 'YYYY-MM-DD' string or None")


def extract(text: str, published: dt.date | str | None = None, *, doc_id: str = "text", title: str | None = None,
            source: str | None = None, url: str | None = None) -> list[Quote]:
    """Every quotation in `text` with its speaker, cue and dates: the rows `quotes build` writes for this
    text as one article, in text order, without the build-wide `speaker_id` (see Quote).

    text: the article (offsets `start`/`end` of each row index it: text[q.start:q.end] == q.quote).
    published: the article's date (a date or 'YYYY-MM-DD'); None lets the text give it, as a build does
        (then `published_inferred` is True when it did).
    doc_id, title, source, url: copied into every row (doc_id also seeds the stable `quote_id`)."""
    if not isinstance(text, str):
        raise TypeError(f"text is {type(text).__name__}; give the article as a str")
    from .records import records
    from .resolve import ROLE_TAG, resolve
    from .speaker_table import SpeakerTable
    doc = Document(str(doc_id), text, _day(published), False, title, source, url, origin="quotes.extract")
    rows = records(doc)
    for r in rows:
        if text[r.start:r.end] != r.quote:
            raise QuotesError(f"{doc_id}: offsets {r.start}:{r.end} do not give the quote {r.quote[:40]!r}; "
                              "please report this text")
    table = SpeakerTable()                  # a speaker's name is the one a build gives (registry, spelling)
    for r in rows:
        table.add(r)
    res = resolve(table)
    out = []
    for r in rows:
        a = res.assign(r.speaker, r.speaker_type, r.speaker_key, r.doc_id)
        out.append(replace(r, speaker=a.name, rule=r.rule + ROLE_TAG) if a and a.role else r)
    return out


SPEAKER_COLUMNS = ["speaker_id", "speaker", "quotes", "forms", "names", "merged", "registry"]


@dataclass(frozen=True)
class Version:
    """A built dataset version (a folder OUT/X.Y.Z written by `quotes build`)."""
    path: Path                      # the version folder
    version: str                    # X.Y.Z
    manifest: dict[str, Any]        # manifest.json: inputs, documents read/built/skipped, rows, files

    def to_pandas(self, columns: list[str] | None = None) -> pandas.DataFrame:
        """The rows (all columns, or `columns`), sorted by speaker_id then published."""
        import pandas as pd
        return pd.read_parquet(self.path / "data", columns=columns)

    def speakers(self) -> pandas.DataFrame:
        """The speaker table (speakers.json), most quoted first: speaker_id, speaker (canonical name), quotes,
        forms (every spelling met, with its count), names (the spellings the speaker was named by), merged
        (what was joined into the id, and why: registry, spelling, surname …) and registry (its entry in the
        registry of known speakers, or None)."""
        import pandas as pd
        rows = json.loads((self.path / "speakers.json").read_text(encoding="utf-8"))
        return pd.DataFrame([{c: r.get(c) for c in SPEAKER_COLUMNS} for r in rows], columns=SPEAKER_COLUMNS,
                            dtype=object).astype({"quotes": int})

    def to_dataset(self, **kwargs: Any) -> datasets.Dataset:
        """The rows as a Hugging Face dataset: datasets.load_dataset(path, split="train", **kwargs), with the
        features pinned by the dataset card; e.g. filters=[("speaker_id", "==", sid)] reads one speaker."""
        from datasets import load_dataset
        return load_dataset(str(self.path), split="train", **kwargs)


def load(path: str | Path) -> Version:
    """A built version: `path` is its folder (dist/1.0.0), or a folder of versions (dist: the newest)."""
    from .versions import VERSION, existing_versions, parse_version
    p = Path(path)
    if p.is_dir() and not (p / "manifest.json").is_file():
        found = existing_versions(p)
        if found:
            p = p / max(found, key=parse_version)
    if not (p / "manifest.json").is_file() or not (p / "data").is_dir():
        raise DatasetError(f"{path}: not a built version (no manifest.json and data/); give a folder such as "
                           "dist/1.0.0 made by `quotes build`, or the folder that holds such versions")
    manifest = json.loads((p / "manifest.json").read_text(encoding="utf-8"))
    version = manifest.get("version") or (p.name if VERSION.match(p.name) else "")
    return Version(p, version, manifest)
