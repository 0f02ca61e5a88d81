"""`quotes speakers` and `quotes search` on a real build of the seed articles: Arabic matching, date
ranges, output formats, and that a look-up reads only the row groups that hold its speakers."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotes import lookup
from quotes.build import build
from quotes.cli import main
from quotes.errors import DatasetError, QuotesError
from quotes.lookup import (Speaker, list_speakers, load_speakers, match_speakers, open_dataset, parse_bound,
                           read_rows, resolve_speakers, search)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def version(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds-build")
    return build([ROOT / "seeds"], out).path


@pytest.fixture(scope="module")
def table(version) -> pa.Table:
    return pq.read_table(version / "data")


@pytest.fixture(scope="module")
def small_groups(version, table, tmp_path_factory) -> Path:
    """The same version rewritten as 3 shards of row groups of 6 rows (a build writes 50,000-row groups,
    so the seeds build has only one)."""
    folder = tmp_path_factory.mktemp("small-groups") / "1.0.0"
    (folder / "data").mkdir(parents=True)
    shutil.copy(version / "speakers.json", folder / "speakers.json")
    n, per = 3, -(-table.num_rows // 3)
    for i in range(n):
        pq.write_table(table.slice(i * per, per), folder / "data" / f"train-{i:05d}-of-{n:05d}.parquet",
                       row_group_size=6, write_statistics=True)
    return folder


def _top(version) -> Speaker:
    return load_speakers(open_dataset(version))[0]


def _speaker_with(version, *needles) -> Speaker:
    for s in load_speakers(open_dataset(version)):
        if any(all(n in f for n in needles) for f in (s.speaker, *(f for f, _ in s.forms))):
            return s
    pytest.skip(f"no speaker spelled with {needles} in this build")


# ---------------------------------------------------------------------------------------------- datasets

def test_dataset_given_as_version_data_folder_file_or_folder_of_versions(version):
    files = open_dataset(version).files
    assert files and all(f.suffix == ".parquet" for f in files)
    for given in (version, version / "data", version.parent):
        ds = open_dataset(given)
        assert ds.files == files
        assert ds.speakers_json == version / "speakers.json"
        assert ds.version == version.name
    one = open_dataset(files[0])
    assert one.files == (files[0],) and one.speakers_json is None


def test_folder_of_versions_uses_the_newest(version, tmp_path):
    for v in ("1.2.0", "1.10.0", "1.9.0"):
        shutil.copytree(version, tmp_path / v)
    assert open_dataset(tmp_path).version == "1.10.0"


@pytest.mark.parametrize("make, words", [
    (lambda p: p / "missing", "no such file or folder"),
    (lambda p: p, "holds no Parquet files"),
    (lambda p: (p / "notes.txt").write_text("x") and p / "notes.txt", "not a Parquet file"),
])
def test_not_a_dataset_says_what_to_give(tmp_path, make, words):
    with pytest.raises(DatasetError, match=words) as e:
        open_dataset(make(tmp_path))
    assert "dist/1.0.0" in str(e.value)


def test_parquet_without_quote_columns_is_refused(tmp_path):
    pq.write_table(pa.table({"id": ["a"], "text": ["b"]}), tmp_path / "articles.parquet")
    with pytest.raises(DatasetError, match="not a quotes dataset"):
        search(open_dataset(tmp_path / "articles.parquet"), "p-0")


def test_malformed_speakers_json_is_reported(version, tmp_path):
    shutil.copytree(version, tmp_path / "1.0.0")
    (tmp_path / "1.0.0" / "speakers.json").write_text('{"oops": 1}', encoding="utf-8")
    with pytest.raises(DatasetError, match="speakers.json.*delete it"):
        list_speakers(open_dataset(tmp_path / "1.0.0"))


# ---------------------------------------------------------------------------------------------- speakers

def test_speakers_come_from_speakers_json_without_reading_parquet(version, monkeypatch):
    def no_reads(*a, **k):
        raise AssertionError("speakers.json is there: no Parquet should be read")
    monkeypatch.setattr(lookup, "read_rows", no_reads)
    found = list_speakers(open_dataset(version))
    raw = json.loads((version / "speakers.json").read_text(encoding="utf-8"))
    assert [s.speaker_id for s in found] == [e["speaker_id"] for e in raw]
    assert [s.quotes for s in found] == sorted((s.quotes for s in found), reverse=True)


def test_speakers_from_the_data_alone_have_the_same_ids_and_counts(version, table):
    files = open_dataset(version).files
    from_data = load_speakers(open_dataset(files[0])) if len(files) == 1 else None
    if from_data is None:
        pytest.skip("several shards")
    from_json = load_speakers(open_dataset(version))
    assert {s.speaker_id: s.quotes for s in from_data} == {s.speaker_id: s.quotes for s in from_json}
    ids = table.column("speaker_id").drop_null().to_pylist()
    assert sum(s.quotes for s in from_data) == len(ids)
    for s in from_data:
        assert s.forms and s.forms[0][1] >= s.forms[-1][1]


def test_top_n(version):
    everyone = list_speakers(open_dataset(version))
    assert list_speakers(open_dataset(version), top=3) == everyone[:3]
    with pytest.raises(QuotesError, match="--top 0"):
        list_speakers(open_dataset(version), top=0)


def test_match_folds_hamza_diacritics_and_tatweel_on_the_build(version):
    s = _speaker_with(version, "أوشاكوف")
    ds = open_dataset(version)
    for text in ("أوشاكوف", "اوشاكوف", "أُوشَاكُوف", "اوشـــاكوف", "  اوشاكوف "):
        assert s.speaker_id in [m.speaker_id for m in list_speakers(ds, match=text)], text


def test_match_covers_every_spelling(version):
    trump = _speaker_with(version, "ترامب")
    forms = {f for f, _ in trump.forms}
    if not any("ترمب" in f for f in forms):
        pytest.skip("no ترمب spelling in this build")
    assert trump.speaker_id in [m.speaker_id for m in list_speakers(open_dataset(version), match="ترمب")]


def test_match_folds_ya_ta_marbuta_and_hamza_on_waw_and_ya():
    people = [Speaker("p-1", "مصطفى حجازة", 3, (("مصطفى حجازة", 3),)),
              Speaker("p-2", "رئيس الهيئة", 2, (("رئيس الهيئة", 2), ("مسؤول", 1))),
              Speaker("o-3", "الأمم المتحدة", 1, ())]
    assert [s.speaker_id for s in match_speakers(people, "مصطفي حجازه")] == ["p-1"]
    assert [s.speaker_id for s in match_speakers(people, "رئيس الهيئه")] == ["p-2"]
    assert [s.speaker_id for s in match_speakers(people, "مسوول")] == ["p-2"]
    assert [s.speaker_id for s in match_speakers(people, "الامم المتّحدة")] == ["o-3"]
    assert [s.speaker_id for s in match_speakers(people, "o-3")] == ["o-3"]
    assert match_speakers(people, "ترامب") == []
    with pytest.raises(QuotesError, match="empty"):
        match_speakers(people, "\u064e\u0640")


def test_search_takes_the_speakers_a_name_means():
    """`speakers --match` lists every speaker whose name holds the text's words (spelling variants folded:
    ترمب = ترامب); a search ranks the speaker one of whose names is the text first, then those whose name
    holds it, and falls back to containment only when no name holds it as words."""
    people = [Speaker("p-1", "دونالد ترامب", 90, (("دونالد ترامب", 60), ("ترمب", 20), ("الرئيس الأميركي", 10))),
              Speaker("p-2", "جون بولتون", 9, (("جون بولتون", 8), ("مستشار ترامب للأمن القومي جون بولتون", 1))),
              Speaker("p-3", "ميلانيا ترامب", 5, (("ميلانيا ترامب", 5),)),
              Speaker("p-4", "ترامبولين", 1, ())]
    ids = lambda found: [s.speaker_id for s in found]
    assert ids(match_speakers(people, "ترامب")) == ["p-1", "p-2", "p-3"]
    assert ids(match_speakers(people, "ترمب")) == ids(match_speakers(people, "ترامب"))
    assert ids(resolve_speakers(people, "ترامب")) == ["p-1", "p-2", "p-3"]
    assert ids(resolve_speakers(people, "دونالد ترامب")) == ["p-1"]
    assert ids(resolve_speakers(people, "دونالد ترمب")) == ["p-1"]
    assert ids(resolve_speakers(people, "ميلانيا ترمب")) == ["p-3"]
    assert ids(resolve_speakers(people, "الرئيس الاميركي")) == ["p-1"]
    assert ids(resolve_speakers(people, "ترام")) == ["p-1", "p-2", "p-3", "p-4"]
    assert ids(resolve_speakers(people, "p-2")) == ["p-2"]
    assert resolve_speakers(people, "نتنياهو") == []


def test_names_apart_from_mentions_are_what_a_look_up_matches():
    """A version's speakers.json lists the spellings of the name apart from the mentions at the cues: a title
    met at a cue (الرئيس الأمريكي) is no name to look a speaker up by."""
    trump = Speaker("p-1", "دونالد ترامب", 90, (("دونالد ترامب", 80), ("الرئيس الأمريكي", 10)),
                    (("دونالد ترامب", 80), ("ترمب", 10)))
    title = Speaker("t-2@1", "الرئيس الأمريكي", 2, (("الرئيس الأمريكي", 2),))
    assert [s.speaker_id for s in resolve_speakers([trump, title], "الرئيس الأمريكي")] == ["t-2@1"]
    assert [s.speaker_id for s in resolve_speakers([trump, title], "ترامب")] == ["p-1"]


# ------------------------------------------------------------------------------------------------ search

def test_search_returns_every_quote_of_the_speaker_oldest_first(version, table):
    top = _top(version)
    res = search(open_dataset(version), top.speaker_id)
    assert [s.speaker_id for s in res.speakers] == [top.speaker_id]
    want = sum(1 for x in table.column("speaker_id").to_pylist() if x == top.speaker_id)
    assert len(res.rows) == want == top.quotes
    assert {r["speaker_id"] for r in res.rows} == {top.speaker_id}
    dates = [r["published"] for r in res.rows if r["published"]]
    assert dates == sorted(dates)
    for r in res.rows:
        assert r["quote"] and r["context"] and "source" in r and "doc_id" in r


@pytest.mark.parametrize("value, end, want", [
    ("2025", False, dt.date(2025, 1, 1)), ("2025", True, dt.date(2025, 12, 31)),
    ("2024-02", True, dt.date(2024, 2, 29)), ("2025-12", True, dt.date(2025, 12, 31)),
    ("2025-11-26", True, dt.date(2025, 11, 26)), ("2025-3-7", False, dt.date(2025, 3, 7)), (None, False, None)])
def test_date_bounds(value, end, want):
    assert parse_bound(value, end, "--to") == want


@pytest.mark.parametrize("value", ["2025-13", "26/11/2025", "yesterday", "2025-02-30"])
def test_bad_date_bound_says_the_format(value):
    with pytest.raises(QuotesError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        parse_bound(value, False, "--from")


def test_search_by_date_range(version, table):
    top = _top(version)
    ds = open_dataset(version)
    rows = search(ds, top.speaker_id).rows
    dates = sorted({r["published"] for r in rows if r["published"]})
    if len(dates) < 2:
        pytest.skip("the top speaker is quoted on one date only")
    later = search(ds, top.speaker_id, date_from=dates[-1]).rows
    earlier = search(ds, top.speaker_id, date_to=dates[-1] - dt.timedelta(days=1)).rows
    assert later and earlier
    assert all(r["published"] >= dates[-1] for r in later)
    assert all(r["published"] < dates[-1] for r in earlier)
    assert len(later) + len(earlier) == sum(1 for r in rows if r["published"])
    with pytest.raises(QuotesError, match="swap them"):
        search(ds, top.speaker_id, date_from=dates[-1], date_to=dates[0])


def test_search_reads_only_the_row_groups_of_the_speaker(small_groups, table):
    """Row-group pruning, checked against the files' own statistics: the row groups whose speaker_id
    min..max can hold the speaker are read, no other."""
    ds = open_dataset(small_groups)
    total = holding = 0
    for s in load_speakers(ds)[:4]:
        sid = s.speaker_id
        expected, total = 0, 0
        for f in ds.files:
            md = pq.ParquetFile(f).metadata
            col = md.schema.to_arrow_schema().get_field_index("speaker_id")
            for g in range(md.num_row_groups):
                st = md.row_group(g).column(col).statistics
                total += 1
                expected += bool(st is not None and st.has_min_max and st.min <= sid <= st.max)
        res = search(ds, sid)
        assert res.scan.row_groups_total == total >= 12
        assert res.scan.row_groups_read == expected
        assert res.scan.row_groups_read < total / 2, "a look-up must not read most of the dataset"
        assert len(res.rows) == sum(1 for x in table.column("speaker_id").to_pylist() if x == sid)
        holding += expected
    assert holding > 0


def test_read_rows_without_a_filter_reads_everything(small_groups, table):
    t, scan = read_rows(open_dataset(small_groups), columns=["speaker_id"])
    assert t.num_rows == table.num_rows and scan.row_groups_read == scan.row_groups_total
    none, scan = read_rows(open_dataset(small_groups), {"zz-not-an-id"})
    assert none.num_rows == 0 and scan.row_groups_read == 0


# ------------------------------------------------------------------------------------------------- CLI

def test_cli_speakers_table_and_jsonl(version, capsys):
    assert main(["speakers", str(version), "--top", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["quotes", "speaker_id"] and len(out) == 4
    top = _top(version)
    assert top.speaker_id in out[1] and top.speaker in out[1]
    assert main(["speakers", str(version), "--match", "اوشاكوف", "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and all({"speaker_id", "speaker", "quotes", "forms"} <= set(x) for x in lines)


def test_cli_speakers_no_match_exits_1(version, capsys):
    assert main(["speakers", str(version), "--match", "شخص غير موجود"]) == 1
    assert "no speaker matches" in capsys.readouterr().err


def test_cli_search_formats(version, capsys):
    top = _top(version)
    assert main(["search", str(version), "--speaker", top.speaker]) == 0
    cap = capsys.readouterr()
    assert f"{top.quotes} quotes by" in cap.err and "row groups" in cap.err
    assert cap.out.count("«") >= top.quotes
    assert main(["search", str(version), "--speaker", top.speaker_id, "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == top.quotes and all(r["speaker_id"] == top.speaker_id for r in rows)
    assert all(r["published"] is None or dt.date.fromisoformat(r["published"]) for r in rows)
    assert main(["search", str(version), "--speaker", top.speaker_id, "--format", "csv"]) == 0
    got = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(got) == top.quotes and {"published", "source", "context", "quote"} <= set(got[0])


def test_cli_search_errors(version, capsys):
    assert main(["search", str(version), "--speaker", "شخص غير موجود"]) == 1
    assert "quotes speakers" in capsys.readouterr().err
    assert main(["search", str(version), "--speaker", "ترامب", "--from", "2025-13"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quotes search: error: --from") and "Traceback" not in err
    assert main(["search", str(version / "nope"), "--speaker", "ترامب"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["search", str(version), "--speaker", "ترامب", "--from", "2030"]) == 1
    assert "0 quotes" in capsys.readouterr().err


def test_look_ups_fold_the_way_ids_do(tmp_path):
    people = [Speaker("p-1", "فلاديمير بوتين", 40, (("فلاديمير بوتين", 30), ("فلاديمير بوتن", 10))),
              Speaker("p-2", "دونالد ترامب", 90, (("دونالد ترامب", 80), ("ترمب", 10))),
              Speaker("p-3", "ميلانيا ترامب", 5, (("ميلانيا ترامب", 5),))]
    ids = lambda found: [s.speaker_id for s in found]
    for a, b in (("ترامب", "ترمب"), ("بوتين", "بوتن"), ("نتنياهو", "نتانياهو")):
        assert ids(match_speakers(people, a)) == ids(match_speakers(people, b))
        assert ids(resolve_speakers(people, a)) == ids(resolve_speakers(people, b))
    assert ids(match_speakers(people, "ترمب")) == ["p-2", "p-3"]
    assert ids(resolve_speakers(people, "ترمب"))[0] == "p-2"
    v = build([ROOT / "seeds"], tmp_path).path
    ds = open_dataset(v)
    one, other = search(ds, "ترامب"), search(ds, "ترمب")
    assert one.speakers and [s.speaker_id for s in one.speakers] == [s.speaker_id for s in other.speakers]
    assert len(one.rows) == len(other.rows) > 0
    wide = search(ds, "بوتين", widen=True)
    assert {s.speaker_id for s in search(ds, "بوتين").speakers} <= {s.speaker_id for s in wide.speakers}


def test_a_saved_search_says_what_matched(tmp_path, capsys):
    v = build([ROOT / "seeds"], tmp_path).path
    assert main(["search", str(v), "--speaker", "ترمب", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["query"] for r in rows} == {"ترمب"}
    assert {r["query_speaker_ids"] for r in rows} == {rows[0]["speaker_id"]}
    assert main(["search", str(v), "--speaker", "ترمب", "--format", "jsonl"]) == 0
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert got and all(r["query"] == "ترمب" and r["query_speaker_ids"] == r["speaker_id"] for r in got)


