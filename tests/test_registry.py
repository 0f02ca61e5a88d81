"""The registry of known speakers (quotes/registry.py): validated on load, every error naming the file and
the line; stable ids from the registry id; dated offices; a user's registry over the built-in one."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from registry_fixture import REGISTRY

from quotes.registry import RegistryError, load_registry, parse_registry, title_key
from quotes.spelling import DIFFERENT, SAME, VARIANT, WEAK, name_words, word_relation


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "type": "person", "name": "س"', "not valid JSON"),
    ('{"id": "x", "type": "person", "name": "سعد", "rank": 1}', "unknown field"),
    ('{"id": "x y", "type": "person", "name": "سعد"}', "id 'x y'"),
    ('{"id": "x", "type": "people", "name": "سعد"}', "type 'people'"),
    ('{"id": "x", "type": "person", "name": "Saad"}', "not written in Arabic"),
    ('{"id": "x", "type": "person", "name": "سعد", "wikidata": "22686"}', "wikidata"),
    ('{"id": "x", "type": "person", "name": "سعد", "roles": [{"title": "الوزير", "from": "2018-13-01"}]}',
     "not a date"),
    ('{"id": "x", "type": "person", "name": "سعد", "roles": [{"title": "الوزير", "from": "2019-01-01", '
     '"to": "2018-01-01"}]}', "ends"),
    ('{"id": "trump", "type": "person", "name": "سعد"}', "already used at test.jsonl:3"),
    ('{"id": "x", "type": "person", "name": "سعد", "variants": ["ترمب"]}', "also names 'trump'"),
    ('{"id": "x", "type": "person", "name": "سعد", "roles": [{"title": "الرئيس الأميركي", "from": "2018-01-01"}]}',
     "overlaps that of 'trump'"),
])
def test_registry_errors_name_the_file_and_the_line(line, message):
    text = REGISTRY + "\n\n" + line + "\n"
    with pytest.raises(RegistryError) as err:
        parse_registry(text, "test.jsonl")
    assert "test.jsonl:6:" in str(err.value) and message in str(err.value)


def test_the_shipped_registry_is_valid_and_large():
    reg = load_registry()
    assert len(reg.entries) >= 300
    assert reg.entries["vladimir-putin"].en == "Vladimir Putin"
    assert reg.named(("بوتن",)).id == "vladimir-putin"


def test_a_user_registry_takes_precedence(tmp_path):
    user = tmp_path / "mine.jsonl"
    user.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "Q22686", "type": "person", "name": "دونالد جون ترامب", "en": "Donald J. Trump",
         "wikidata": "Q22686", "variants": ["دونالد ترامب", "ترامب"],
         "roles": [{"title": "الرئيس الأمريكي", "from": "2017-01-20", "to": "2021-01-20"}]},
        {"id": "vladimir-putin", "type": "person", "name": "فلاديمير بوتين", "en": "Putin (mine)"}]) + "\n",
        encoding="utf-8")
    reg = load_registry(user)
    assert reg.named(("دونالد", "ترامب")).id == "Q22686" and reg.named(("ترامب",)).id == "Q22686"
    assert reg.named(("ترمب",)).id == "donald-trump"                 # a name the user did not claim
    assert reg.entries["vladimir-putin"].en == "Putin (mine)" and reg.named(("بوتن",)) is None
    assert reg.holder("رييس امريكي", dt.date(2018, 1, 1)).id == "Q22686"
    assert reg.holder("رييس امريكي", dt.date(2026, 1, 1)).id == "donald-trump"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "type": "person"}\n', encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.jsonl:1: `name`"):
        load_registry(bad)
    with pytest.raises(RegistryError, match="no such file"):
        load_registry(tmp_path / "missing.jsonl")




# (word, word, relation): the spelling relation the build-wide ids use (quotes/spelling.py)
WORDS = [("بوتين", "بوتن", VARIANT), ("نتنياهو", "نتانياهو", VARIANT), ("هايلي", "هيلي", VARIANT),
         ("ترامب", "ترمب", VARIANT), ("سيرغي", "سيرجي", VARIANT), ("كيري", "كيرى", SAME),
         ("غوتيريس", "غوتيريش", WEAK), ("نويرت", "ناورت", WEAK), ("ماركل", "ميركل", WEAK),
         ("جوناثان", "جونسون", DIFFERENT), ("محمد", "محمود", DIFFERENT), ("حسن", "حسين", DIFFERENT),
         ("عويضة", "عودة", DIFFERENT), ("جيم", "جيمس", DIFFERENT)]


@pytest.mark.parametrize("a, b, want", WORDS)
def test_word_relations(a, b, want):
    assert word_relation(name_words(a)[0], name_words(b)[0]) == want


def test_names_join_their_compounds_and_drop_an_opening_honorific():
    assert name_words("عبد الفتاح السيسي") == name_words("عبدالفتاح السيسي") == ["عبدالفتاح", "السيسي"]
    assert name_words("حسن نصر الله") == name_words("حسن نصرالله")
    assert name_words("آية الله علي خامنئي") == name_words("علي خامنئي")


def test_title_keys_fold_spellings_of_one_title():
    assert title_key("الرئيس الأميركي") == title_key("الرئيس الأمريكي") == title_key("للرئيس الامريكي")
    assert title_key("الناطق باسم الكرملين") == title_key("المتحدث باسم الكرملين")
    assert title_key("المتحدثة باسم البيت الأبيض") != title_key("المتحدث باسم البيت الأبيض")
