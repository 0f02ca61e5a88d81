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
