"""`quotes report`: one self-contained static HTML page to audit the quotes of a dataset in context.

The dataset does not hold the articles' full text, so each article is shown as the context sentences of
its quotes, with every quote highlighted in its speaker's colour and its cue underlined. The page embeds
its data as JSON and renders one page of articles at a time in plain JavaScript (no network, no external
scripts, styles or fonts), so it stays quick at tens of thousands of quotes. Output is deterministic: the
same rows give the same bytes."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import QuotesError
from .lookup import Dataset, load_speakers, read_rows, resolve_speakers

REPORT_COLUMNS = ["quote_id", "doc_id", "quote", "start", "end", "kind", "speaker", "speaker_id", "speaker_type",
                  "speaker_mention", "speaker_title", "relay", "cue", "cue_lemma", "published",
                  "published_inferred", "said_on", "said_on_precision", "context", "title", "source", "url", "rule"]
ARTICLES_PER_PAGE = 20


@dataclass
class ReportResult:
    path: Path
    quotes: int
    articles: int
    speakers: int
    bytes: int


# The colours of the speakers on one page of articles: ten hues at least 25° apart, listed so that each is
# far from the one before it, in two looks (a light fill with a solid underline, a deeper fill with a
# dashed underline). The page gives them out afresh for every page it shows (and for every filter): the
# speakers of one article never share a colour, and on a page of up to len(PALETTE) speakers none do; more
# speakers reuse the colours least used on the page.
HUES = (0, 185, 100, 260, 30, 215, 150, 330, 55, 295)
PALETTE = tuple({"h": h, "l": 87, "b": "solid"} for h in HUES) + tuple({"h": h, "l": 74, "b": "dashed"} for h in HUES)


def _iso(d) -> str | None:
    return d.isoformat() if isinstance(d, (dt.date, dt.datetime)) else (str(d) if d else None)


def segments(context: str, quotes: list[tuple[int, str, str | None]]) -> tuple[list[list], list[int]]:
    """Split a context sentence into [text, type, quote index] pieces: type 0 plain, 1 quote, 2 cue.
    `quotes` holds (index, quote text, cue) in text order. Each quote takes the first free occurrence of
    its text; its cue the occurrence just before it (or else just after it) outside every quote. Returns the pieces and the
    indices of quotes not found in the sentence (a context is cut at 2,000 characters)."""
    marks: list[tuple[int, int, int, int]] = []
    missing: list[int] = []
    for qi, q, _ in quotes:
        pos, placed = context.find(q) if q else -1, False
        while pos >= 0:
            if not any(pos < e and s < pos + len(q) for s, e, _, _ in marks):
                marks.append((pos, pos + len(q), 1, qi))
                placed = True
                break
            pos = context.find(q, pos + 1)
        if not placed:
            missing.append(qi)
    quote_marks = list(marks)

    def between(a: int, b: int) -> bool:
        return any(a < s and e <= b for s, e, _, _ in quote_marks)

    for qi, _, cue in quotes:
        at = next((m for m in quote_marks if m[3] == qi), None)
        if not cue or at is None:
            continue
        found, pos = [], context.find(cue)
        while pos >= 0:
            if not any(pos < e and s < pos + len(cue) for s, e, _, _ in quote_marks):
                found.append((pos, pos + len(cue)))
            pos = context.find(cue, pos + 1)
        # the cue before the quote with no other quote in between (وقال … «…»), else the one after it
        # («…» قال …), else the nearest
        before = [c for c in found if c[1] <= at[0] and not between(c[1], at[0])]
        after = [c for c in found if c[0] >= at[1] and not between(at[1], c[0])]
        best = (max(before) if before else min(after) if after else
                min(found, key=lambda c: abs(c[0] - at[0])) if found else None)
        if best and not any(m[2] == 2 and best[0] < m[1] and m[0] < best[1] for m in marks):
            marks.append((best[0], best[1], 2, qi))
    marks.sort()
    out, at = [], 0
    for s, e, kind, qi in marks:
        if s > at:
            out.append([context[at:s], 0, -1])
        out.append([context[s:e], kind, qi])
        at = e
    if at < len(context):
        out.append([context[at:], 0, -1])
    return out, missing


def _speakers(rows: list[dict]) -> tuple[list[dict], dict[str, int]]:
    """The speakers, most quoted first, each shown by its most frequent spelling; and each one's place."""
    counts = Counter(r.get("speaker_id") for r in rows if r.get("speaker_id"))
    names: dict[str, Counter] = {}
    types: dict[str, str] = {}
    for r in rows:
        sid = r.get("speaker_id")
        if sid:
            names.setdefault(sid, Counter())[r.get("speaker") or sid] += 1
            types.setdefault(sid, r.get("speaker_type") or "")
    order = sorted(counts, key=lambda s: (-counts[s], s))
    speakers = [{"id": s, "name": min(names[s], key=lambda n: (-names[s][n], n)), "type": types[s],
                 "n": counts[s]} for s in order]
    return speakers, {s: i for i, s in enumerate(order)}


def _articles(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """Each article's rows in text order, the articles by their first publication date, then id."""
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(str(r["doc_id"]), []).append(r)
    doc_order = sorted(by_doc, key=lambda d: (min((r["published"] for r in by_doc[d] if r.get("published")),
                                                  default=dt.date.max), d))
    return [(d, sorted(by_doc[d], key=lambda r: (r.get("start") or 0, r.get("end") or 0, r["quote_id"])))
            for d in doc_order]


def _quote(r: dict, di: int, sp_index: dict[str, int]) -> dict:
    """One quote of the page (its sentence, "s", is set when the sentences are laid out)."""
    return {"id": r["quote_id"], "d": di, "s": -1, "sp": sp_index.get(r.get("speaker_id"), -1),
            "name": r.get("speaker"), "q": r["quote"], "kind": r.get("kind"), "rule": r.get("rule"),
            "cue": r.get("cue"), "lemma": r.get("cue_lemma"), "m": r.get("speaker_mention"),
            "st": r.get("speaker_title"), "relay": r.get("relay"), "date": _iso(r.get("published")),
            "inf": bool(r.get("published_inferred")), "said": _iso(r.get("said_on")),
            "prec": r.get("said_on_precision"), "at": [r.get("start"), r.get("end")]}


def _sentences(sentences: dict[str, list[int]], quotes: list[dict]) -> list[dict]:
    """An article's sentences as segments, each quote's "s" set to its sentence; a quote not found in its
    context is shown on its own, with a note."""
    sents = []
    for context, qis in sentences.items():
        segs, missing = segments(context, [(qi, quotes[qi]["q"], quotes[qi]["cue"]) for qi in qis])
        found = [qi for qi in qis if qi not in missing]
        if context:
            for qi in found:
                quotes[qi]["s"] = len(sents)
            sents.append({"g": segs})
        for qi in missing:   # shown on its own, with a note
            quotes[qi]["s"] = len(sents)
            sents.append({"g": [[quotes[qi]["q"], 1, qi]], "alone": True})
    return sents


def report_data(rows: list[dict], title: str) -> dict:
    """The page's data: speakers (most quoted first), articles with their sentences, quotes."""
    speakers, sp_index = _speakers(rows)
    docs, quotes = [], []
    for di, (doc_id, drows) in enumerate(_articles(rows)):
        first = drows[0]
        sentences: dict[str, list[int]] = {}
        for r in drows:
            sentences.setdefault(r.get("context") or "", []).append(len(quotes))
            quotes.append(_quote(r, di, sp_index))
        docs.append({"id": doc_id, "title": first.get("title"), "src": first.get("source"), "url": first.get("url"),
                     "date": _iso(first.get("published")), "inf": bool(first.get("published_inferred")),
                     "s": _sentences(sentences, quotes), "qs": list(range(len(quotes) - len(drows), len(quotes)))})
    return {"title": title, "page": ARTICLES_PER_PAGE, "palette": list(PALETTE), "speakers": speakers, "docs": docs,
            "quotes": quotes}


def render(data: dict) -> str:
    blob = (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return (PAGE.replace("%%TITLE%%", html.escape(data["title"]))
            .replace("%%STATS%%", f"المجموع: {len(data['quotes']):,} اقتباس · {len(data['docs']):,} مقال · "
                                  f"{len(data['speakers']):,} متحدث")
            .replace("%%DATA%%", blob))


def write_report(ds: Dataset, out: Path, speaker: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, max_quotes: int = 50_000, sample: int | None = None) -> ReportResult:
    """Write the audit page of `ds` (optionally only speakers matching `speaker`, a date range, and a
    sample of `sample` articles chosen by a stable hash of their doc_id)."""
    if date_from and date_to and date_from > date_to:
        raise QuotesError(f"--from {date_from} is after --to {date_to}; swap them")
    ids = None
    if speaker is not None:
        found = resolve_speakers(load_speakers(ds), speaker)
        if not found:
            raise QuotesError(f"no speaker matches {speaker!r}; list them with `quotes speakers {ds.path} "
                              "--match TEXT`")
        ids = {s.speaker_id for s in found}
    if sample is not None and sample < 1:
        raise QuotesError(f"--sample {sample}: give a whole number of articles, 1 or more")
    probe, _ = read_rows(ds, ids, date_from, date_to, columns=["doc_id"])
    docs = None
    if sample is not None:
        all_docs = sorted(set(probe.column("doc_id").to_pylist()))
        docs = set(sorted(all_docs, key=lambda d: (hashlib.blake2b(d.encode(), digest_size=8).digest(), d))[:sample])
        n = sum(1 for d in probe.column("doc_id").to_pylist() if d in docs)
    else:
        n = probe.num_rows
    if n > max_quotes:
        raise QuotesError(f"{ds.path}: {n:,} quotes match, more than --max-quotes {max_quotes:,}; narrow the page "
                          "with --speaker, --from/--to or --sample N (articles), or raise --max-quotes")
    del probe
    table, _ = read_rows(ds, ids, date_from, date_to, columns=REPORT_COLUMNS, doc_ids=docs)
    rows = table.to_pylist()
    title = "تدقيق الاقتباسات — " + (f"الإصدار {ds.version}" if ds.version else Path(ds.path).name)
    if speaker is not None:
        title += f" — {speaker}"
    if sample is not None:
        title += f" — عينة من {len(docs):,} مقال"
    data = report_data(rows, title)
    text = render(data)
    out = Path(out)
    if out.is_dir():
        raise QuotesError(f"--out {out} is a folder; give a file name such as {out / 'report.html'}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
    except OSError as e:
        raise QuotesError(f"{out}: cannot be written ({e.strerror}); choose another --out") from None
    return ReportResult(out, len(data["quotes"]), len(data["docs"]), len(data["speakers"]), len(text.encode()))


PAGE = r"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>%%TITLE%%</title>
<style>
:root { --ink:#1d1d1f; --muted:#6b6b70; --line:#dcdce0; --bg:#fafafa; --card:#fff; }
* { box-sizing: border-box; }
body { margin:0; font: 17px/1.9 "Noto Naskh Arabic","Noto Sans Arabic","Amiri","Geeza Pro","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;
       color:var(--ink); background:var(--bg); }
header { position:sticky; top:0; z-index:2; background:var(--card); border-bottom:1px solid var(--line);
         padding:.5rem 1rem; display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:center; }
header h1 { font-size:1.1rem; margin:0; }
#stats, #count, .hint { color:var(--muted); font-size:.85rem; }
#filter { flex:1 1 18rem; font:inherit; padding:.25rem .6rem; border:1px solid var(--line); border-radius:.4rem; }
#active { font-size:.85rem; }
#active button, nav button { font:inherit; font-size:.85rem; cursor:pointer; border:1px solid var(--line);
         background:var(--card); border-radius:.4rem; padding:0 .6rem; }
nav { display:flex; gap:.5rem; align-items:center; }
main { display:grid; grid-template-columns: 17rem minmax(0,1fr) 19rem; gap:1rem; padding:1rem; align-items:start; }
#index, #panel { position:sticky; top:4.5rem; max-height:calc(100vh - 5.5rem); overflow:auto; background:var(--card);
         border:1px solid var(--line); border-radius:.5rem; padding:.5rem .75rem; }
#index h2, #panel h2 { font-size:1rem; margin:.2rem 0 .4rem; }
#speakers { list-style:none; margin:0; padding:0; }
#speakers button { all:unset; cursor:pointer; display:flex; gap:.4rem; align-items:center; width:100%;
         padding:.05rem .25rem; border-radius:.3rem; font-size:.9rem; line-height:1.6; }
#speakers button:hover, #speakers button:focus-visible { background:#eef; }
#speakers button.on { background:#dde; font-weight:bold; }
.sw { width:.8rem; height:.8rem; border-radius:.2rem; flex:none; border:1px solid rgba(0,0,0,.2); }
.sw.off { background:transparent; border-style:dotted; }
.n { margin-inline-start:auto; color:var(--muted); font-variant-numeric:tabular-nums; }
article { background:var(--card); border:1px solid var(--line); border-radius:.5rem; padding:.5rem 1rem; margin-bottom:1rem; }
article h2 { font-size:1.05rem; margin:.2rem 0; }
.meta { color:var(--muted); font-size:.8rem; }
.meta bdi { unicode-bidi:isolate; }
p.sent { margin:.5rem 0; }
mark.q { background:hsl(var(--h) 80% var(--l, 87%)); border-bottom:2px var(--b, solid) hsl(var(--h) 55% 35%); color:inherit;
         border-radius:.15rem; padding:0 .1rem; cursor:pointer; }
mark.q.anon { --h:0; background:#e6e6e6; border-bottom:2px solid #888; }
mark.q.dim { background:#f1f1f1; border-bottom-color:#ccc; }
mark.q.sel { outline:2px solid #222; }
u.cue { text-decoration:underline 2px; text-underline-offset:.3em; text-decoration-color:#c02626; }
.alone { color:var(--muted); font-size:.8rem; }
#panel dl { margin:0; font-size:.85rem; line-height:1.5; }
#panel dt { color:var(--muted); direction:ltr; text-align:end; font-family:ui-monospace,"DejaVu Sans Mono",monospace; font-size:.75rem; }
#panel dd { margin:0 0 .35rem; overflow-wrap:anywhere; }
.empty { color:var(--muted); padding:2rem; text-align:center; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } #index, #panel { position:static; max-height:none; } }
</style>
</head>
<body>
<header>
  <h1>%%TITLE%%</h1>
  <span id="stats">%%STATS%%</span>
  <input id="filter" type="search" dir="auto" autocomplete="off" placeholder="تصفية: اسم، كلمة، مصدر، معرّف… (/)" aria-label="filter">
  <span id="active" hidden></span>
  <span id="count" aria-live="polite"></span>
  <nav><button id="prev" type="button">السابق</button><span id="pageinfo"></span><button id="next" type="button">التالي</button></nav>
</header>
<main>
  <aside id="index" aria-label="speakers"><h2>المتحدثون</h2><ul id="speakers"></ul><div id="more" class="hint"></div></aside>
  <section id="articles" aria-label="articles"></section>
  <aside id="panel" aria-label="details"><h2>التفاصيل</h2>
    <p class="hint" id="panelhint">مرّر المؤشر على اقتباس (أو انقر لتثبيته). التظليل = الاقتباس بلون المتحدث، الخط تحت الكلمة = فعل القول.</p>
    <dl id="details"></dl></aside>
</main>
<noscript><p class="empty">This page needs JavaScript to show the quotes.</p></noscript>
<script type="application/json" id="data">%%DATA%%</script>
<script>
(function () {
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const Q = D.quotes, S = D.speakers, DOCS = D.docs, PAGE = D.page || 20, INDEX_MAX = 300, PAL = D.palette;
const DROP = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const FOLD = {"أ":"ا","إ":"ا","آ":"ا","ٱ":"ا","ى":"ي","ة":"ه","ؤ":"و","ئ":"ي","ک":"ك","ی":"ي","گ":"ك","ڤ":"ف","پ":"ب","چ":"ج"};
const FOLDRE = /[أإآٱىةؤئکیگڤپچ\u0660-\u0669\u06f0-\u06f9]/g;
function norm(s) {
  return (s || "").replace(DROP, "").replace(FOLDRE, function (c) {
    if (FOLD[c]) return FOLD[c];
    const n = c.charCodeAt(0);
    return String(n >= 0x06f0 ? n - 0x06f0 : n - 0x0660);
  }).replace(/\s+/g, " ").trim().toLowerCase();
}
const $ = function (id) { return document.getElementById(id); };
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
function fmt(n) { return n.toLocaleString("en-US"); }

Q.forEach(function (q) {
  const d = DOCS[q.d], sent = d.s[q.s], sp = q.sp >= 0 ? S[q.sp] : null;
  q.key = norm([sent ? sent.g.map(function (g) { return g[0]; }).join("") : "", q.q, sp ? sp.name : q.name, sp ? sp.id : "",
    q.m, q.st, q.cue, q.rule, q.kind, q.relay, d.title, d.src, d.id, q.id].join("\u0001"));
});
S.forEach(function (s) { s.key = norm(s.name + "\u0001" + s.id); });

const state = { f: "", sp: -1, page: 0, pinned: -1 };
let colour = new Map();          // speaker → palette entry, for the page shown
let textOk = new Uint8Array(Q.length), shownDocs = [];
function ok(qi) { return textOk[qi] && (state.sp < 0 || Q[qi].sp === state.sp); }
function filtering() { return state.f !== "" || state.sp >= 0; }

function apply(keepPage) {
  state.f = norm($("filter").value);
  const counts = new Map();
  let nq = 0;
  for (let i = 0; i < Q.length; i++) {
    textOk[i] = state.f === "" || Q[i].key.indexOf(state.f) >= 0 ? 1 : 0;
    if (textOk[i] && Q[i].sp >= 0) counts.set(Q[i].sp, (counts.get(Q[i].sp) || 0) + 1);
  }
  shownDocs = [];
  for (let d = 0; d < DOCS.length; d++) {
    let any = false;
    for (const qi of DOCS[d].qs) if (ok(qi)) { any = true; nq++; }
    if (any) shownDocs.push(d);
  }
  if (!keepPage) state.page = 0;
  state.page = Math.max(0, Math.min(state.page, Math.ceil(shownDocs.length / PAGE) - 1));
  $("count").textContent = fmt(nq) + " اقتباس في " + fmt(shownDocs.length) + " مقال";
  renderIndex(counts);
  renderPage();
}

function renderIndex(counts) {
  const ul = $("speakers"), items = [];
  for (let i = 0; i < S.length; i++) {
    const n = counts.get(i) || 0;
    if (n > 0 || i === state.sp) items.push([i, n]);
  }
  items.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  const frag = document.createDocumentFragment();
  items.slice(0, INDEX_MAX).forEach(function (it) {
    const s = S[it[0]], li = el("li"), b = el("button", it[0] === state.sp ? "on" : "");
    b.type = "button"; b.dataset.sp = it[0]; b.title = s.id + " · " + s.type;
    const sw = el("span", "sw");
    b.append(sw, el("bdi", "name", s.name), el("span", "n", fmt(it[1])));
    li.append(b); frag.append(li);
  });
  ul.replaceChildren(frag);
  $("more").textContent = items.length > INDEX_MAX ? "… و" + fmt(items.length - INDEX_MAX) + " آخرون: اكتب في مربع التصفية" : "";
  const act = $("active");
  if (state.sp >= 0) {
    const b = el("button", "", "× " + S[state.sp].name); b.type = "button"; b.id = "clearsp"; b.title = "إلغاء اختيار المتحدث";
    act.replaceChildren(b); act.hidden = false;
  } else { act.replaceChildren(); act.hidden = true; }
}

function renderSentence(sent, d) {
  const p = el("p", "sent");
  let anyOk = false;
  for (const g of sent.g) {
    if (g[1] === 0) { p.append(document.createTextNode(g[0])); continue; }
    const q = Q[g[2]];
    if (g[1] === 2) { const u = el("u", "cue", g[0]); u.dataset.q = g[2]; p.append(u); continue; }
    const m = el("mark", "q", g[0]);
    m.dataset.q = g[2]; m.tabIndex = 0;
    if (q.sp >= 0 && colour.has(q.sp)) paint(m, colour.get(q.sp));
    if (q.sp >= 0) { m.dataset.sid = S[q.sp].id; m.title = S[q.sp].name; }
    else { m.classList.add("anon"); m.title = q.name || "?"; }
    if (!ok(g[2])) m.classList.add("dim"); else anyOk = true;
    if (g[2] === state.pinned) m.classList.add("sel");
    p.append(m);
  }
  if (sent.alone) p.append(el("span", "alone", " (الاقتباس غير موجود في جملة السياق المحفوظة)"));
  return anyOk || !filtering() ? p : null;
}

function paint(node, c) {
  const p = PAL[c];
  node.style.setProperty("--h", p.h); node.style.setProperty("--l", p.l + "%"); node.style.setProperty("--b", p.b);
  node.dataset.c = c;
}

// Colours for the speakers highlighted on a page, given out in the order they first appear: each takes the
// palette entry least used on the page so far that no other speaker of its article has.
function colourPage(docs) {
  const out = new Map(), used = PAL.map(function () { return 0; });
  for (const d of docs) {
    const here = [];
    for (const qi of DOCS[d].qs) { const sp = Q[qi].sp; if (sp >= 0 && ok(qi) && here.indexOf(sp) < 0) here.push(sp); }
    const taken = new Set(here.filter(function (sp) { return out.has(sp); }).map(function (sp) { return out.get(sp); }));
    for (const sp of here) {
      if (out.has(sp)) continue;
      let best = -1;
      for (let c = 0; c < PAL.length; c++) {
        if (!taken.has(c) && (best < 0 || used[c] < used[best])) best = c;
      }
      if (best < 0) best = used.indexOf(Math.min.apply(null, used));
      out.set(sp, best); used[best]++; taken.add(best);
    }
  }
  return out;
}

function paintIndex() {
  document.querySelectorAll("#speakers button[data-sp]").forEach(function (b) {
    const sw = b.querySelector(".sw"), c = colour.get(+b.dataset.sp);
    if (c === undefined) { sw.className = "sw off"; sw.style.background = ""; delete sw.dataset.c; }
    else { sw.className = "sw"; sw.style.background = "hsl(" + PAL[c].h + " 80% " + PAL[c].l + "%)"; sw.dataset.c = c; }
  });
}

function renderPage() {
  const box = $("articles"), frag = document.createDocumentFragment();
  const pages = Math.max(1, Math.ceil(shownDocs.length / PAGE));
  const onPage = shownDocs.slice(state.page * PAGE, (state.page + 1) * PAGE);
  colour = colourPage(onPage);
  for (const d of onPage) {
    const doc = DOCS[d], a = el("article");
    a.dataset.doc = doc.id;
    const h = el("h2"); h.append(el("bdi", "", doc.title || doc.id)); a.append(h);
    const meta = el("div", "meta");
    const bits = [doc.date ? doc.date + (doc.inf ? " (مستنتج)" : "") : "بلا تاريخ", doc.src, doc.id];
    bits.forEach(function (b, i) { if (!b) return; if (meta.childNodes.length) meta.append(" · "); meta.append(el("bdi", "", b)); });
    if (doc.url) { const l = el("a", "", "الرابط"); l.href = doc.url; l.rel = "noreferrer noopener"; l.target = "_blank"; meta.append(" · ", l); }
    a.append(meta);
    for (const s of doc.s) { const p = renderSentence(s, doc); if (p) a.append(p); }
    frag.append(a);
  }
  if (!shownDocs.length) frag.append(el("p", "empty", "لا اقتباسات تطابق التصفية"));
  box.replaceChildren(frag);
  paintIndex();
  $("pageinfo").textContent = "صفحة " + fmt(state.page + 1) + " من " + fmt(pages);
  $("prev").disabled = state.page <= 0;
  $("next").disabled = state.page >= pages - 1;
}

function show(qi) {
  const q = Q[qi], d = DOCS[q.d], sp = q.sp >= 0 ? S[q.sp] : null, dl = $("details");
  const rows = [["speaker", sp ? sp.name : q.name], ["speaker_id", sp ? sp.id : null], ["speaker_type", sp ? sp.type : null],
    ["speaker_mention", q.m], ["speaker_title", q.st], ["relay", q.relay],
    ["cue", q.cue ? q.cue + (q.lemma ? " (" + q.lemma + ")" : "") : null], ["kind", q.kind], ["rule", q.rule],
    ["published", q.date ? q.date + (q.inf ? " (inferred)" : "") : null], ["said_on", q.said ? q.said + (q.prec ? " (" + q.prec + ")" : "") : null],
    ["doc_id", d.id], ["quote_id", q.id], ["start:end", q.at[0] + ":" + q.at[1]], ["quote", q.q]];
  const frag = document.createDocumentFragment();
  for (const r of rows) { if (r[1] == null || r[1] === "") continue; frag.append(el("dt", "", r[0]), el("dd", "", r[1])); }
  dl.replaceChildren(frag);
  dl.dataset.q = qi;
}

$("filter").addEventListener("input", function () { clearTimeout(apply.t); apply.t = setTimeout(function () { apply(false); }, 120); });
$("filter").addEventListener("keydown", function (e) { if (e.key === "Enter") { clearTimeout(apply.t); apply(false); } });
$("speakers").addEventListener("click", function (e) {
  const b = e.target.closest("button[data-sp]"); if (!b) return;
  const i = +b.dataset.sp; state.sp = state.sp === i ? -1 : i; apply(false);
});
$("active").addEventListener("click", function (e) { if (e.target.closest("#clearsp")) { state.sp = -1; apply(false); } });
$("prev").addEventListener("click", function () { state.page--; renderPage(); window.scrollTo(0, 0); });
$("next").addEventListener("click", function () { state.page++; renderPage(); window.scrollTo(0, 0); });
const arts = $("articles");
arts.addEventListener("mouseover", function (e) { const m = e.target.closest("[data-q]"); if (m && state.pinned < 0) show(+m.dataset.q); });
arts.addEventListener("focusin", function (e) { const m = e.target.closest("[data-q]"); if (m) show(+m.dataset.q); });
arts.addEventListener("click", function (e) {
  const m = e.target.closest("[data-q]");
  document.querySelectorAll("mark.sel").forEach(function (x) { x.classList.remove("sel"); });
  if (!m || state.pinned === +m.dataset.q) { state.pinned = -1; return; }
  state.pinned = +m.dataset.q; show(state.pinned);
  document.querySelectorAll('mark[data-q="' + state.pinned + '"]').forEach(function (x) { x.classList.add("sel"); });
});
document.addEventListener("keydown", function (e) {
  if (e.key === "/" && document.activeElement !== $("filter")) { e.preventDefault(); $("filter").focus(); }
  else if (e.key === "Escape") { state.pinned = -1; document.querySelectorAll("mark.sel").forEach(function (x) { x.classList.remove("sel"); }); }
});
apply(false);
document.body.dataset.ready = "1";
})();
</script>
</body>
</html>
"""
