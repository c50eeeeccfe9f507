"""The shipped given_names.json: size, key spellings, and no ordinary words taken for names."""

from __future__ import annotations

import pytest

from armswatch.extract.resources import load_given_names
from armswatch.extract.text import match_forms


def test_counts() -> None:
    names = load_given_names()
    assert len(names.ar) >= 2000
    assert len(names.ru) >= 1500
    assert len(names.latin) >= 3000


@pytest.mark.parametrize(("spelling", "latin"), [
    ("فيكتور", "Viktor"), ("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("عبد الله", "Abdullah"),
    ("فلاديمير", "Vladimir"),
])
def test_arabic_spellings(spelling: str, latin: str) -> None:
    assert load_given_names().ar[spelling] == latin


@pytest.mark.parametrize(("spelling", "latin"), [
    ("Виктор", "Viktor"), ("Сергей", "Sergei"), ("Игорь", "Igor"), ("Сергеем", "Sergei"),
])
def test_russian_spellings(spelling: str, latin: str) -> None:
    assert load_given_names().ru[spelling] == latin


@pytest.mark.parametrize("latin", ["Viktor", "Victor", "Mohammed", "John", "Sergei", "Olga"])
def test_latin_names(latin: str) -> None:
    assert latin in load_given_names().latin


ORDINARY_AR = ["الى", "إلى", "بين", "وزير", "قال", "عام", "كريم", "جهاد", "سلام", "أمين", "لصالح", "صالح",
               "البيت", "بيت", "جو", "عمر", "يزيد", "مالك", "قائد", "رئيس", "في", "من", "عن"]
ORDINARY_LATIN = ["Will", "May", "General", "Israel", "Jordan", "China", "King", "Young"]


def test_no_ordinary_arabic_words() -> None:
    keys = {match_forms(s)[0] for s in load_given_names().ar}
    present = [w for w in ORDINARY_AR if match_forms(w)[0] in keys]
    assert not present


def test_no_ordinary_latin_words() -> None:
    latin = load_given_names().latin
    assert not [w for w in ORDINARY_LATIN if w in latin]
