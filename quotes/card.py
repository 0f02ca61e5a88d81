"""The dataset card (README.md of a version): Hugging Face YAML, then what the dataset is, how to load it,
its schema and statistics computed from the data."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from .read import file_sha256 as _sha256
from .resolve import card_table
from .schema import COLUMNS, hf_features_json

ROOT = Path(__file__).resolve().parent.parent       # the builder's source tree (seeds/, tests/gold/)
GOLD_DIR = ROOT / "tests" / "gold"
# gold set → (its not-quotes file, what it covers); its articles are found by _gold_articles
GOLD_SETS = (("seeds", "seeds_not_quotes.jsonl", "the five seed articles, seeds/"),
             ("bench30", "bench30_not_quotes.jsonl", "30 articles of the benchmark corpus, "
                                                     "tests/gold/bench30_articles.jsonl"))

# known collections of input texts, by the first part of `source` (`ant/bbc` → ant)
PROVENANCE = {
    "saudinewsnet": "SaudiNewsNet (14 Saudi outlets, July–August 2015): CC BY-NC-SA 4.0, research use only.",
    "ant": "ANT corpus v2.1 (AlArabiya, BBC Arabic, CNN Arabic, France24, SkyNews Arabia, 2018) and v1.1 "
           "(JawharaFM, 2012–17): cite Chouigui, Ben Khiroun & Elayeb (AICCSA 2017; AJSE 2021).",
    "anc": "Arabic Newspapers Corpus (19 countries, about 2012): no licence stated; benchmark use only.",
}
MAX_INPUT_ROWS = 50
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




def _skipped(docs: dict) -> str:
    """8 (empty: 2, not utf-8: 6), or 0."""
    reasons = ", ".join(f"{k}: {v:,}" for k, v in sorted(docs["skipped_by_reason"].items()))
    return f"{docs['skipped']:,} ({reasons})" if reasons else f"{docs['skipped']:,}"


def _gold_articles(gold_dir: Path, name: str, gold: list[dict]) -> list[Path]:
    """The article files a gold set was annotated on, in the builder's source tree."""
    if name == "seeds":
        return [gold_dir.parent.parent / "seeds" / f"{d}.txt" for d in sorted({g["doc_id"] for g in gold})]
    return [gold_dir / f"{name}_articles.jsonl"]


def quality_section(folder: Path, manifest: dict, rules: Counter, gold_dir: Path | None = None) -> list[str]:
    """The builder's measured quality (quotes/data/quality.json, with this build's rows per `rule` family),
    then `quotes evaluate` on each shipped gold set whose articles (same bytes, by sha256) are among the
    build's inputs, and a note for the others. Deterministic: no timestamps, no paths of the machine."""
    from .evaluate import evaluate, read_jsonl
    gold_dir = GOLD_DIR if gold_dir is None else gold_dir
    inputs = {i["sha256"] for i in manifest.get("inputs", [])}
    from .quality import builder_quality_lines, quality
    lines = ["## Measured quality", ""]
    lines += builder_quality_lines(quality(), rules, manifest.get("builder_version", ""))
    lines += ["### Measured on this build", "",
              "A shipped gold set is scored on the build itself when its articles (the same bytes) are among the "
              "build's inputs, with `quotes evaluate`: a found quote matches a gold one when their normalised texts "
              "are equal or one covers at least 60% of the other; *attribution* is the share of matched quotes "
              "given the right speaker; *end-to-end F1* counts a quote only when it is found and attributed right. "
              "Ambiguous gold quotes (`optional`) count neither way; *not-quote hits* are spans in marks that are "
              "not quotes (titles, outlet names) that were extracted anyway.", ""]
    measured, notes = [], []
    for name, nq_name, covers in GOLD_SETS:
        gold_path, nq_path = gold_dir / f"{name}.jsonl", gold_dir / nq_name
        if not gold_path.is_file():
            notes.append(f"- `{name}`: the gold file is not beside this builder (it ships in the source "
                         "repository's `tests/gold/`), so it was not measured.")
            continue
        gold = read_jsonl(gold_path)
        articles = _gold_articles(gold_dir, name, gold)
        if not all(a.is_file() and _sha256(a) in inputs for a in articles):
            notes.append(f"- `{name}` ({covers}): not measured on this build, whose inputs do not include "
                         f"those articles. Measure it with `quotes build {_rel(articles)} --out /tmp/{name}` "
                         f"then `quotes evaluate tests/gold/{name}.jsonl /tmp/{name}/1.0.0 "
                         f"--not-quotes tests/gold/{nq_name}`.")
            continue
        sc = evaluate(gold_path, folder, nq_path if nq_path.is_file() else None).summary()
        docs = len({g["doc_id"] for g in gold})
        measured.append(f"| `{name}` | {docs} | {sc['gold']} | {sc['predicted']} | {sc['precision']:.3f} | "
                        f"{sc['recall']:.3f} | {sc['quote_f1']:.3f} | {sc['attribution']:.3f} | "
                        f"**{sc['end_to_end_f1']:.3f}** | {sc['wrong_speaker']} | {sc['split_speakers']} | "
                        f"{sc['not_quote_hits']} | {sc['published_ok']} | {sc['said_on_ok']} |")
    if measured:
        lines += ["| gold set | articles | gold quotes | found | precision | recall | quote F1 | attribution | "
                  "end-to-end F1 | wrong speaker | split speakers | not-quote hits | published right | "
                  "said_on right |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        lines += measured + [""]
    lines += notes + ([""] if notes else [])
    lines += ["Reproduce: `quotes evaluate tests/gold/seeds.jsonl DATASET --not-quotes tests/gold/seeds_not_quotes.jsonl "
              "--show` lists every miss, false positive and wrong speaker."]
    return lines


def _rel(paths: list[Path]) -> str:
    folders = {p.parent for p in paths}
    if len(paths) > 1 and len(folders) == 1:
        p = folders.pop()
    else:
        p = paths[0]
    try:
        return str(p.relative_to(ROOT))
    except ValueError:
        return str(p)


@dataclass(frozen=True, slots=True)
class _Stats:
    """What the card counts in the version's Parquet files."""
    files: int
    rows: int
    with_said: int
    no_speaker: int
    download_size: int      # bytes of the files
    dataset_size: int       # bytes uncompressed
    kinds: Counter
    sources: Counter
    months: Counter
    rules: Counter
    types: Counter


def _read_stats(files: list[Path]) -> _Stats:
    """Counts and sizes of the Parquet files, read column by column."""
    cols = ["kind", "speaker_id", "source", "published", "said_on", "rule", "speaker_type"]
    kinds, sources, months, rules, types = Counter(), Counter(), Counter(), Counter(), Counter()
    rows = with_said = no_speaker = 0
    download_size = dataset_size = 0
    for f in files:
        md = pq.ParquetFile(f).metadata
        download_size += f.stat().st_size
        dataset_size += sum(md.row_group(i).total_byte_size for i in range(md.num_row_groups))
        t = pq.read_table(f, columns=cols)
        rows += t.num_rows
        kinds.update(t.column("kind").to_pylist())
        rules.update(t.column("rule").to_pylist())
        types.update(x or "(none)" for x in t.column("speaker_type").to_pylist())
        no_speaker += t.column("speaker_id").null_count
        sources.update(s or "(none)" for s in t.column("source").to_pylist())
        months.update(d.strftime("%Y-%m") if d else "(undated)" for d in t.column("published").to_pylist())
        with_said += sum(1 for d in t.column("said_on").to_pylist() if d)
    return _Stats(len(files), rows, with_said, no_speaker, download_size, dataset_size, kinds, sources, months,
                  rules, types)


def _yaml(version: str, st: _Stats, feats: dict) -> list[str]:
    """The Hugging Face YAML header: language, licence, configs and the features."""
    rows, download_size, dataset_size = st.rows, st.download_size, st.dataset_size
    yaml = ["---", "language:", "- ar", "license: other", "license_name: research-use-of-news-excerpts",
            f"pretty_name: Arabic News Quotes (v{version})",
            "task_categories:", "- text-classification", "- token-classification",
            "tags:", "- quotation-attribution", "- arabic", "- news", "- speaker-attribution",
            "size_categories:", f"- {_size_category(rows)}",
            "configs:", "- config_name: default", "  data_files:", "  - split: train", "    path: data/train-*.parquet",
            "dataset_info:", f"  download_size: {download_size}", f"  dataset_size: {dataset_size}",
            "  features:"]
    for name, f in feats.items():
        yaml += [f"  - name: {name}", f"    dtype: {f['dtype']}"]
    # no `splits` sizes here: datasets checks them against what it reads, and a `filters=` query reads fewer
    # rows on purpose; the sizes are in the statistics below
    yaml += ["---", ""]
    return yaml


def _intro(version: str, feats: dict) -> list[str]:
    """What the dataset is, how to load it, and its schema."""
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
            "From the shell: `quotes speakers DATASET --match ترامب` lists speakers with their ids, spellings and "
            "counts; `quotes search DATASET --speaker ترامب --from 2025-01 --format jsonl` prints one speaker's "
            "quotes with date, source and context (both read only the row groups they need); `quotes report "
            "DATASET --out report.html` writes one offline HTML page to audit the quotes in their sentences.", "",
            "## Schema", "", "| column | type | meaning | example |", "|---|---|---|---|"]
    for c in COLUMNS:
        body.append(f"| `{c.name}` | {feats[c.name]['dtype']} | {c.meaning} | {c.example} |")
    return body


def _statistics(st: _Stats, manifest: dict, speakers: dict) -> list[str]:
    """The statistics section: totals, then quotes per kind, speaker type, speaker, source, month and rule."""
    rows, with_said, no_speaker, docs = st.rows, st.with_said, st.no_speaker, manifest["documents"]
    kinds, types, sources, months, rules = st.kinds, st.types, st.sources, st.months, st.rules
    body = ["", "## Statistics", "",
            f"- quotes: {rows:,}; speakers: {manifest['speakers']:,}",
            f"- documents read: {docs['read']:,}; built: {docs['built']:,}; with quotes: {docs['with_quotes']:,}; "
            f"skipped: {_skipped(docs)}",
            f"- quotes with `said_on`: {with_said:,} ({(with_said / rows if rows else 0):.1%})",
            f"- quotes without a speaker (`speaker_id` null): {no_speaker:,}",
            f"- Parquet: {st.files} file(s), {st.download_size:,} bytes (zstd); {st.dataset_size:,} bytes uncompressed", "",
            "Quotes per kind:", "", "| kind | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sorted(kinds.items())]
    body += ["", "Quotes per speaker type:", "", "| speaker_type | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sorted(types.items(), key=lambda x: (-x[1], x[0]))]
    body += [""] + card_table(speakers)
    body += ["", "Quotes per source:", "", "| source | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sources.most_common(30)]
    body += ["", "Quotes per month of publication:", "", "| month | quotes |", "|---|---:|"]
    body += [f"| {k} | {v:,} |" for k, v in sorted(months.items())]
    body += ["", "Quotes per rule (`rule`: which rules found the cue and the speaker):", "", "| rule | quotes |",
             "|---|---:|"]
    body += [f"| `{k}` | {v:,} |" for k, v in sorted(rules.items(), key=lambda x: (-x[1], x[0]))]
    return body


def _how_built(manifest: dict) -> list[str]:
    """The builder, its inputs (at most MAX_INPUT_ROWS of them), its stages and its limitations."""
    body = ["", "## How it was built", "",
            f"Builder `quotes` {manifest['builder_version']}. Inputs:", "",
            "| file | bytes | sha256 |", "|---|---:|---|"]
    body += [f"| {Path(i['path']).name} | {i['bytes']:,} | `{i['sha256']}` |"
             for i in manifest["inputs"][:MAX_INPUT_ROWS]]
    if len(manifest["inputs"]) > MAX_INPUT_ROWS:
        body.append(f"| … and {len(manifest['inputs']) - MAX_INPUT_ROWS:,} more (all in `manifest.json`) | | |")
    body += ["", "Stages: quotation spans → reporting cues (speech verbs, participles, according-to phrases) → "
             "speakers (subject after or before the cue, apposition, implicit subject, surname and title "
             "resolution) → dates → records. The `rule` column names the rules behind each row; "
             "`speakers.json` lists every speaker id with its spellings.", "",
             "## Limitations", "",
             "- Direct and partial quotes only: indirect speech without quotation marks is not included.",
             "- Speaker linking is rule-based: implicit subjects and title-only mentions are resolved to the person "
             "the article introduced; long appositions, nested reported speech and interviews with several "
             "speakers are the known error classes.",
             "- Anonymous sources (مسؤول أمريكي), bare generics (الشركة، البيان) and titles alone that no article or "
             "registry entry resolves have ids scoped to their document: two articles' «الشركة» are two ids.",
             "- `said_on` is filled only when the quote's sentence (or the one before, for the same speaker) dates it.", "",
             "## Licence and provenance", "", LICENSE_NOTE, ""]
    return body


def _provenance(sources: Counter) -> list[str]:
    """Quotes per input collection, with its terms."""
    prefixes = Counter()
    for src, n in sources.items():
        prefixes[src.split("/", 1)[0] if src != "(none)" else "(none)"] += n
    body = ["| input texts | quotes | terms |", "|---|---:|---|"]
    for pre, n in sorted(prefixes.items(), key=lambda x: (-x[1], x[0])):
        terms = PROVENANCE.get(pre, "articles without a `source` (such as the seed articles): the publishers' "
                                    "terms apply" if pre == "(none)" else "the publisher's terms apply")
        body.append(f"| {pre} | {n:,} | {terms} |")
    return body


def _citation(version: str, rows: int, docs: dict, manifest: dict) -> list[str]:
    """A BibTeX entry for the version."""
    slug = "arabic_news_quotes_" + version.replace(".", "_")
    return ["", "## Citation", "", "```bibtex", f"@misc{{{slug},", f"  title  = {{Arabic News Quotes, version {version}}},",
            f"  note   = {{{rows:,} attributed quotations from {docs['built']:,} Arabic news articles, built with "
            f"the rule-based quotes builder {manifest['builder_version']}}},",
            "  howpublished = {Hugging Face dataset (Parquet)}", "}", "```", "",
            "Cite the input collections too (see the table above)."]


def card_text(folder: Path, version: str, gold_dir: Path | None = None) -> str:
    """The dataset card of the version in `folder`: YAML header, then its sections."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    speakers = json.loads((folder / "speakers.json").read_text(encoding="utf-8"))
    st = _read_stats(sorted((folder / "data").glob("*.parquet")))
    feats = hf_features_json()
    body = _intro(version, feats) + _statistics(st, manifest, speakers)
    body += [""] + quality_section(folder, manifest, st.rules, gold_dir)
    body += _how_built(manifest) + _provenance(st.sources) + _citation(version, st.rows, manifest["documents"], manifest)
    body.append("")
    return "\n".join(_yaml(version, st, feats) + body)


def write_card(folder: Path, version: str) -> Path:
    p = folder / "README.md"
    p.write_text(card_text(folder, version), encoding="utf-8")
    return p
