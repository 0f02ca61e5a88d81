"""The last check on a sieve's answer (quotes/lone_word.py): a one-word «person» that is an ordinary word is
rejected and the next sieve tries. One table per rule, both ways, on sentences of the bench corpus (named by
their ids; the tests never read the corpus), and the check as the sieves run it."""
from __future__ import annotations

import pytest

from quotes.cast import Speaker
from quotes.lone_word import RULES, no_name_reason
from quotes.model import Document
from quotes.normalize import key
from quotes.pipeline import read_document
from quotes.records import records

# (rule, text, the word read as a person, the reason it gives)
FIRES = [
    # ant-JA-localNews-1476-20170219, ant-SK-internationalNews-1633-20180518 (8,000-article sample): a noun of agent
    # فاعل in the accusative (لا يرى مانعا، يبقى غامضا) is the verb's object or an adverb, no name
    ("_accusative_agent", 'وأوضح الرئيس أن الغنوشي يعلمه بتحركاته، وهو لا يرى مانعا في ذلك. وقال: "هذا أمر طبيعي".', "مانعا",
     "a noun in the accusative"),
    ("_accusative_agent", 'ويظل غامضا ما يقصده الزعيمان، وقال: "نزع السلاح النووي بشكل كامل".', "غامضا", "a noun in the accusative"),
    # audit_s63 row 97, snn-016626: a nisba adjective in the accusative (تحذيريا، أساسيا) is no name
    ("_accusative_nisba", 'ووجه الخبير نداء تحذيريا إلى الحكومة، وقال إن "الوضع خطير".', "تحذيريا", "an adjective in the accusative"),
    # audit_s60 row 94's shape: a news verb with the future's س (ستجري، سيعود) is never a name
    ("_verb", 'وأكد الوزير أن الحكومة ستجري مناقشات هامة مع الأوروبيين، وقال: "نحن مستعدون".', "ستجري", "a verb in the future"),
    # audit_s59 row 30, snn-000176: a noun in ة with «our» (سعادتنا) is no one's name
    ("_with_pronoun", 'وهو الأمر الذي يهدد سعادتنا. وقال الباحث: "الحنين للماضي يشوه الحاضر".', "سعادتنا", "a word with an attached pronoun"),
    # (a corpus sentence's shape) a mark read where a name should be
    ("_not_a_word", 'وقال الطيطي خلال لقاء تلفزيوني، إن "القرار لا يغني ولا يسمن من جوع".', "،", "no letter in it"),
    # (a corpus sentence's shape) a news verb (عاد) is never a name
    ("_verb", 'ثم عاد اللاعب ونفى ما تردد، وقال في تصريحات نقلتها الصحف التركية: "حدث شجار بيننا".', "عاد", "a verb"),
    # … nor a speech verb (أكد)
    ("_verb", 'ثم عاد اللاعب ونفى ما تردد، وقال في تصريحات نقلتها الصحف التركية: "حدث شجار بيننا".', "أكد", "a verb"),
    # ant-AL-internationalNews-35-20180216: «wounds-her» after the verb يصف
    ("_with_pronoun", 'يقول بيتر ري، جراح من جامعة أريزونا، إن رصاص البندقية المذكورة يجعل الجسم البشري يبدو كأن قنبلة يدوية انفجرت به، مقارنة برصاص المسدسات، والتي يصفه جروحها بـ "قطع سكين حاد".',
     "جروحها", "a word with an attached pronoun"),
    # ant-BB-internationalNews-964-20180814: وقال صوت الرجل — the article writes الصوت too
    ("_definite", 'وأذاعت محطة تلفزيون إن بي سي الأمريكية التسجيل حيث أبدى الصوت الذي يُزعم أنه لترامب دهشته لعلمه بأنها فُصلت من وظيفتها في اليوم السابق للمكالمة.\nوقال صوت الرجل الذي تضمنه التسجيل: "لم يخبرني أحد عن ذلك".',
     "صوت", "the article writes it with ال"),
    # ant-AL-internationalNews-360-20180306: the outlet she told (للعربية) glued to ل
    ("_preposition", 'وقدمت الخبيرة الدولية في الأمم المتحدة د.أستريد ستوكيلبيرغر عرضا عن تجنيد الأطفال في اليمن، وقالت "للعربية": "إن مشكلة الأطفال المجندين في اليمن كبيرة".',
     "للعربية", "a preposition on a noun"),
    # ant-CN-economy (audit_s40 row 60): «وغرد بحسابه» — ب on a noun with «his», read as the verb's subject
    ("_preposition", 'برر وزير التعليم الدكتور عزام بن محمد الدخيّل قرار تكليف المعلمين بالإرشاد الطلابي وغرد بحسابه في "تويتر": "لدوره الحيوي في العملية التعليمية، اعتمدت الوزارة أولوية التكليف".',
     "بحسابه", "a preposition on a noun with his pronoun"),
    # ant-SK-internationalNews-3376-20181009, snn-026665: nouns news writes with ال (common_nouns.json), though these
    # articles do not (ولم يذكر تفاصيل; وفق ما خطط له)
    ("_common_noun", 'وذكر، آلان تدغ، وزير البنية التحتية الحضرية والسكان في كلمة ألقاها بمدينة ملبورن "نهدف لتخفيف ضغط السكان عن المدن الثلاث الكبرى"، وفق "رويترز".\nولم يذكر تفاصيل بشأن كيفية تطبيق هذه السياسة، لكنه أشار إلى أنها قد تشمل حوافز.\nوأضاف "يمكن أيضا وضع شروط على تأشيرات الإقامة في منطقة معينة ولو لأعوام قليلة".',
     "تفاصيل", "news writes it with ال"),
    # audit_s51 row 70: a noun in ة of the shape مفعلة is no noun of agent (مسيرة هذا الرجل); snn-000530 (the shape):
    # a common noun with «his» (قصائده)
    ("_common_noun", 'من يقرا هذا الكتاب ويتابع مسيرة هذا الرجل يجده يتوافق مع الكلام الذي قاله أخيرا بشار الأسد: "سورية لمن يدافع عنها مهما كانت جنسيته".',
     "مسيرة", "news writes it with ال"),
    ("_common_noun", 'وتحدث النقاد عن شعره طويلا، ويقول في قصائده: "قبسات من القرآن والرسول".',
     "قصائده", "a common noun with his pronoun"),
    ("_common_noun", 'وبيّن مروان دفتردار أن الأهلي أنهى المرحلة الثانية من برنامجه الإعدادي الذي أقيم في سويسرا وفق ما خطط له مسبقا من قبل الجهازين الفني والإداري، وقال: "حققنا الأهداف والغاية من معسكر سويسرا الذي شهد التركيز على الجانب اللياقي وبشكل كبير".',
     "خطط", "news writes it with ال"),
]

# (rule, text, a longer «person», the reason its first word gives)
LONGER = [
    # (audit_s63 row 44's shape) two words in ة joined by و are adjectives or nouns, no name
    ("two words joined by و", 'وبدت متعبة وحزينة وقالت إن "الأمر انتهى".', "متعبة وحزينة", "two words joined by و"),
    # snn-017808, snn-011531: every word an ordinary word (common_nouns.json, or the article's ال-words, with
    # و/ف/ب/ل or «his»): no name, whichever sieve read it (lone_word._ordinary)
    ("_ordinary", 'وأطلق المشير عملية عسكرية بهدف صنع الاستقرار في المدينة، مؤكدا أن "الشعب هو من فوض الجيش في هذه المعركة".',
     "بهدف صنع", "every word an ordinary word"),
    ("_ordinary", 'ويرى الكاتب أن هناك وجود حقيقة لهذا الصراع في المجتمع.\nوقال إن "المشكلة صراع هوية قبل كل شيء".',
     "وجود حقيقة", "every word an ordinary word"),
    # ant-BB-middleEast-142-20180306: «details of his meeting» read as the subject of توضح; the article writes التفاصيل
    ("_definite", 'ووفقا للرسائل المسربة، التقى رجل الأعمال الأمريكي إليوت برويدي، أكبر المتبرعين لحملة دونالد ترامب، مع ترامب في أكتوبر/ تشرين الأول الماضي وحثه على إقالة تيلرسون.\nوأضاف أن بعض رسائل البريد الإلكتروني ربما تكون تعرضت "للتعديل"، لكنه لم يوضح التفاصيل.\nكتب برويدي رسالة أخرى توضح تفاصيل لقائه مع جاريد كوشنر، زوج ابنة الرئيس الأمريكي ومستشاره، واصفا كوشنر بأنه "كان سلبيا لكن سعيد بينما كنت أنتقد قطر".',
     "تفاصيل لقائه", "its first word: the article writes it with ال"),
]

# (text, a longer person that must be kept, its title)
LONGER_KEEPS = [
    # … but two given names in ة joined by و are two people (فاطمة وعائشة)
    ('وقالت فاطمة وعائشة إن "الأمر انتهى".', "فاطمة وعائشة", None),
    # … but not someone by shape or word (مصرفي كبير), a domain that names a body's people (وزراء المالية، وسائل
    # إعلام), nor a name whose family name the article writes only with its own ال (آمنة المقطري)
    ('وتراجعت أسعار النفط أمس.\nوقال مصرفي كبير إن "أيام الأموال السهلة ولت".', "مصرفي كبير", None),
    ('واجتمع وزراء المالية في بوينس آيرس.\nوقال وزراء المالية في بيان إن "زيادة التوترات في مجال التجارة يشكل تهديداً للنمو".', "وزراء المالية", None),
    ('ونقلت وسائل إعلام عن مسؤولين قولهم إن "الزيارة تاريخية".', "وسائل إعلام", None),
    ('واندلعت الحرائق في شمال الولاية.\nوقالت أجهزة الإطفاء في كاليفورنيا إن "الحريق بات تحت السيطرة".', "أجهزة الإطفاء", None),
    ('وقالت آمنة المقطري، مديرة الموارد البشرية، إن "الإصرار والمثابرة من الأمور الحاسمة".', "آمنة المقطري", None),
    # ant-SK-internationalNews-1815-20180527: a name that starts with ك and ends in ه (كزافييه) is no ك + noun + «his»
    ('أجبر بائع صحف في كشك على سحب إعلان دعائي للغلاف الاخير لمجلة لوبوان.\nوقال كزافييه ماغنان مدير مكتب عمدة بونتيه جوريس أبرار: "قامت مجموعة من الأتراك من أنصار أردوغان بتهديد صاحب الكشك".',
     "كزافييه ماغنان", None),
    # snn-012246 (dev40): a title holder's name, though his family name is the first word with ال (مثيب المثيب)
    ('وقال رئيس نادي الجبلين فهد الموكا: "جاء إشراف نادي الجبلين على البطولة لأهمية دعم أندية الوطن".\nوقال رئيس نادي فيد مثيب المثيب: "دورة سلمى من أنجح الدورات الرياضية".',
     "مثيب المثيب", "رئيس نادي فيد"),
    # (the same text) without the title, X الX is still a family's name
    ('وقال رئيس نادي الجبلين فهد الموكا: "جاء إشراف نادي الجبلين على البطولة لأهمية دعم أندية الوطن".\nوقال رئيس نادي فيد مثيب المثيب: "دورة سلمى من أنجح الدورات الرياضية".',
     "مثيب المثيب", None),
    # snn-008554 (the shape): a given name first (كريستيل)
    ('وتقول كريستيل برويا إن "الحلويات فن قبل كل شيء، وهي تحب المطبخ منذ الصغر".', "كريستيل برويا", None),
]


# (rule, text, a one-word speaker that must be kept)
KEEPS = [
    # … but a given name of that shape is a name (باولا، كارلا), and so is one in يا (ناديا)
    ("_accusative_agent", 'وقالت باولا في بيان: "نحن مستعدون للحوار".', "باولا"),
    ("_accusative_agent", 'وقالت ناديا في بيان: "نحن مستعدون للحوار".', "ناديا"),
    # … but a name in يا is kept (ماريا، أنطونيا)
    ("_accusative_nisba", 'وقالت ماريا في بيان: "نحن مستعدون للحوار".', "ماريا"),
    # a foreign name whose letters end like «our» after ت is no pronoun when shorter than five letters; a name
    # starting with س is no future verb (سيمون، ستيفن)
    ("_verb", 'وقال ستيفن في بيان: "نحن مستعدون للحوار".', "ستيفن"),
    ("_with_pronoun", 'وقالت تينا في بيان: "نحن مستعدون للحوار".', "تينا"),
    # ant-FR-internationalNews-1732-20180610: «its leaders» are someone, with their pronoun
    ("_with_pronoun", 'وخلال قمة مالبي في كندا، رفض الاتحاد الأوروبي مقترح الرئيس الأمريكي دونالد ترامب إعادة ضم روسيا الى المجموعة، التي أصدر زعماؤها بياناً قالوا فيه: ”نحض روسيا على الكف عن سلوكها المزعزع للاستقرار“.',
     "زعماؤها"),
    # ant-SK-internationalNews-2430-20180702: a noun of agent names a trainee, though the article writes المتدربين
    ("_definite", 'وقصد عدد من المتدربين معسكرا في إقليم كرمان شاه، غربي إيران.\nوقال متدرب من طالبان في إيران للصحيفة: "لقد بدأ تدريبي في كرمان شاه قبل عشرة أيام من حلول شهر رمضان".',
     "متدرب"),
    # ant-JA-internationalNews-286-20161101: a nisba plural names Iraqis, though the article writes العراقيين
    ("_definite", 'ونقل الهاني شهادات عن عراقيين بقولهم إن الفتنة الطائفية في العراق "كذبة كبرى" وليس هناك أي خلاف بين العراقيين من سنة وشيعة.',
     "عراقيين"),
    # ant-BB-internationalNews-1112-20180928 (the shape): a woman is someone, though the article writes المرأة
    ("_definite", 'وتحدثت المرأة عن الحفل.\nكما أرسلت امرأة لم تفصح عن هويتها رسالة لعضو في مجلس الشيوخ تقول فيها إن ابنتها شاهدت الحادث "بصورة عنيفة".',
     "امرأة"),
    # ant-SK-sport-602-20180407: a foreign surname alone is a name
    ("_definite", 'وقال بوكيتينو للصحفيين الجمعة "أنا لا أهتم بالمواضيع الشخصية بين اللاعبين وإدارة النادي".', "بوكيتينو"),
    # (a corpus sentence's shape) two sources are someone (قال مصدران)
    ("_definite", 'وكانت المصادر قد تحدثت عن التقرير. قال مصدران إن "السعوديين يحضرون تقريرا جديدا".', "مصدران"),
    # ant-BB-internationalNews-931-20180806, ant-BB-culture-232-20180718: a فاعل and a plural in ون name someone
    # (a tourist, others) though news writes السائح، الآخرون; (a corpus sentence's shape) a one-word name that is
    # also a noun (أحلام: common_nouns.json names)
    ("_common_noun", 'وشعر الناس في جزيرة بالي بالهزة الأرضية لعدة ثوان.\nوقال سائح كان في إجازة في بالي إن غرفة الفندق اهتزت بشدة "وكان من المستحيل الاستمرار في الوقوف".',
     "سائح"),
    ("_common_noun", 'واتفق البعض على أنها ترمز لهبوط أشعة الشمس من السماء ممثلة في شكل الهُريم، في حين يرى آخرون أن الهُريم يلعب نفس دور الهرم كرمز "للتل الأزلي" الذي بدأت عليه عملية خلق الكون.',
     "آخرون"),
    ("_common_noun", 'وأحيت المطربة الإماراتية الحفل في دبي.\nوقالت أحلام للصحفيين: "سعيدة بلقاء جمهوري في هذه الليلة".',
     "أحلام"),
    # (the shape, from the review) a noun of agent with «his» and a feminine noun of agent or فعيلة name someone
    ("_common_noun", 'وأصيب الوزير في الحادث.\nوقال سائقه إن "السيارة انحرفت فجأة عن الطريق".', "سائقه"),
    ("_common_noun", 'ووقعت الحادثة في المدرسة.\nوقالت مراهقة إن "المعلم كان يصرخ طوال الوقت".', "مراهقة"),
]


def reason(text: str, word: str) -> str | None:
    """What the check says of `word` read as a one-word person in `text`."""
    cast = read_document(Document("t", text, None)).cast
    assert cast is not None, "the text has a quote"
    return no_name_reason(Speaker(word, key(word), None, "person"), cast)


@pytest.mark.parametrize("rule,text,name,why", LONGER)
def test_a_longer_person_is_read_by_its_first_word(rule, text, name, why):
    cast = read_document(Document("t", text, None)).cast
    assert no_name_reason(Speaker(name, key(name), None, "person"), cast) == why


@pytest.mark.parametrize("text,name,title", LONGER_KEEPS)
def test_a_longer_name_is_kept(text, name, title):
    cast = read_document(Document("t", text, None)).cast
    assert no_name_reason(Speaker(name, key(name), title, "person"), cast) is None


def ids(table):
    return [f"{r[0]}-{i}" for i, r in enumerate(table)]


@pytest.mark.parametrize("rule,text,word,why", FIRES, ids=ids(FIRES))
def test_rule_fires(rule, text, word, why):
    assert reason(text, word) == why
    assert rule in {r.__name__ for r in RULES}


@pytest.mark.parametrize("rule,text,word", KEEPS, ids=ids(KEEPS))
def test_rule_keeps(rule, text, word):
    assert reason(text, word) is None


@pytest.mark.parametrize("rule", [r.__name__ for r in RULES])
def test_every_rule_has_rows_both_ways(rule):
    assert sum(1 for r in FIRES if r[0] == rule) >= 1
    assert rule in ("_not_a_word", "_verb", "_preposition") or sum(1 for r in KEEPS if r[0] == rule) >= 1


def test_a_rejected_word_lets_the_next_sieve_name_the_speaker():
    """ant-AL-internationalNews-35-20180216: «جروحها» read after يصفه is rejected with its reason, and the
    sentence's earlier cue names بيتر ري."""
    text = next(r[1] for r in FIRES if r[2] == "جروحها")
    rows = {r.quote: r for r in records(Document("t", text, None))}
    assert rows["قطع سكين حاد"].speaker == "بيتر ري"
    assert rows["قطع سكين حاد"].rule == "cue-verb/same-sentence"
    att = next(a for a in read_document(Document("t", text, None)).attributions if text[a.span.start:a.span.end] == "قطع سكين حاد")
    rejected = [s for s in att.trace if s.outcome == "rejected" and s.reason.startswith("lone-word:")]
    assert [(s.candidate, s.reason) for s in rejected] == [("جروحها", "lone-word: a word with an attached pronoun")]


def test_a_common_noun_rejected_lets_the_speaker_carried_over_speak():
    """ant-SK-internationalNews-3376-20181009: «تفاصيل» (ولم يذكر تفاصيل) is no speaker; وأضاف goes on with the
    minister."""
    text = next(r[1] for r in FIRES if r[2] == "تفاصيل")
    rows = {r.quote: r for r in records(Document("t", text, None))}
    row = rows["يمكن أيضا وضع شروط على تأشيرات الإقامة في منطقة معينة ولو لأعوام قليلة"]
    assert (row.speaker, row.rule) == ("آلان تدغ", "cue-verb/implicit-last")


def test_a_one_word_name_and_a_longer_speaker_are_not_read():
    """A registry person's spelling, a given name and a speaker of two words are never looked at."""
    text = KEEPS[4][1]
    cast = read_document(Document("t", text, None)).cast
    assert no_name_reason(Speaker("ترامب", key("ترامب"), None, "person"), cast) is None
    assert no_name_reason(Speaker("محمد", key("محمد"), None, "person"), cast) is None
    assert no_name_reason(Speaker("صوت الرجل", key("صوت الرجل"), None, "person"), cast) is None
    assert no_name_reason(Speaker("الشركة", key("الشركة"), None, "organisation"), cast) is None


def test_common_nouns_may_not_list_a_given_name(tmp_path, monkeypatch):
    """common_nouns.json is checked on load: a given name listed as a noun is an error naming the file."""
    import quotes.lexicon_forms as forms
    from quotes.errors import DataFileError
    real = forms._load
    monkeypatch.setattr(forms, "_load", lambda f, req: {"nouns": ["سنة", "محمد"], "names": []}
                        if f == "common_nouns.json" else real(f, req))
    with pytest.raises(DataFileError, match=r"quotes/data/common_nouns.json: nouns \['محمد'\] are given names"):
        forms.common_nouns(frozenset({"محمد"}))
    monkeypatch.setattr(forms, "_load", lambda f, req: {"nouns": ["سنة", "أحلام"], "names": ["أحلام"]})
    assert forms.common_nouns(frozenset({"محمد"})) == {"سنه"}

