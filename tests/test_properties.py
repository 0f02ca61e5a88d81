"""Fuzz and property tests of the extractor and the reader on hostile text (issue 4): quote marks open and
unclosed everywhere, paragraph and line separators, RTL/LTR controls, NUL bytes, Arabic-Indic digits,
diacritics and tatweel inside names. Properties: the extractor never fails; every row slices back to its
quote; no quote crosses a paragraph break; the output does not depend on how the text or the documents
are chunked; the reader never fails and says why it skips. And time grows linearly with the text.

The whole module runs in well under a minute (it is part of CI)."""
from __future__ import annotations

import gc
import gzip
import io
import json
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.build import extract, extract_batch
from quotes.model import Document, Skipped
from quotes.read import _lines, document_from_record, document_from_text
from quotes.records import _context, _stops, quote_id, records
from quotes.spans import EDGE_SPACE, find_spans
from quotes.text import MAX_SENTENCE, PARAGRAPH, SENTENCE_END, analyse, paragraphs
from quotes.write import check_offsets

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    # reporting verbs and phrases, titles, names (with diacritics and tatweel), dates, function words
    "قال", "وقال", "قالت", "أضاف", "وأضاف", "مضيفا", "أكد", "وأوضح", "وفقا", "للكرملين", "بحسب", "حسبما", "نقلت",
    "عن", "إن", "أن", "بأن", "الرئيس", "الروسي", "الأمريكي", "وزير", "الخارجية", "المتحدث", "باسم", "مصدر", "مطلع",
    "فلاديمير", "بوتين", "بوتيـــن", "ترامب", "تـرامـب", "مُحَمَّد", "مُحَمَّـد", "سيرغي", "لافروف", "ستيف", "ويتكوف",
    "الوزارة", "وزارة", "الصحة", "بين", "محاور", "في", "يوم", "الثلاثاء", "أمس", "يونيو", "١٤", "٢٠٢٥", "2025",
    "۱۴", "الماضي", "بيان", "كلمة", "نص", "الاتفاق", "لن", "نقبل", "بهذا", "الحوار", "مستمر", "جدا", "لـ", "بـ",
    "abc", "CNN", "x",
]
MARKS = ["«", "»", "“", "”", '"', "„", "‹", "›", "«", "»", '"', '"']
PUNCT = [".", "،", ",", ":", "؛", "؟", "!", "…", "-", "(", ")", "..", "٫", "6.15"]
SPACE = [" ", " ", " ", " ", "\n", "\r\n", "\r", "\u2028", "\u2029", "\t", "\u00a0", "\n\n", "  "]
CONTROL = ["\x00", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
           "\u2068", "\u2069", "\ufeff", "\u0640", "\u064b", "\u0651", "\u200b", "\u200c", "\u200d"]

PIECE = st.one_of(
    st.sampled_from(WORDS).map(lambda w: w + " "),
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACE),
    st.sampled_from(CONTROL),
    st.characters(exclude_categories=("Cs",)),            # anything else Unicode has (no lone surrogates)
)
CUES = ["قال", "وقال", "قالت", "وأضاف", "أكد", "وأوضح", "مضيفا", "وفقا لـ", "بحسب", "وقال في بيان", "نقلت رويترز عن"]
SPEAKERS = ["الرئيس الروسي فلاديمير بوتين", "وزير الخارجية سيرغي لافروف", "ترامب", "مُحَمَّـد بن سلـمان",
            "المتحدث باسم الكرملين دميتري بيسكوف", "مصدر مطلع", "الوزارة", "بوتيـــن", ""]
SAID = ["الوضع", "صعب", "جدا", "لن", "نقبل", "بهذا", "الاتفاق", "الحوار", "مستمر", "مع", "الجانب", "الأمريكي",
        "نحن", "مستعدون", "للتفاوض", "في", "أي", "وقت", "السلام", "ممكن", "الحرب", "يجب", "أن", "تنتهي", "١٤",
        "2025", "يونيو", "أمس", "هذا", "كلام", "مهم"]
PAIRS = [("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"), ("‹", "›"), ("”", "“"), ("«", ""), ('"', "")]


@st.composite
def sentences(draw) -> str:
    """A reported-speech sentence: cue, speaker, optional colon, a quote (maybe never closed), an end."""
    o, c = draw(st.sampled_from(PAIRS))
    words = " ".join(draw(st.lists(st.sampled_from(SAID), min_size=1, max_size=9)))
    parts = [draw(st.sampled_from(CUES)), draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(["", ":", " إن", "،"])),
             o + words + c, draw(st.sampled_from(PUNCT + [""]))]
    if draw(st.booleans()):                                      # the cue after the quote
        parts = [parts[3], "،", parts[0], parts[1], parts[4]]
    return " ".join(parts)


@st.composite
def spiced(draw, text: str) -> str:
    """Controls, NUL, tatweel and diacritics put inside words, anywhere."""
    if not text or not draw(st.booleans()):
        return text
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    out, prev = [], 0
    for i in cuts:
        out += [text[prev:i], draw(st.sampled_from(CONTROL))]
        prev = i
    return "".join(out) + text[prev:]


TEXT = st.lists(st.one_of(sentences(), sentences(), PIECE), max_size=40).map(" ".join).flatmap(spiced)


def span_extent(s) -> tuple[int, int]:
    return s.open_at, (s.close_at + 1) if s.close_at is not None else s.end


# ---------------------------------------------------------------- the extractor

@FAST
@given(TEXT)
@example("قال في ² يونيو ٢٠٢٥ «نص» و ①")                 # digits int() cannot read once crashed the dates stage
@example("«" * 5000 + "»" * 5000 + "\n" + '"' * 10_000)
def test_every_row_slices_back_to_its_quote(text):
    got = records(Document("d", text))
    check_offsets(text, got)                               # the check the build makes on every document
    for r in got:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.quote and r.quote.strip(EDGE_SPACE) == r.quote
        assert r.quote_id == quote_id("d", r.start, r.end)
        assert r.kind in ("direct", "partial", "continuation")
    assert [(r.start, r.end) for r in got] == sorted({(r.start, r.end) for r in got})


@FAST
@given(TEXT)
def test_no_quote_crosses_a_paragraph_break(text):
    """Quotes are found paragraph by paragraph: a span never holds a line or paragraph separator, and a
    mark left open ends its span at the end of its paragraph."""
    spans = find_spans(text)
    paras = paragraphs(text)
    for s in spans:
        a, b = span_extent(s)
        assert not PARAGRAPH.search(text, a, b), (a, b)
        assert any(lo <= a and b <= hi for lo, hi in paras)
        if s.close_at is None:
            assert any(s.end <= hi and not text[s.end:hi].strip(" \t\u00a0\u200f\u200e") for lo, hi in paras)
    extents = [span_extent(s) for s in spans]
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(extents, extents[1:]))        # outermost, in order
    for r in records(Document("d", text)):
        assert not PARAGRAPH.search(r.quote)


@FAST
@given(TEXT)
@example(text="« قال  \n :")     # a colon on the next line labels nothing: the paragraph ends the span's clause
def test_spans_do_not_depend_on_how_the_text_is_cut_into_paragraphs(text):
    """Each paragraph alone gives the spans it gives inside the whole document, and classifies them alike
    (but for "repeated name", which counts a short quote over the whole document, by design)."""
    def reason(s):
        return None if s.not_quote == "repeated name" else s.not_quote
    whole = [(s.start, s.end, s.open_at, s.close_at, reason(s)) for s in find_spans(text)]
    parts = []
    for lo, hi in paragraphs(text):
        for s in find_spans(text[lo:hi]):
            parts.append((s.start + lo, s.end + lo, s.open_at + lo, None if s.close_at is None else s.close_at + lo,
                          reason(s)))
    assert whole == parts


@FAST
@given(st.lists(TEXT, min_size=1, max_size=6), st.integers(1, 6), st.randoms(use_true_random=False))
def test_rows_do_not_depend_on_batching_or_on_the_other_documents(texts, size, rnd):
    """A document gives the same rows alone, in any batch, after any other documents (caches included)."""
    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    alone = {d.doc_id: extract(d) for d in docs}
    order = docs[:]
    rnd.shuffle(order)
    together = []
    for i in range(0, len(order), size):
        res = extract_batch(order[i:i + size])
        together += res.rows.to_pylist() if res.rows is not None else []
    for d in order:
        assert extract(d) == alone[d.doc_id]
    by_doc: dict[str, list] = {}
    for r in together:
        by_doc.setdefault(r["doc_id"], []).append((r["start"], r["end"], r["quote"], r["kind"], r["speaker"]))
    assert by_doc == {k: [(r.start, r.end, r.quote, r.kind, r.speaker) for r in v] for k, v in alone.items() if v}


def _context_by_scan(an, start: int, end: int) -> str:
    """records._context as it was first written: a character walk (quadratic on long paragraphs)."""
    text = an.text

    def inside(offset):
        i = an.index_at(offset)
        return i < len(an.tokens) and an.tokens[i].start == offset and an.masked[i]
    lo = start
    while lo > 0 and text[lo - 1] not in "\n\r" and not (text[lo - 1] in SENTENCE_END and lo < start - 1
                                                        and not inside(lo - 1)):
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in "\n\r" and not (text[hi] in SENTENCE_END and not inside(hi)):
        hi += 1
    if hi < len(text) and text[hi] in SENTENCE_END:
        hi += 1
    return text[lo:hi].strip()[:2000]


@FAST
@given(TEXT)
def test_context_lookup_equals_the_character_walk(text):
    spans = find_spans(text)
    an = analyse(text, sorted(span_extent(s) for s in spans))
    stops = _stops(an)
    for s in spans:
        a, b = span_extent(s)
        assert _context(an, a, b, stops) == _context_by_scan(an, a, b)


def test_a_run_without_sentence_end_is_cut_at_max_sentence_tokens():
    text = " ".join(["كلمة"] * (3 * MAX_SENTENCE + 10)) + ". " + " ".join(["قال"] * 10)
    an = analyse(text, [])
    sizes = {}
    for s in an.sentence:
        sizes[s] = sizes.get(s, 0) + 1
    assert list(sizes.values()) == [MAX_SENTENCE, MAX_SENTENCE, MAX_SENTENCE, 11, 10]


# ---------------------------------------------------------------- the reader

SKIP_REASONS = {"not utf-8", "empty", "binary", "too large", "bad date header", "unreadable", "bad record",
                "duplicate id"}


@FAST
@given(st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8")),
                 TEXT.map(lambda t: (" date " + t).encode("utf-8")), TEXT.map(lambda t: t.encode("utf-16"))))
def test_any_bytes_make_a_document_or_a_skip_with_a_reason(raw):
    got = document_from_text(raw, "id", "origin")
    if isinstance(got, Skipped):
        assert got.reason in SKIP_REASONS and got.detail
    else:
        assert isinstance(got, Document) and got.text.strip() and "\r" not in got.text
        got.text.encode("utf-8")


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                    max_leaves=8)


@FAST
@given(st.one_of(JSON, st.fixed_dictionaries({"id": JSON, "text": st.one_of(TEXT, JSON)},
                                             optional={"date": JSON, "title": JSON, "source": JSON, "url": JSON})))
def test_any_json_record_makes_a_document_or_a_skip_with_a_reason(rec):
    got = document_from_record(rec, "f.jsonl", 7)
    if isinstance(got, Skipped):
        assert got.reason in SKIP_REASONS and got.origin == "f.jsonl:7"
    else:
        for v in (got.doc_id, got.text, got.title, got.source, got.url):
            if v is not None:
                v.encode("utf-8")                             # everything can be written


@FAST
@given(st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=20), st.integers(1, 30),
       st.booleans(), st.booleans())
def test_lines_are_split_on_newlines_only_and_long_ones_skipped_not_kept(lines, limit, last_newline, gz):
    data = b"\n".join(lines) + (b"\n" if last_newline and lines else b"")
    raw = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data))) if gz else io.BufferedReader(io.BytesIO(data))
    got = list(_lines(raw, limit))
    want = [ln + b"\n" for ln in data.split(b"\n")[:-1]] + ([data.split(b"\n")[-1]] if data.split(b"\n")[-1] else [])
    assert got == [ln if len(ln) <= limit or (len(ln) == limit + 1 and ln.endswith(b"\n")) else None for ln in want]


def test_a_jsonl_line_with_u2028_is_one_record():
    text = "قال الوزير: «سطر\u2028ثان»."
    line = json.dumps({"id": "a", "text": text}, ensure_ascii=False).encode("utf-8") + b"\n"
    assert list(_lines(io.BufferedReader(io.BytesIO(line * 2)), 1000)) == [line, line]


# ---------------------------------------------------------------- linear time

def _said(n: int, sep: str, line: str) -> str:
    """n sentences of reported speech, each quote different (a short quote repeated is taken for a name)."""
    return sep.join(line.format(i) for i in range(n))


def _name(i: int) -> str:
    """A different made-up name for every i (a person the article introduces)."""
    letters = "بتثجحخدذرزسشصضطظعغفق"
    return "سمير" + "".join(letters[(i // 20 ** k) % 20] for k in range(4)) + " " + "كمال" + letters[i % 20]


SHAPES = {
    "articles": lambda n: _said(n, "\n", "وقال الرئيس الروسي فلاديمير بوتين إن «الوضع صعب جدا في {0}». "
                                         "وأضاف: «سنرى ما يحدث {0} غدا»."),
    "one paragraph": lambda n: _said(n, " ", "وقال الرئيس الروسي فلاديمير بوتين إن «الوضع صعب جدا في {0}». "
                                            "وأضاف: «سنرى ما يحدث {0} غدا»."),
    "no sentence end": lambda n: _said(n, " ", "قال بوتين «نعم هذا صحيح تماما {0}» ووفقا للكرملين «نص {0}» ثم"),
    "many people": lambda n: "\n".join(f"وقال الوزير {_name(i)} إن «الوضع صعب جدا في {i}»." for i in range(n)),
    "marks only": lambda n: "«“\"„" * n,
    "unclosed marks": lambda n: " ".join(["قال «كلام"] * n),
    "closers only": lambda n: " ".join(["كلام» قال”"] * n),
}


def _seconds(text: str) -> float:
    """Time of one document's records, without the garbage collector: its full passes cost in proportion to
    everything the test session keeps alive, which would time the session, not the algorithm."""
    gc.collect()
    gc.disable()
    try:
        t = time.perf_counter()
        records(Document("d", text))
        return time.perf_counter() - t
    finally:
        gc.enable()


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_time_grows_linearly_with_the_text(shape):
    """Four times the text takes about four times as long; a quadratic step would take sixteen times. The
    fastest of five interleaved runs of each size is compared (the machine may be busy)."""
    make = SHAPES[shape]
    n = 300
    while _seconds(make(n)) < 0.05 and n < 20_000:        # large enough to time
        n *= 2
    small, large = make(n), make(4 * n)
    times = [(_seconds(small), _seconds(large)) for _ in range(5)]
    fast_small, fast_large = min(s for s, _ in times), min(b for _, b in times)
    assert fast_large < 9 * fast_small + 0.05, (shape, n, times)
