"""Linking a quote to its cue (quotes/cues.py), both ways, on real Arabic news sentences from the benchmark
corpus: the rule that links each span, or None where no cue may take it."""
from __future__ import annotations

import pytest

from quotes.cues import all_cues, link_quotes
from quotes.lexicon import lexicon
from quotes.spans import find_spans
from quotes.text import analyse


def link_rule(text: str, span: str) -> str | None:
    """The rule that links the quoted span `span` of `text`, or None when it is left unlinked (the test
    fails when there is no such span at all)."""
    lex = lexicon()
    spans = find_spans(text, lex)
    assert span in [text[s.start:s.end] for s in spans], span
    an = analyse(text, sorted((s.open_at, (s.close_at + 1) if s.close_at is not None else s.end) for s in spans))
    links = link_quotes(an, spans, all_cues(an, lex), lex)
    return next((lk.rule for lk in links if text[lk.span.start:lk.span.end] == span), None)


CASES = [
    # a quote that is a sentence by itself, attributed in the next sentence
    ("قال نجم منتخب مصر في حسابه على موقع \"تويتر\".\n\"لقد طفح الكيل\".. بهذه الكلمات علق محمد صلاح على أزمته "
     "مع الاتحاد.", "لقد طفح الكيل", "cue-next"),
    # … but not one followed by a new statement of its own (وقال …)
    ("\"التصعيد الجديد يمهد لهجوم بري لقوات النظام\". وقال علاء الدين أحد سكان المدينة إن الوضع صعب.",
     "التصعيد الجديد يمهد لهجوم بري لقوات النظام", None),
    # a paragraph ending with a colon announces the quote of the next paragraph (a speech, a letter)
    ("توقفت أتأمل عبارة وردت في الخطاب الذي وجهه الرئيس إلى الشعب بمناسبة العيد، والذي قال فيه:\n"
     "\"إنه من حسن الطالع أن تتزامن تهنئتنا بعيد الفطر المبارك مع الانتصارات\".",
     "إنه من حسن الطالع أن تتزامن تهنئتنا بعيد الفطر المبارك مع الانتصارات", "cue-colon"),
    ("كتب عن هذا حسن البار، ونشر الجزء الآتي من خطاب ألقاه أخيرا الرئيس باراك أوباما:\n«نحن أمة من المهاجرين. "
     "وسنبقى كذلك دائما».", "نحن أمة من المهاجرين. وسنبقى كذلك دائما", "cue-colon"),
    # «…» هكذا قال: a word of reference between the quote and its cue
    ("\"لن نتراجع عن مطالبنا\" هكذا قال رئيس النقابة للصحفيين.", "لن نتراجع عن مطالبنا", "cue-after"),
    # «…»، و«…»: one cue for a list of quotes
    ("ووفقاً للكرملين، بحث الجانبان “مواضيع تسوية الشرق الأوسط”، و”البرنامج النووي الإيراني”.",
     "البرنامج النووي الإيراني", "according+list"),
    # the complement in بـ of a describing verb, however far the verb
    ("ومن جهة أخرى وصفت السفارة الإسرائيلية في كولومبيا، القرار الأخير \"بصفعة على الوجه\"، موضحة أنها مصابة "
     "بالخيبة.", "بصفعة على الوجه", "cue-verb"),
    # a short span past a comma that opens a time clause is not in the reported speech
    ("وشددت موغيريني على أنه \"ليس هناك حل بديل عن الاتفاق النووي\"، بعد استماعها \"جيدا\" إلى مداخلة الوزير "
     "الأميركي.", "جيدا", None),
    # … but a contrast inside the reported speech is (لكن «…»)
    ("ولمح الرئيس الفرنسي الى أنه يود دعوة نظيره الروسي الى قمة العام المقبل، لكن ”إذا، وفقط إذا“ احترمت موسكو "
     "اتفاقات مينسك.", "إذا، وفقط إذا", "cue-verb"),
    # an according-to phrase closing its clause does not govern the new و-clause after its comma
    ("ويمد المسلحون مقاتليهم بالتعزيزات عبر طريق البيضاء بحسب المصادر، ويسعى رجال المقاومة إلى السيطرة على تلك "
     "الطريق التي تقع فيها «عقبة ثرة» الاستراتيجية.", "عقبة ثرة", None),
    # … one inside its clause does (وباتت قوات النظام، بحسب المرصد، تسيطر «…»)
    ("وباتت قوات النظام الأحد، بحسب المرصد السوري، تسيطر \"على أكثر من 25 في المئة\" من الغوطة الشرقية.",
     "على أكثر من 25 في المئة", "according"),
]


@pytest.mark.parametrize("text,span,rule", CASES)
def test_link_rule(text, span, rule):
    assert link_rule(text, span) == rule
