"""The dataset card (README.md of a version): a Hugging Face card with real numbers, measured quality on
the shipped gold sets when the build covers their articles, and the same bytes for the same build."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from quotes.build import build
from quotes.card import card_text
from quotes.evaluate import evaluate
from quotes.schema import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SECTIONS = ["## Load it", "## Schema", "## Statistics", "## Measured quality", "## How it was built",
            "## Limitations", "## Licence and provenance", "## Citation"]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    return build([ROOT / "seeds"], tmp_path_factory.mktemp("seeds")).path


def front_matter(card: str) -> dict:
    m = re.match(r"---\n(.*?)\n---\n", card, re.S)
    assert m, "the card starts with YAML front matter"
    return yaml.safe_load(m.group(1))


def quality_rows(card: str) -> dict[str, list[str]]:
    """The gold sets measured on the build itself (the builder's own figures come before them)."""
    part = card.split("### Measured on this build", 1)[1].split("\n## ", 1)[0]
    return {cells[0].strip("` "): [c.strip(" *") for c in cells[1:]]
            for line in part.splitlines() if line.startswith("| `")
            for cells in [line.strip("|").split("|")]}


def test_front_matter_is_a_hugging_face_card(seeds):
    card = (seeds / "README.md").read_text(encoding="utf-8")
    meta = front_matter(card)
    for k in ("language", "license", "pretty_name", "task_categories", "tags", "size_categories", "configs",
              "dataset_info"):
        assert meta.get(k), k
    assert meta["language"] == ["ar"] and meta["size_categories"] == ["n<1K"]
    assert meta["configs"][0]["data_files"][0]["path"] == "data/train-*.parquet"
    info = meta["dataset_info"]
    assert [f["name"] for f in info["features"]] == [c.name for c in COLUMNS]
    files = sorted((seeds / "data").glob("*.parquet"))
    assert info["download_size"] == sum(f.stat().st_size for f in files)
    assert info["dataset_size"] > 0
    from huggingface_hub import DatasetCard
    assert DatasetCard.load(seeds / "README.md").data.to_dict()["pretty_name"] == meta["pretty_name"]


def test_sections_in_order_with_statistics_from_the_data(seeds):
    card = (seeds / "README.md").read_text(encoding="utf-8")
    at = [card.index(s) for s in SECTIONS]
    assert at == sorted(at)
    t = pq.read_table(seeds / "data")
    assert f"- quotes: {t.num_rows:,};" in card
    kinds = card.split("Quotes per kind:", 1)[1].split("\n\n", 2)[1]
    assert sum(int(x.replace(",", "")) for x in re.findall(r"\| \w+ \| ([\d,]+) \|", kinds)) == t.num_rows
    for rule in set(t.column("rule").to_pylist()):
        assert f"| `{rule}` |" in card
    assert 'filters=[("speaker_id", "==", sid)]' in card and "streaming=True" in card and "pd.read_parquet" in card
    assert "quotes report" in card and "quotes search" in card
    assert "@misc{" in card


def test_measured_quality_of_the_seeds_build_is_quotes_evaluate(seeds):
    card = (seeds / "README.md").read_text(encoding="utf-8")
    rows = quality_rows(card)
    assert set(rows) == {"seeds"}
    s = evaluate(GOLD / "seeds.jsonl", seeds, GOLD / "seeds_not_quotes.jsonl").summary()
    docs, gold, found, p, r, f1, attr, e2e = rows["seeds"][:8]
    assert (int(gold), int(found)) == (s["gold"], s["predicted"])
    assert (float(p), float(r), float(f1), float(attr), float(e2e)) == (
        s["precision"], s["recall"], s["quote_f1"], s["attribution"], s["end_to_end_f1"])
    assert "`bench30`" in card and "not measured on this build" in card
    assert "quotes build tests/gold/bench30_articles.jsonl" in card


def test_bench30_build_measures_bench30(tmp_path):
    v = build([GOLD / "bench30_articles.jsonl"], tmp_path).path
    card = (v / "README.md").read_text(encoding="utf-8")
    rows = quality_rows(card)
    assert set(rows) == {"bench30"}
    s = evaluate(GOLD / "bench30.jsonl", v, GOLD / "bench30_not_quotes.jsonl").summary()
    assert float(rows["bench30"][7]) == s["end_to_end_f1"]
    assert "`seeds` (the five seed articles, seeds/): not measured" in card
    assert "| saudinewsnet |" in card or "| ant |" in card or "| anc |" in card


def test_gold_sets_are_matched_by_content_not_by_path(tmp_path):
    copy = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "seeds", copy)
    v = build([copy], tmp_path / "out").path
    assert set(quality_rows((v / "README.md").read_text(encoding="utf-8"))) == {"seeds"}


def test_without_the_gold_files_the_card_says_so(seeds, tmp_path):
    card = card_text(seeds, seeds.name, gold_dir=tmp_path / "no-gold")
    assert quality_rows(card) == {}
    assert card.count("the gold file is not beside this builder") == 2


def test_card_is_deterministic(seeds, tmp_path):
    again = build([ROOT / "seeds"], tmp_path).path
    a = (seeds / "README.md").read_text(encoding="utf-8")
    assert (again / "README.md").read_text(encoding="utf-8") == a
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d|built_at|pytest-of", a)
