"""`quotes report`: the page's data (every quote highlighted inside its context sentence, cues
underlined), that the page is self-contained and deterministic, and — in a real headless Chromium —
that highlights, the right-to-left layout, the side panel, the speaker index, the filter and the pages
work, also at 10,000 quotes."""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chromium_cdp import Browser, chromium_path
from quotes.build import build
from quotes.cli import main
from quotes.errors import QuotesError
from quotes.lookup import load_speakers, open_dataset
from quotes.report import segments, write_report

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def version(tmp_path_factory) -> Path:
    return build([ROOT / "seeds"], tmp_path_factory.mktemp("seeds-build")).path


@pytest.fixture(scope="module")
def page(version, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    write_report(open_dataset(version), out)
    return out


def page_data(path: Path) -> dict:
    m = re.search(r'<script type="application/json" id="data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S)
    return json.loads(m.group(1))


# ------------------------------------------------------------------------------------------ the page data

def test_segments_highlight_the_quote_and_the_nearest_cue_outside_it():
    ctx = "وقال الوزير إن «الاتفاق قريب»، وقال لاحقا «لن نتراجع» كما قال."
    segs, missing = segments(ctx, [(0, "الاتفاق قريب", "وقال"), (1, "لن نتراجع", "وقال"), (2, "غير موجود", "قال")])
    assert missing == [2]
    assert "".join(s[0] for s in segs) == ctx
    quotes = [(s[0], s[2]) for s in segs if s[1] == 1]
    cues = [(ctx.index(s[0]) if s[2] == 0 else ctx.rindex("وقال"), s[2]) for s in segs if s[1] == 2]
    assert quotes == [("الاتفاق قريب", 0), ("لن نتراجع", 1)]
    assert cues == [(0, 0), (ctx.rindex("وقال"), 1)]


def test_segments_never_underline_inside_a_quote():
    ctx = "«قال لي إنه سيأتي» قال المدير"
    segs, _ = segments(ctx, [(0, "قال لي إنه سيأتي", "قال")])
    cue = [i for i, s in enumerate(segs) if s[1] == 2]
    assert len(cue) == 1 and "".join(s[0] for s in segs[:cue[0]]).startswith("«قال لي إنه سيأتي»")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="قال «» وأنهيةى،. ", max_size=60),
       st.lists(st.tuples(st.text(alphabet="قال وأنهيةى", min_size=0, max_size=8),
                          st.one_of(st.none(), st.sampled_from(["قال", "وقال", "أن", "ى"]))), max_size=4))
def test_segments_always_rebuild_the_sentence(context, quotes):
    segs, missing = segments(context, [(i, q, c) for i, (q, c) in enumerate(quotes)])
    assert "".join(g[0] for g in segs) == context
    marked = [g for g in segs if g[1] == 1]
    assert sorted(g[2] for g in marked) == [i for i in range(len(quotes)) if i not in missing]
    for g in marked:
        assert g[0] == quotes[g[2]][0]
    for g in segs:
        if g[1] == 2:
            assert g[0] == quotes[g[2]][1]
    assert all(g[0] for g in segs)


def test_every_quote_of_the_build_is_highlighted_once_in_its_context(version, page):
    rows = pq.read_table(version / "data").to_pylist()
    data = page_data(page)
    assert len(data["quotes"]) == len(rows)
    assert sorted(q["id"] for q in data["quotes"]) == sorted(r["quote_id"] for r in rows)
    marked = [g[2] for d in data["docs"] for s in d["s"] for g in s["g"] if g[1] == 1]
    assert sorted(marked) == list(range(len(rows))), "each quote is highlighted exactly once"
    contexts = {(r["doc_id"], r["context"]) for r in rows}
    for d in data["docs"]:
        for s in d["s"]:
            if not s.get("alone"):
                assert (d["id"], "".join(g[0] for g in s["g"])) in contexts
    by_id = {r["quote_id"]: r for r in rows}
    for q in data["quotes"]:
        g = next(g for s in data["docs"][q["d"]]["s"] for g in s["g"] if g[1] == 1 and g[2] == data["quotes"].index(q))
        assert g[0] == by_id[q["id"]]["quote"]
    cued = sum(1 for r in rows if r["cue"])
    underlined = {g[2] for d in data["docs"] for s in d["s"] for g in s["g"] if g[1] == 2}
    assert len(underlined) >= 0.8 * cued
    counts = {s["id"]: s["n"] for s in data["speakers"]}
    for s in load_speakers(open_dataset(version)):
        assert counts.get(s.speaker_id) == s.quotes


def test_page_is_self_contained_and_deterministic(version, page, tmp_path):
    text = page.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in text
    assert "default-src 'none'" in text                     # the browser itself refuses any load
    assert not re.search(r"<script[^>]+src=|<link\b|@import|url\(|<iframe|<img", text, re.I)
    assert not re.search(r"(src|href)=[\"']https?:", text, re.I)
    again = tmp_path / "again.html"
    write_report(open_dataset(version), again)
    assert again.read_bytes() == page.read_bytes()


def test_report_narrowed_by_speaker_and_refused_when_too_large(version, tmp_path):
    ds = open_dataset(version)
    top = load_speakers(ds)[0]
    res = write_report(ds, tmp_path / "one.html", speaker=top.speaker_id)
    assert res.quotes == top.quotes and res.speakers == 1
    with pytest.raises(QuotesError, match="--max-quotes 10.*--speaker"):
        write_report(ds, tmp_path / "big.html", max_quotes=10)
    assert not (tmp_path / "big.html").exists()
    with pytest.raises(QuotesError, match="no speaker matches"):
        write_report(ds, tmp_path / "none.html", speaker="شخص غير موجود")


def test_report_sample_of_articles_is_stable(version, tmp_path):
    ds = open_dataset(version)
    a = write_report(ds, tmp_path / "a.html", sample=2)
    b = write_report(ds, tmp_path / "b.html", sample=2)
    assert a.articles == 2 and a.path.read_bytes() == b.path.read_bytes()
    docs = {d["id"] for d in page_data(a.path)["docs"]}
    rows = pq.read_table(version / "data", columns=["doc_id"]).column("doc_id").to_pylist()
    assert a.quotes == sum(1 for d in rows if d in docs)
    assert write_report(ds, tmp_path / "c.html", sample=100).articles == len(set(rows))
    with pytest.raises(QuotesError, match="--sample 0"):
        write_report(ds, tmp_path / "d.html", sample=0)


def test_cli_report(version, tmp_path, capsys):
    out = tmp_path / "sub" / "page.html"
    assert main(["report", str(version), "--out", str(out)]) == 0
    assert out.exists() and "quotes in" in capsys.readouterr().out
    assert main(["report", str(version), "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


# -------------------------------------------------------------------------------------- headless Chromium

CHROMIUM = chromium_path()
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
MISSING = ("chromium is not installed (Debian package `chromium`; .ci/run installs it): the audit page is not "
           "tested in a browser")


def needs_chromium(test):
    """A test that drives the browser. Without one it is skipped, and the skip and its reason are printed
    (pytest -rs, in pyproject.toml); in CI (CI=true) it fails instead: a browser test that cannot run there
    is a failure."""
    if CHROMIUM is not None:
        return test
    if not IN_CI:
        return pytest.mark.skip(reason=MISSING)(test)

    def cannot_run():
        pytest.fail(f"CI={os.environ.get('CI')}: {MISSING}")
    cannot_run.__name__ = cannot_run.__qualname__ = test.__name__
    cannot_run.__doc__ = test.__doc__
    return cannot_run


@pytest.fixture
def browser(tmp_path):
    b = Browser(CHROMIUM, tmp_path / "profile")
    try:
        b.call("Page.enable")
        b.call("Network.enable")
        yield b
    finally:
        b.quit()


def open_page(b: Browser, path: Path) -> None:
    b.call("Page.navigate", url=path.resolve().as_uri())
    b.wait_event("Page.loadEventFired")
    b.wait_for("document.body.dataset.ready === '1'")


def type_filter(b: Browser, text: str) -> str:
    before = b.js("document.getElementById('count').textContent")
    b.js("(() => { const f = document.getElementById('filter'); f.focus(); f.select(); })()")
    if text:
        b.call("Input.insertText", text=text)
    else:
        b.js("(() => { const f = document.getElementById('filter'); f.value = '';"
             " f.dispatchEvent(new Event('input')); })()")
    return b.wait_for(f"document.getElementById('count').textContent !== {json.dumps(before)} && "
                      "document.getElementById('count').textContent")


def visible_sids(b: Browser) -> list[str]:
    return b.js("[...document.querySelectorAll('#articles mark.q:not(.dim)')].map(m => m.dataset.sid || '')")


@needs_chromium
def test_page_in_chromium(version, page, browser, tmp_path):
    b = browser
    open_page(b, page)
    data = page_data(page)
    n = len(data["quotes"])
    # highlights and cues
    assert b.js("document.querySelectorAll('#articles mark.q').length") == n
    assert b.js("document.querySelectorAll('#articles u.cue').length") > 0
    assert b.js("getComputedStyle(document.querySelector('u.cue')).textDecorationLine") == "underline"
    colours = b.js("[...new Set([...document.querySelectorAll('mark.q[data-sid]')]"
                   ".map(m => getComputedStyle(m).backgroundColor))].length")
    assert colours >= 5, "quotes are coloured by speaker"
    # right to left: document direction, and the speaker index sits to the right of the articles
    assert b.js("document.documentElement.dir") == "rtl"
    assert b.js("getComputedStyle(document.querySelector('p.sent')).direction") == "rtl"
    assert b.js("document.getElementById('index').getBoundingClientRect().left > "
                "document.getElementById('articles').getBoundingClientRect().right")
    assert b.js("document.getElementById('panel').getBoundingClientRect().right < "
                "document.getElementById('articles').getBoundingClientRect().left")
    # hover panel
    top = data["speakers"][0]
    b.js(f"document.querySelector('mark.q[data-sid=\"{top['id']}\"]').dispatchEvent("
         "new MouseEvent('mouseover', {bubbles: true}))")
    panel = b.js("document.getElementById('details').innerText")
    assert top["id"] in panel and "rule" in panel and "published" in panel and top["name"] in panel
    # speaker index with counts; clicking one keeps only that speaker's quotes
    first = b.js("(() => { const b = document.querySelector('#speakers button'); "
                 "return [b.querySelector('.name').textContent, +b.querySelector('.n').textContent]; })()")
    assert first == [top["name"], top["n"]]
    b.js("document.querySelector('#speakers button').click()")
    assert set(visible_sids(b)) == {top["id"]} and len(visible_sids(b)) == top["n"]
    b.js("document.getElementById('clearsp').click()")
    assert len(visible_sids(b)) == n
    # the filter: a name typed without its hamza finds the quotes that name the speaker
    ush = next((s for s in data["speakers"] if "أوشاكوف" in s["name"]), None)
    word = "اوشاكوف" if ush else data["quotes"][0]["q"].split()[0]
    shown = type_filter(b, word)
    sids = visible_sids(b)
    assert 0 < len(sids) < n and shown.startswith(str(len(sids)))
    if ush:
        assert ush["id"] in sids
    assert b.js("document.querySelectorAll('#articles article').length") <= len(data["docs"])
    assert "0 " in type_filter(b, "كلمة لا توجد في أي اقتباس zzz")
    assert b.js("document.querySelector('#articles .empty') !== null")
    type_filter(b, "")
    assert len(visible_sids(b)) == n
    # nothing was fetched but the page itself
    urls = [e["params"]["request"]["url"] for e in b.events if e["method"] == "Network.requestWillBeSent"]
    assert urls and all(u.startswith("file://") for u in urls), urls
    shot = b.screenshot(tmp_path / "report.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def ten_thousand(version: Path, folder: Path) -> Path:
    """10,000+ quotes: the seeds rows copied into 130 sets of articles, plus one hostile row."""
    t = pq.read_table(version / "data")
    parts = []
    for k in range(130):
        suffix = pa.scalar(f"-{k:03d}")
        parts.append(t.set_column(t.schema.get_field_index("doc_id"), "doc_id",
                                  pc.binary_join_element_wise(t.column("doc_id"), suffix, ""))
                      .set_column(t.schema.get_field_index("quote_id"), "quote_id",
                                  pc.binary_join_element_wise(t.column("quote_id"), suffix, "")))
    big = pa.concat_tables(parts)
    evil = big.slice(0, 1).to_pylist()[0]
    evil.update(quote_id="evil", doc_id="evil-doc", quote="</script><script>window.pwned=1</script>",
                context="قال: «</script><script>window.pwned=1</script>» <img src=x onerror=window.pwned=2>",
                cue="قال", title="<b>عنوان</b>")
    big = pa.concat_tables([big, pa.Table.from_pylist([evil], schema=big.schema)])
    big = big.sort_by([("speaker_id", "ascending"), ("published", "ascending"), ("doc_id", "ascending")])
    folder.mkdir(parents=True)
    pq.write_table(big, folder / "big.parquet", row_group_size=2_000)
    return folder / "big.parquet"


@needs_chromium
def test_page_at_ten_thousand_quotes(version, browser, tmp_path):
    src = ten_thousand(version, tmp_path / "big")
    t0 = time.monotonic()
    res = write_report(open_dataset(src), tmp_path / "big.html")
    build_s = time.monotonic() - t0
    assert res.quotes > 10_000 and build_s < 30
    b = browser
    t0 = time.monotonic()
    open_page(b, res.path)
    load_s = time.monotonic() - t0
    assert load_s < 15, f"the page took {load_s:.1f}s to become usable"
    assert b.js("window.pwned") is None, "data is never run as markup or script"
    per_page = page_data(res.path)["page"]
    assert b.js("document.querySelectorAll('#articles article').length") == per_page
    assert b.js("document.querySelectorAll('#articles mark.q').length") < 2_000, "only one page is rendered"
    info = b.js("document.getElementById('pageinfo').textContent")
    b.js("document.getElementById('next').click()")
    assert b.js("document.getElementById('pageinfo').textContent") != info
    assert b.js("document.getElementById('prev').disabled") is False
    t0 = time.monotonic()
    shown = type_filter(b, "اوشاكوف")
    assert time.monotonic() - t0 < 3
    assert 0 < int(shown.split()[0].replace(",", "")) < res.quotes
    assert b.js("document.getElementById('pageinfo').textContent").startswith("صفحة 1 ")
    type_filter(b, "window.pwned")
    assert b.js("document.querySelector('#articles article').dataset.doc") == "evil-doc"
    assert b.js("document.querySelector('#articles article h2').textContent") == "<b>عنوان</b>"
    assert b.js("window.pwned") is None
    b.screenshot(tmp_path / "report-10k.png")


# ------------------------------------------------------------------------ colours of speakers on one page

def _hue_gap(a: int, b: int) -> int:
    return min(abs(a - b), 360 - abs(a - b))


def test_the_palette_holds_clearly_distinct_colours():
    from quotes.report import PALETTE
    assert len(PALETTE) >= 20
    looks = {(p["l"], p["b"]) for p in PALETTE}
    assert len(looks) == 2 and len({b for _, b in looks}) == 2 and abs(min(looks)[0] - max(looks)[0]) >= 10
    for look in looks:                       # within one look, hues far apart
        hues = [p["h"] for p in PALETTE if (p["l"], p["b"]) == look]
        assert len(hues) == len(set(hues)) >= 10
        assert min(_hue_gap(a, b) for i, a in enumerate(hues) for b in hues[i + 1:]) >= 25
    for a, b in zip(PALETTE, PALETTE[1:]):   # neighbours in the order colours are given out, further still
        assert _hue_gap(a["h"], b["h"]) >= 60


def page_colours(b: Browser) -> list[dict]:
    """For each article shown: {speaker id: palette entries of its highlighted quotes}."""
    return b.js("[...document.querySelectorAll('#articles article')].map(a => { const o = {};"
                " a.querySelectorAll('mark.q[data-sid]:not(.dim)').forEach(m => {"
                " (o[m.dataset.sid] = o[m.dataset.sid] || []).push(m.dataset.c); }); return o; })")


def speaker_colours(arts: list[dict]) -> dict[str, int]:
    """speaker id → its one palette entry on the page (a speaker has one colour on a page)."""
    out: dict[str, set] = {}
    for art in arts:
        for sid, cs in art.items():
            out.setdefault(sid, set()).update(cs)
    assert out and all(len(cs) == 1 and None not in cs for cs in out.values()), out
    return {sid: int(next(iter(cs))) for sid, cs in out.items()}


@needs_chromium
def test_speakers_on_one_page_get_distinct_colours(version, page, browser):
    from quotes.report import PALETTE
    b = browser
    open_page(b, page)
    colours = speaker_colours(page_colours(b))
    assert len(colours) == len(page_data(page)["speakers"]) >= 10
    assert len(set(colours.values())) == len(colours), "no two speakers of the page share a colour"
    styles = b.js("[...document.querySelectorAll('#articles mark.q[data-sid]')].map(m => {"
                  " const s = getComputedStyle(m); return m.dataset.c + '|' + s.backgroundColor + '|' +"
                  " s.borderBottomStyle; })")
    by_entry = {}
    for style in styles:
        c, bg, border = style.split("|")
        by_entry.setdefault(int(c), set()).add((bg, border))
    assert by_entry and all(len(v) == 1 for v in by_entry.values())
    assert len({v for s in by_entry.values() for v in s}) == len(by_entry), "each entry is its own colour"
    assert {c: PALETTE[c]["b"] for c in by_entry} == {c: next(iter(v))[1] for c, v in by_entry.items()}
    # the speaker index shows each speaker in the colour it has on the page
    swatches = b.js("Object.fromEntries([...document.querySelectorAll('#speakers button')].map(x =>"
                    " [x.title.split(' · ')[0], x.querySelector('.sw').dataset.c]))")
    assert {sid: int(c) for sid, c in swatches.items()} == colours


@needs_chromium
def test_a_page_with_more_speakers_than_colours_keeps_each_article_distinct(browser, tmp_path):
    from quotes.report import PALETTE
    v = build([ROOT / "tests" / "gold" / "bench30_articles.jsonl"], tmp_path / "b30", workers=1).path
    out = tmp_path / "b30.html"
    write_report(open_dataset(v), out)
    b = browser
    open_page(b, out)
    arts = page_colours(b)
    colours = speaker_colours(arts)
    assert len(colours) > len(PALETTE)
    for art in arts:
        assert len({colours[sid] for sid in art}) == len(art), "the speakers of an article never share a colour"
    uses = sorted(list(colours.values()).count(c) for c in range(len(PALETTE)))
    assert uses[-1] - uses[0] <= 1, "colours are reused evenly"
