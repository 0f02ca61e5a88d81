"""Which speakers name no one in particular (quotes.generic.generic_kind): bare generic nouns, titles
alone and anonymous sources get no build-wide identity."""
from __future__ import annotations

import pytest

from quotes.generic import ANONYMOUS, BARE_NOUN, TITLE_ONLY, generic_kind

CASES = [
    # (speaker, speaker_type, expected)
    ("البيان", "document", BARE_NOUN),
    ("الشركة", "organisation", BARE_NOUN),
    ("الخارجية", "organisation", BARE_NOUN),
    ("وزارة الداخلية", "organisation", BARE_NOUN),
    ("النيابة العامة", "organisation", BARE_NOUN),
    ("للوكالة", "document", BARE_NOUN),
    ("تقارير", "person", BARE_NOUN),          # a person-typed noun is still no one
    ("اسمه", "person", BARE_NOUN),
    ("المتحدث", "title", TITLE_ONLY),
    ("الرئيس الأمريكي", "title", TITLE_ONLY),
    ("مصدر أمني", "anonymous", ANONYMOUS),
    ("وزارة الخارجية الروسية", "organisation", None),   # a nationality makes it someone
    ("البيت الأبيض", "organisation", None),
    ("الأمم المتحدة", "organisation", None),
    ("منظمة العفو الدولية", "organisation", None),
    ("فلاديمير بوتين", "person", None),
    ("محمد", "person", None),                 # a given name alone is a name (resolved elsewhere)
]


@pytest.mark.parametrize("speaker,kind,want", CASES)
def test_generic_kind(speaker, kind, want):
    assert generic_kind(speaker, kind) == want


def test_no_speaker_is_not_generic():
    assert generic_kind(None, None) is None
    assert generic_kind("", "organisation") is None
