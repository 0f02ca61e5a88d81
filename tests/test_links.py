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
    # bare يعد/تعد is «is counted as» (يُعدّ) or «no longer» (لم يعد), hardly ever «promises»: no cue
    # (speech_verbs.json not_forms); with an object pronoun («تعدها "وطنية"», counts it as) and in the past (ووعد)
    # it is one
    ("وعلى الرغم من أن البيض يعد \"مصدرا وفيرا للبروتين\"، إلا أن فيليبس تحذر من أننا عادة نتناول بالفعل كميات "
     "كبيرة من البروتين في أنظمتنا الغذائية.", "مصدرا وفيرا للبروتين", None),
    # snn-012339, ant-SK-economy-591-20180517: the bare present of اعتبر after a relative pronoun, with no أن
    # after it, is «is counted as» (speech_verbs.json copular_present): nobody speaks; with أن it reports
    ("ومن خلال معطيات الفريق في نهاية الموسم الماضي فليس هناك احتياجات ضرورية خصوصا مع تطور أداء ياسر الشهراني "
     "الذي يعتبر \"جوكرا\" متى نجح النادي في استقطاب ظهير أيمن متكامل.", "جوكرا", None),
    ("يسعى الرئيس التركي رجب طيب أردوغان، الذي يعتبر أن معدلات الفائدة \"أم كل الشرور\"، إلى إحكام سيطرته على "
     "السياسة النقدية في بلاده.", "أم كل الشرور", "cue-verb"),
    ("وأشار مسؤول رفيع في وزراة الخارجية الأمريكية للصحافيين بعد الجلسة إلى وجود \"توافق بشأن العدوان الروسي "
     "وحجمه\" مضيفا أنه يعد \"مشكلة تتطلب الرد عليها\".", "مشكلة تتطلب الرد عليها", "cue-participle"),
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
    # an attribution closing the sentence after a comma governs a quote of four words or more before it …
    ("واتفق بول تومسن من صندوق النقد الدولي مع وزير المالية اليوناني يانيس ستورناراس على \"توفير 11,6 مليار يورو\" "
     "في ميزانيتي 2013 و2014، كما قال مصدر في وزارة المالية اليونانية الخميس بعد لقاء بين المسؤولين الاربعة.",
     "توفير 11,6 مليار يورو", "cue-end"),
    # … not a shorter span, nor one past a new clause (وقالت إنه …)
    ("وبدأت \"مسيرة العودة الكبرى\"، وهي موجة احتجاجات سلمية فلسطينية في 30 مارس، وفق ما أوردت وكالة \"معا\".",
     "مسيرة العودة الكبرى", None),
    ("إذ تعتزم شركة كورية جنوبية، بيع هاتف \"آيفون 3 جي إس\" الذي جرى طرحه عام 2009، وقالت إنه سيكون متاحا أمام "
     "الزبائن نهاية يونيو الجاري.", "آيفون 3 جي إس", None),
    # a quote that is a sentence by itself goes on with the speech reported in the sentence before it
    ("وتابع ديلا فيرغولا أن عدد اليهود بين النهر والبحر سيصل إلى 16 مليونا بحلول العام 2065، ما يعني أن عدد السكان "
     "سيصل إلى قرابة 30 مليونا. \"لكن في حال أصبح نمو الحريديم أكثر اعتدالا، فإن وتيرة نمو السكان اليهود "
     "ستتباطأ\".", "لكن في حال أصبح نمو الحريديم أكثر اعتدالا، فإن وتيرة نمو السكان اليهود ستتباطأ",
     "cue-previous"),
    # … not after a sentence without reported speech, nor across a paragraph
    ("ووصلت الطائرة إلى المطار صباح اليوم. \"لقد كانت رحلة طويلة ومتعبة للجميع\".",
     "لقد كانت رحلة طويلة ومتعبة للجميع", None),
    ("وقال المدرب إن الفريق جاهز للمباراة.\n\"لقد كانت رحلة طويلة ومتعبة للجميع\".",
     "لقد كانت رحلة طويلة ومتعبة للجميع", None),
    # an according-to phrase opening its sentence, its clause opened by ف, governs the whole sentence …
    ("وحسب المحلل دميتري أورشكين، فإنه بعد ضم القرم من أوكرانيا الذي لقي تأييد غالبية الروس وعزز شعبيته المرتفعة، "
     "تقوم مهمة بوتين اليوم \"على عدم ضم أراض جديدة وإنما على أن يجعل العالم كله يأخذ مصالح روسيا في الاعتبار\".",
     "على عدم ضم أراض جديدة وإنما على أن يجعل العالم كله يأخذ مصالح روسيا في الاعتبار", "according"),
    # … but a short span in it only in a frame (a stadium is no quote)
    ("وبحسب المجلة الأسبوعية، فإن اللاعبين يفضلان ضم صلاح بدلا من غريزمان، الذي ربطته تقارير عدة بالانتقال إلى "
     "\"كامب نو\".", "كامب نو", None),
    # an outlet as the source of a short span is no speaker of it: a term (unless a speaker precedes it)
    ("وطورت الشركة اليابانية الهاتف لكي يصبح متناسباً بجودة عالية لالتقاط الصور \"السيلفي\"، بحسب ما ذكر موقع "
     "\"ذا فيرج\" المتخصص.", "السيلفي", None),
    ("اعتبر وزير الخارجية الإيراني، محمد جواد ظريف، الحكم \"هزيمة أخرى\" للحكومة الأمريكية و\"انتصارا لسيادة القانون\"، "
     "بحسب ما نقلته وكالة الأنباء الإيرانية.", "انتصارا لسيادة القانون", "cue-after"),
    # «…»، هذا ما قاله بولت
    ("«بالمجمل كان السباق جيدا»، هذا ما قاله بولت، مضيفا أنه أراد أن يكون أسرع.", "بالمجمل كان السباق جيدا",
     "cue-after"),
    # after إن a bare past form is its verbal noun (ردّ موسكو), not a cue; after بعد أن it is a verb
    ("قال سيرغي كيزلياك إن رد موسكو على قرار الحكومة البريطانية بطرد 23 دبلوماسيا روسيا سيكون \"قاسياً\"، وفقا لما "
     "نقلته وكالة الأنباء الروسية.", "قاسياً", "cue-verb"),
    ("ووضع الرئيس الأميركي مستقبل الاتفاق على المحك، بعد أن حذر في يناير الماضي من انسحاب الولايات المتحدة منه ما "
     "لم ينجح الحلفاء في \"إصلاح العيوب الكارثية في الصفقة\".", "إصلاح العيوب الكارثية في الصفقة", "cue-verb"),
    # ما أسماه «…»: what the subject called a thing; سمتها "…" names it
    ("واضطرت شرطة الاحتلال إلى إغلاق بوابات الحرم القدسي الشريف أمام ما أسمته \"زيارات اليهود والسياح الأجانب\".",
     "زيارات اليهود والسياح الأجانب", "cue-verb"),
    ("وتبنت الغوريلا حيوانات أليفة وأطلقت عليهم أسماء، مثل قطة صغيرة سمتها \"أوول بول\".", "أوول بول", None),
    # words of reporting added to the vocabulary: وختم X: «…», تدارك «…», جاء فيه «…»
    ("وختم كلوب: \"ريال مدريد يستحق الفوز بدوري أبطال أوروبا، لم يقل أحد شيئا آخر\".",
     "ريال مدريد يستحق الفوز بدوري أبطال أوروبا، لم يقل أحد شيئا آخر", "cue-verb"),
    # … a colon-only verb (زاد، ختم) with neither a colon nor أن right after it is another word
    ("تنمر الدواعش والتكفيريون وزاد بطشهم عندما استشعروا أن مظلة \"المناصحة\" والسعي لترشيد عقول المغرر بهم هما "
     "النهج الأبوي السعودي.", "المناصحة", None),
    ("واتهم الحوثي فرنسا ببيع الأسلحة للسعودية. بيد أنه تدارك \"نرى أن الموقف الفرنسي أقل سلبية من موقف بريطانيا\".",
     "نرى أن الموقف الفرنسي أقل سلبية من موقف بريطانيا", "cue-verb"),
    ("ونشر الاتحاد بيانا جاء فيه \"محمد النني سيكون متاحا للعب المباريات الثلاث القادمة\".",
     "محمد النني سيكون متاحا للعب المباريات الثلاث القادمة", "according"),
    # an ASCII mark with a space before it and a word glued after it, inside an open quote, opens a nested term:
    # the outer quote runs to its own closing mark
    ("وقال محمد مقديش ان \"تونس بصدد خسارة أحد الحلول المهمة بسبب \"الفراغ التشريعي والمؤسساتي\" الذي يتسبب فيه "
     "غياب مؤسسة زكاة في تونس\". وأكد ان الحل قريب.", "تونس بصدد خسارة أحد الحلول المهمة بسبب \"الفراغ التشريعي "
     "والمؤسساتي\" الذي يتسبب فيه غياب مؤسسة زكاة في تونس", "cue-verb"),
    # a short span right after the preposition its verb governs completes the verb, however long its subject …
    ("لفت أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إلى \"إشادة\" محمد علي الحوثي بوزير الخارجية البريطاني.",
     "إشادة", "cue-verb"),
    # … not after a preposition the verb does not govern
    ("أعلن الجيش الليبي الجمعة، القبض على \"يحيى الأسطى عمر\" مسؤول الملف الأمني في تنظيم أنصار الشريعة.",
     "يحيى الأسطى عمر", None),
    # a point after a one-letter title (د.) ends no sentence
    ("واوضح د. الداود أنه بات واضحاً للعيان أن أعداء هذا الدين \"للأسف الشديد\" وجدوا بعض أبنائنا.",
     "للأسف الشديد", "cue-verb"),
    # a quote standing alone in its paragraph, or answering a question, goes on with the last quote when
    # nobody else is reported between them (an interview) …
    ("«هي مهنة صعبة دون شك، ولكن في المقابل ما إن أبدأ في تعاملي مع السكّر حتى أذوب معها». هكذا تصف الشيف كريستيل "
     "برويا طبيعة مهنتها. ولكن ماذا يعني لها أن تكون المرأة الفرنسية الوحيدة بصفتها شيف حلويات؟: «لا أتنبّه لهذا "
     "الأمر كثيرا، كلّ ما في الأمر أنني أعدّه مكافأة لعملي».\nفي البداية كانت ترغب كريستيل أن تدرس تصميم الأزياء.\n"
     "«عملت مع والدي في الأوبيرج الذي أعادا ترميمه في منطقتنا، فكنت أعاون والدتي».",
     "عملت مع والدي في الأوبيرج الذي أعادا ترميمه في منطقتنا، فكنت أعاون والدتي", "continuation-paragraph"),
    # … not when somebody is reported between them
    ("وقال المدرب إن الفريق «قدم مباراة كبيرة أمام منافس قوي جدا».\nوأكد رئيس النادي أن العقد سيمدد.\n"
     "«لقد كانت رحلة طويلة ومتعبة للجميع هذا الموسم».", "لقد كانت رحلة طويلة ومتعبة للجميع هذا الموسم", None),
    # a point inside an abbreviation (تيه.اف) ends no sentence: the cue before it still takes the quote
    ("وصرح فابيوس لمحطة (تيه.اف 1) التليفزيونية \"لن توافق المعارضة أبدا عليه لذلك فإنه يشير ضمنيا إلى ضرورة رحيل "
     "الأسد\".", "لن توافق المعارضة أبدا عليه لذلك فإنه يشير ضمنيا إلى ضرورة رحيل الأسد", "cue-verb"),
]


@pytest.mark.parametrize("text,span,rule", CASES)
def test_link_rule(text, span, rule):
    assert link_rule(text, span) == rule
