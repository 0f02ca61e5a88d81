"""The dataset card (README.md of a version): Hugging Face YAML, then what the dataset is, how to load it,
its schema and statistics computed from the data."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from .schema import COLUMNS, hf_features_json

LICENSE_NOTE = ("The quotations are excerpts of the input news articles and remain subject to their "
                "publishers' terms; use them for research. The builder's code is MIT-licensed.")


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def _yaml_list(items, indent=0):
    pad = " " * indent
    return "\n".join(f"{pad}- {i}" for i in items)


def card_text(folder: Path, version: str) -> str:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    speakers = json.loads((folder / "speakers.json").read_text(encoding="utf-8"))
    files = sorted((folder / "data").glob("*.parquet"))
    cols = ["kind", "speaker_id", "source", "published", "said_on"]
    kinds, sources, months = Counter(), Counter(), Counter()
    rows = with_said = 0
    for f in files:
        t = pq.read_table(f, columns=cols)
        rows += t.num_rows
        kinds.update(t.column("kind").to_pylist())
        sources.update(s or "(none)" for s in t.column("source").to_pylist())
        months.update(d.strftime("%Y-%m") if d else "(undated)" for d in t.column("published").to_pylist())
        with_said += sum(1 for d in t.column("said_on").to_pylist() if d)
    feats = hf_features_json()
    yaml = ["---", "language:", "- ar", "license: other", "license_name: research-use-of-news-excerpts",
            f"pretty_name: Arabic News Quotes (v{version})",
            "task_categories:", "- text-classification", "- token-classification",
            "tags:", "- quotation-attribution", "- arabic", "- news", "- speaker-attribution",
            "size_categories:", f"- {_size_category(rows)}",
            "configs:", "- config_name: default", "  data_files:", "  - split: train", "    path: data/train-*.parquet",
            "dataset_info:", "  features:"]
    for name, f in feats.items():
        yaml += [f"  - name: {name}", f"    dtype: {f['dtype']}"]
    # no `splits` sizes here: datasets checks them against what it reads, and a `filters=` query reads fewer
    # rows on purpose; the sizes are in the statistics below
    yaml += ["---", ""]
    docs = manifest["documents"]
    body = [f"# Arabic News Quotes — version {version}", "",
            "Every quotation («…», “…”, \"…\") found in a set of Arabic news articles, with its speaker (one "
            "`speaker_id` for all spellings of a name), its reporting cue, the article's date and, when the "
            "text says so, the day the words were said. Built by transparent rules over Arabic speech verbs, "
            "titles and quotation marks (the `quotes` builder, no statistical model).", "",
            "## Load it", "", "```python", "from datasets import load_dataset",
            f'ds = load_dataset("dist/{version}", split="train")',
            "sid = ds[0][\"speaker_id\"]",
            "one = ds.filter(lambda r: r[\"speaker_id\"] == sid)",
            "# read only that speaker's row groups (rows are sorted by speaker_id, then published):",
            f'one = load_dataset("dist/{version}", split="train", filters=[("speaker_id", "==", sid)])',
            "# streaming, and pandas:",
            f'it = load_dataset("dist/{version}", split="train", streaming=True)',
            f'import pandas as pd; df = pd.read_parquet("dist/{version}/data")', "```", "",
            "From the shell: `quotes speakers DATASET --match ترامب`, `quotes search DATASET --speaker ترامب`.", "",
            "## Schema", "", "| column | type | meaning | example |", "|---|---|---|---|"]
    for c in COLUMNS:
        body.append(f"| `{c.name}` | {feats[c.name]['dtype']} | {c.meaning} | {c.example} |")
    body += ["", "## Statistics", "",
             f"- quotes: {rows:,}; speakers: {manifest['speakers']:,}",
             f"- documents read: {docs['read']:,}; built: {docs['built']:,}; with quotes: {docs['with_quotes']:,}; "
             f"skipped: {docs['skipped']:,} {json.dumps(docs['skipped_by_reason'], ensure_ascii=False)}",
             f"- quotes with `said_on`: {with_said:,} ({(with_said / rows if rows else 0):.1%})", "",
             "Quotes per kind:", "", "| kind | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sorted(kinds.items())]
    body += ["", "Top speakers, with every spelling merged under their id (`speaker_aliases`):", "",
             "| speaker | speaker_id | quotes | spellings (count) |", "|---|---|---:|---|"]
    for s in speakers[:25]:
        forms = "، ".join(f"{f['form']} ({f['count']})" for f in s["forms"][:8])
        body.append(f"| {s['speaker']} | `{s['speaker_id']}` | {s['quotes']:,} | {forms} |")
    body += ["", "Quotes per source:", "", "| source | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sources.most_common(30)]
    body += ["", "Quotes per month of publication:", "", "| month | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sorted(months.items())]
    body += ["", "## How it was built", "",
             f"Builder `quotes` {manifest['builder_version']}. Inputs:", "",
             "| file | bytes | sha256 |", "|---|---:|---|"]
    body += [f"| {Path(i['path']).name} | {i['bytes']:,} | `{i['sha256']}` |" for i in manifest["inputs"]]
    body += ["", "Stages: quotation spans → reporting cues (speech verbs, participles, according-to phrases) → "
             "speakers (subject after or before the cue, apposition, implicit subject, surname and title "
             "resolution) → dates → records. The `rule` column names the rules behind each row; "
             "`speakers.json` lists every speaker id with its spellings.", "",
             "## Limitations", "",
             "- Direct and partial quotes only: indirect speech without quotation marks is not included.",
             "- Speaker linking is rule-based: implicit subjects and title-only mentions are resolved to the person "
             "the article introduced; long appositions, nested reported speech and interviews with several "
             "speakers are the known error classes.",
             "- Anonymous sources (مسؤول أمريكي) share one id per phrase across articles.",
             "- `said_on` is filled only when the quote's sentence (or the one before, for the same speaker) dates it.", "",
             "## Licence and provenance", "", LICENSE_NOTE, "",
             "## Citation", "", "```", f"Arabic News Quotes, version {version}, built with quotes "
             f"{manifest['builder_version']}.", "```", ""]
    return "\n".join(yaml + body)


def write_card(folder: Path, version: str) -> Path:
    p = folder / "README.md"
    p.write_text(card_text(folder, version), encoding="utf-8")
    return p
