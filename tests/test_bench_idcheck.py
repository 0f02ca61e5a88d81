"""bench/idcheck.py's scorer: which judged names are the person the speaker id holds (rows of idcheck_s16)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location("idcheck", Path(__file__).parent.parent / "bench" / "idcheck.py")
idcheck = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(idcheck)

SAME = [
    ("ترامب", "دونالد ترامب"),                                    # a surname and the full name
    ("رسول الله صلى الله عليه وسلم", "النبي محمد"),                # a formula that names the Prophet (row 23)
    ("الله عز وجل", "الله"),
    ("حسن نصرالله", "نصر الله"),                                  # idcheck_s19 row 29: a name written without its space
    ("بشار الأسد", "بشارالأسد"),                                  # idcheck_s19 row 63
]
OTHER = [
    ("علي السيستاني", "حيدر العبادي"),                            # row 64: someone else's words
    ("الجماهير", "رجب طيب أردوغان"),                              # row 6: the crowd answering him
    ("رسول الله صلى الله عليه وسلم", "الله"),                     # a formula naming another speaker
]


@pytest.mark.parametrize("judged,canonical", SAME)
def test_same_person(judged, canonical):
    assert idcheck.same_person(judged, canonical)


@pytest.mark.parametrize("judged,canonical", OTHER)
def test_other_person(judged, canonical):
    assert not idcheck.same_person(judged, canonical)
