"""Arabic date expressions, one table: what the quote's sentence says → the day the words were said,
resolved against the article date."""
from __future__ import annotations

import datetime as dt

import pytest

from quotes.dates import infer_published
from quotes.model import Document
from quotes.records import records

PUB = dt.date(2025, 11, 26)          # a Wednesday

ARABIC = [
    # (sentence, said_on, precision)
    ("وقال ترامب لصحفيين الثلاثاء إنه “شكل تقليدي من أشكال التفاوض”.", "2025-11-25", "day"),
    ("وقال الوزير يوم الأربعاء: «نحن مستعدون».", "2025-11-26", "day"),
    ("وقال الوزير يوم الاثنين الماضي: «نحن مستعدون».", "2025-11-24", "day"),
    ("وقال الوزير أمس: «نحن مستعدون».", "2025-11-25", "day"),
    ("وقال الوزير أول أمس: «نحن مستعدون».", "2025-11-24", "day"),
    ("وقال الوزير في 14 يونيو الماضي: «نحن مستعدون».", "2025-06-14", "day"),
    ("وقال الوزير في 16 أكتوبر/تشرين الأول 2025: «نحن مستعدون».", "2025-10-16", "day"),
    ("وقال الوزير في 3 جانفي: «نحن مستعدون».", "2025-01-03", "day"),          # Maghrebi month
    ("وقال الوزير في ٣ آذار ٢٠٢٤: «نحن مستعدون».", "2024-03-03", "day"),       # Levantine, Arabic-Indic digits
    ("وقال الوزير في 5 غشت: «نحن مستعدون».", "2025-08-05", "day"),             # Moroccan month
    ("وقال الوزير في 16 سبتمبر-أيلول 2012: «نحن مستعدون».", "2012-09-16", "day"),  # dual month with a hyphen
    ("وكانت الوزارة طلبت في يوليو (تموز) 2014 «وقف تصديره».", "2014-07-01", "month"),  # alternative month in brackets
    ("وفي مارس الماضي، قال الوزير: «نحن مستعدون».", "2025-03-01", "month"),
    ("وقال الوزير الشهر الماضي: «نحن مستعدون».", "2025-10-01", "month"),
    ("وقال الوزير العام الماضي: «نحن مستعدون».", "2024-01-01", "year"),
    ("وأجريت مكالمة في 16 أكتوبر 2025.. وقال الرئيس حينها إن “تقدما كبيرا” تحقق.", "2025-10-16", "day"),
    ("وكان الوزير قد أبلغ الصحفيين يوم الثلاثاء أنه سيسافر. وقال الوزير: «الآن نبدأ».", "2025-11-25", "day"),
]

NOT_SAID = [
    "وقال الوزير: «نحن مستعدون».",                                            # no date in the sentence
    "وقال الوزير في مقابلة لبرنامج الذي أذيع يوم الأربعاء «نحن مستعدون».",     # the airing, not the saying
    "وقال الوزير إنه سيسافر يوم الجمعة المقبل: «نحن مستعدون».",               # a future day
    "وقال الوزير: «نحن مستعدون»، في إشارة إلى المعلم الذي أطلقت روسيا، الثلاثاء، سراحه.",  # after the quote
]


@pytest.mark.parametrize("text,said,precision", ARABIC)
def test_said_on(text, said, precision):
    rows = records(Document("t", text, PUB))
    assert rows, text
    r = rows[-1]
    assert (str(r.said_on), r.said_on_precision) == (said, precision)


@pytest.mark.parametrize("text", NOT_SAID)
def test_not_said_on(text):
    (r,) = records(Document("t", text, PUB))
    assert r.said_on is None and r.said_on_precision is None


def test_published_inferred_from_dateline():
    text = "الجمعة, 07-سبتمبر-2012\nقال الوزير: «نحن مستعدون»."
    assert infer_published(text) == dt.date(2012, 9, 7)
    (r,) = records(Document("t", text))
    assert r.published == dt.date(2012, 9, 7) and r.published_inferred


def test_published_inferred_from_an_upload_timestamp():
    text = "![](https://example.com/wp-content/uploads/2025/02/x_1739381640-780x470.jpg)\nوقال الوزير: «نعم»."
    assert infer_published(text) == dt.date(2025, 2, 12)


def test_published_not_guessed_without_evidence():
    assert infer_published("وقال الوزير يوم الثلاثاء: «نحن مستعدون».") is None


# ---------------------------------------------------------------- the article's own date, or none (issue 14, item 6)
# Sentences from real articles of the bench corpus. A date in the text is the article's publication date
# only with evidence that it is the article's own; history, anniversaries and events are not.
QUOTE = "\nوقال المتحدث: «نحن مستعدون»."

OWN_DATE = [
    ("أكد رئيس حزب البديل التونسي مهدي جمعة ضيف بولتيكا اليوم الخميس 25 ماي 2017 أنه مهندس ميكانيك.",
     "2017-05-25"),                                                               # today, with its weekday
    ("وقال مسؤول بارز في الشرطة الألمانية اليوم (الأربعاء 20 يونيو/حزيران 2018)، إن هجوما أحبط.",
     "2018-06-20"),
    ("أعلنت المؤسسة العربية للاتصالات الفضائية (عرب سات) أنها أبلغت الاتحاد الدولي لكرة القدم (فيفا)، "
     "أمس الأحد 15 يوليو 2018، بنتائج تحقيقات أجراها سبعة من المتخصصين.", "2018-07-16"),   # yesterday
    ("وتتواصل فعاليات المؤتمر إلى حدود يوم غد السبت 06 ماي 2017.", "2017-05-05"),            # tomorrow
    ("الأهلة و اختلاف الأمة\nعلماء وأكاديميون يؤكدون ضرورة توحيد المطلع\nالجمعة, 13-يوليو-2012\n"
     "استطلاع/نورالدين القعاري - لا يكاد يهل علينا شهر رمضان حتى يبدأ الجدل.", "2012-07-13"),  # a dateline
    ("شركة المياه الوطنية تُعد وتنفذ مشروعات بقيمة 20 مليار ريال\n-الوئام\nيوم السبت 11 شعبان 1433 هـ - "
     "الموافق 30 يونيو 2012 م - الساعه 12:15 مساءً\nتعمل شركة المياه على مشروعات جديدة.", "2012-06-30"),
    ("التوكل على الله تعالى\nتاريخ النشر :15 يونيو 2012\nبعد حمد الله تبارك وتعالى.", "2012-06-15"),
    ("إن شروط السلامة في احتفالات مدننا ستبقى محل تساؤل.\nعبدالله صايل، اليوم: 24 يوليو 2015", "2015-07-24"),
]

NOT_OWN_DATE = [
    # an anniversary: the 63rd of the 1952 revolution
    "تلقى الرئيس المصري عبد الفتاح السيسي برقية تهنئة من نظيره الجزائري عبد العزيز بوتفليقة، بمناسبة احتفال "
    "مصر للذكرى الـ«63» لثورة 23 يوليو 1952، أكد خلالها ضرورة تكريس العلاقات. وقال السيسي الأربعاء إن مصر ماضية.",
    # a birth date, with a weekday elsewhere
    "ولدت رضوى عاشور في القاهرة في 26 مايو 1946. وهي أستاذة في جامعة عين شمس. وقالت الجامعة يوم الثلاثاء إنها "
    "كانت قدوة.",
    # history: Hiroshima and Nagasaki, with a weekday of the article
    "وقف الآلاف دقيقة صمت في الوقت الذي انفجرت فيه القنبلة الذرية في 6 أغسطس 1945، وأعقبه انفجار القنبلة "
    "الذرية في ناكازاكي في 9 أغسطس 1945 وانتهت الحرب. وقال رئيس البلدية يوم الخميس إن العالم لم يتعلم.",
    # an event of the lede, years before the article
    "أعلنت محكمة البداية في بروكسل المكلفة محاكمة صلاح عبد السلام لمشاركته في تبادل لإطلاق النار مع الشرطة في "
    "15 مارس 2016، أنها ستصدر حكمها في 23 أبريل المقبل.",
    "ولد ألكسيس تسيبراس في أثينا يوم 28 يوليو (تموز) 1974 وتخرج في المدرسة الثانوية عام 1992.",
    # a newspaper called اليوم, not today
    "أختم بخبر في صحيفة اليوم (الجمعة 23 فبراير 2007) عن تأكيد وزير الصحة حقوق الأطباء.",
    # the last sentence of an article, not a dateline
    "وقال المصدر إن المتهمين خططا لتفجير السفارات.\nوكانت الأجهزة الأمنية الأردنية قبضت عليهما في 8 مارس 2016.",
    # a weekday that is not the date's (25 May 2017 was a Thursday): the evidence disagrees
    "أكد رئيس الحزب اليوم الجمعة 25 ماي 2017 أنه مهندس.",
    # dates of events in the week before a weekday, but the weekdays are those of the dates themselves
    "وجرت الانتخابات التشريعية يوم الأحد 26 أكتوبر 2014. وفي يوم 29 أكتوبر 2014، أوقفت الوحدة الوطنية "
    "مشتبها به، بعد عملية يوم 24 أكتوبر 2014.",
]


@pytest.mark.parametrize("text,date", OWN_DATE, ids=[f"own{i}" for i in range(len(OWN_DATE))])
def test_the_article_s_own_date_is_inferred(text, date):
    assert str(infer_published(text + QUOTE)) == date


@pytest.mark.parametrize("text", NOT_OWN_DATE, ids=[f"not{i}" for i in range(len(NOT_OWN_DATE))])
def test_a_date_that_is_not_the_article_s_own_is_not_inferred(text):
    assert infer_published(text + QUOTE) is None


def test_a_build_of_undated_articles_dates_only_what_the_text_gives_as_its_own(tmp_path, capsys):
    """Through `quotes build`, as a user meets it: the `published` column of undated articles."""
    import json

    import pyarrow.parquet as pq

    from quotes.cli import main
    src = tmp_path / "undated.jsonl"
    arts = [(f"own{i}", t, d) for i, (t, d) in enumerate(OWN_DATE)] + \
           [(f"not{i}", t, None) for i, t in enumerate(NOT_OWN_DATE)]
    src.write_text("".join(json.dumps({"id": i, "text": t + QUOTE}, ensure_ascii=False) + "\n" for i, t, _ in arts),
                   encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "-q", "--workers", "1"]) == 0
    rows = pq.read_table(tmp_path / "out" / "1.0.0" / "data").to_pylist()
    got = {r["doc_id"]: (str(r["published"]) if r["published"] else None, r["published_inferred"]) for r in rows}
    assert got == {i: (d, d is not None) for i, _, d in arts}
