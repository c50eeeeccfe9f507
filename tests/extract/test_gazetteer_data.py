"""The shipped gazetteer.json: size, valid types, no duplicates, and lookups through the entity matcher."""

from __future__ import annotations

from collections import Counter

import pytest

from armswatch.extract.lexicons import EntityRef, entity_matcher
from armswatch.extract.resources import GAZETTEER_TYPES, load_gazetteer
from armswatch.extract.text import phrase_forms, tokenize


def _lookup(text: str) -> list[EntityRef]:
    """Payloads of the longest entity match starting at the first token of ``text``."""
    tokens = tokenize(text)
    match = entity_matcher().longest_at(tokens, 0, len(tokens))
    return list(match.payloads) if match else []


def _has(text: str, canonical: str, kind: str) -> bool:
    # the engine reads the gazetteer's "state" entries (ministries, the Kremlin) as organisations of that state
    kinds = {kind, "organization"} if kind == "state" else {kind}
    return any(ref.canonical == canonical and ref.type in kinds for ref in _lookup(text))


def test_size_and_types() -> None:
    entries = load_gazetteer()
    assert len(entries) >= 600
    assert {e.type for e in entries} <= GAZETTEER_TYPES
    counts = Counter(e.type for e in entries)
    assert counts["armed_group"] >= 60 and counts["organization"] >= 250
    assert counts["person"] >= 150 and counts["location"] >= 250


def test_no_duplicate_canonical_and_type() -> None:
    pairs = Counter((e.canonical.casefold(), e.type) for e in load_gazetteer())
    assert [pair for pair, n in pairs.items() if n > 1] == []


def test_every_armed_group_has_arabic_and_english_aliases() -> None:
    missing = [e.canonical for e in load_gazetteer() if e.type == "armed_group"
               and not (e.aliases.get("ar") and e.aliases.get("en"))]
    assert missing == []


def test_countries_are_not_listed_as_gazetteer_states() -> None:
    names = {"russia", "iran", "yemen", "france", "united states", "china", "sudan"}
    assert [e.canonical for e in load_gazetteer() if e.canonical.casefold() in names] == []


def test_no_alias_is_a_common_function_word() -> None:
    # the matcher is case-insensitive and shared by all languages: "UN" would match French "un"
    banned = {"un", "eu", "au", "is", "the", "le", "la", "les", "it", "us", "on", "an", "a", "de", "et", "эта", "и"}
    bad = [(e.canonical, alias) for e in load_gazetteer() for aliases in e.aliases.values() for alias in aliases
           if len(phrase_forms(alias)) == 1 and phrase_forms(alias)[0] in banned]
    assert bad == []


@pytest.mark.parametrize(("text", "canonical", "kind"), [
    ("للحوثيين", "Houthis", "armed_group"),
    ("والحوثيون", "Houthis", "armed_group"),
    ("Houthi rebels", "Houthis", "armed_group"),
    ("хуситов", "Houthis", "armed_group"),
    ("Рособоронэкспорта", "Rosoboronexport", "organization"),
    ("روسوبورون إكسبورت", "Rosoboronexport", "organization"),
    ("Hezbollah", "Hezbollah", "armed_group"),
    ("لحزب الله", "Hezbollah", "armed_group"),
    ("قوات الدعم السريع", "Rapid Support Forces", "armed_group"),
    ("بالدعم السريع", "Rapid Support Forces", "armed_group"),
    ("قسد", "Syrian Democratic Forces", "armed_group"),
    ("الحشد الشعبي", "Popular Mobilization Forces", "armed_group"),
    ("داعش", "Islamic State", "armed_group"),
    ("Daech", "Islamic State", "armed_group"),
    ("Wagner Group", "Wagner Group", "armed_group"),
    ("ЧВК Вагнер", "Wagner Group", "armed_group"),
    ("Lockheed Martin", "Lockheed Martin", "organization"),
    ("لوكهيد مارتن", "Lockheed Martin", "organization"),
    ("Ростеха", "Rostec", "organization"),
    ("الحرس الثوري", "Islamic Revolutionary Guard Corps", "state"),
    ("فيلق القدس", "Quds Force", "state"),
    ("إدارة مكافحة المخدرات", "Drug Enforcement Administration", "state"),
    ("التحالف العربي", "Saudi-led coalition", "state"),
    ("الكرملين", "Kremlin", "state"),
    ("Кремля", "Kremlin", "state"),
    ("إدارة بايدن", "White House", "state"),
    ("Pentagone", "US Department of Defense", "state"),
    ("Conseil de sécurité", "UN Security Council", "organization"),
    ("وول ستريت جورنال", "The Wall Street Journal", "organization"),
    ("Reuters", "Reuters", "organization"),
    ("رويترز", "Reuters", "organization"),
    ("SIPRI", "SIPRI", "organization"),
    ("Eurosatory", "Eurosatory", "organization"),
    ("Виктора Бута", "Viktor Bout", "person"),
    ("Виктором Бутом", "Viktor Bout", "person"),
    ("فيكتور بوت", "Viktor Bout", "person"),
    ("منذر الكسار", "Monzer al-Kassar", "person"),
    ("عبد الملك الحوثي", "Abdulmalik al-Houthi", "person"),
    ("خليفة حفتر", "Khalifa Haftar", "person"),
    ("Хафтара", "Khalifa Haftar", "person"),
    ("Prigojine", "Yevgeny Prigozhin", "person"),
    ("الحديدة", "Hodeidah", "location"),
    ("بالحديدة", "Hodeidah", "location"),
    ("Ходейды", "Hodeidah", "location"),
    ("Port-Soudan", "Port Sudan", "location"),
    ("البحر الأحمر", "Red Sea", "location"),
    ("Красного моря", "Red Sea", "location"),
    ("الشرق الأوسط", "Middle East", "location"),
    ("أمريكا الجنوبية", "South America", "location"),
    ("détroit d'Ormuz", "Strait of Hormuz", "location"),
])
def test_lookup(text: str, canonical: str, kind: str) -> None:
    assert _has(text, canonical, kind), _lookup(text)


@pytest.mark.parametrize("text", ["un accord", "il a eu", "at the time", "the national army", "dans le monde",
                                  "la libération", "30 ft", "the edge"])
def test_common_words_are_not_entities(text: str) -> None:
    refs = [r for r in _lookup(text) if r.type != "state" or not r.adjective]
    assert refs == [], refs
