"""The shipped weapons catalogue (extract/data/weapons.json): valid, broad, unambiguous, and usable
through the engine's matcher on real-looking phrases in the four languages."""

from __future__ import annotations

from collections import defaultdict

import pytest

from armswatch.extract.lexicons import weapon_matcher
from armswatch.extract.resources import LANGUAGES, WEAPON_CATEGORIES, WeaponEntry, load_weapons
from armswatch.extract.text import phrase_forms, tokenize

UN_REGISTER_PREFIXES = ("I ", "II ", "III ", "IV ", "V ", "VI ", "VII ", "SALW")


def _named() -> list[WeaponEntry]:
    return [e for e in load_weapons() if not e.generic]


def _generic() -> list[WeaponEntry]:
    return [e for e in load_weapons() if e.generic]


def test_sizes() -> None:
    assert len(_named()) >= 250
    assert len(_generic()) >= 100


def test_categories_and_register_valid() -> None:
    for entry in load_weapons():
        assert entry.category in WEAPON_CATEGORIES, entry.name
        assert entry.un_register is None or entry.un_register.startswith(UN_REGISTER_PREFIXES), entry.name


def test_every_named_system_has_an_english_alias() -> None:
    for entry in _named():
        assert entry.aliases.get("en"), entry.name


def test_names_unique() -> None:
    names = [e.name for e in _named()]
    assert len(names) == len(set(names))
    generic = [e.name for e in _generic()]
    assert len(generic) == len(set(generic))


def test_aliases_cover_all_languages_broadly() -> None:
    for lang in LANGUAGES:
        with_lang = sum(bool(e.aliases.get(lang)) for e in load_weapons())
        assert with_lang >= 0.9 * len(load_weapons()), lang


def test_no_alias_maps_to_two_different_weapons() -> None:
    """Per language, after normalisation (the form the matcher stores), one alias is one weapon."""
    seen: dict[tuple[str, tuple[str, ...]], set[tuple[str, str]]] = defaultdict(set)
    for entry in load_weapons():
        for lang, aliases in entry.aliases.items():
            for alias in aliases:
                key = tuple(k for k in phrase_forms(alias) if k)
                seen[(lang, key)].add((entry.name, entry.category))
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clashes, clashes


def _lookup(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    out = []
    for match in weapon_matcher().find_all(tokens):
        named = [p for p in match.payloads if not p.generic] or match.payloads
        out.append((named[0].name, named[0].category))
    return out


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("صواريخ كورنيت", "ATGM"),
        ("Су-35", "fighter aircraft"),
        ("وصلت منظومة إس-400 إلى تركيا", "air defense system"),
        ("Россия поставила С-400 «Триумф» в Индию", "air defense system"),
        ("ضبط شحنة بنادق كلاشنكوف", "assault rifle"),
        ("The US approved the sale of F-16 fighter jets", "fighter aircraft"),
        ("طائرات إف-16", "fighter aircraft"),
        ("مقاتلات اف 16", "fighter aircraft"),
        ("ستينغر", "anti-aircraft weapon"),
        ("Kyiv received HIMARS launchers", "MLRS"),
        ("هيمارس", "MLRS"),
        ("طائرات شاهد 136", "drone"),
        ("des hélicoptères Caracal", "helicopter"),
        ("chars Leclerc", "tank"),
        ("missiles Milan", "ATGM"),
        ("Корнет", "ATGM"),
        ("МиГ-29", "fighter aircraft"),
        ("مروحيات مي-17", "helicopter"),
        ("رشاشات بي كي إم", "machine gun"),
        ("قذائف آر بي جي", "rocket launcher"),
        ("جافلين", "ATGM"),
        ("باتريوت", "air defense system"),
        ("بيرقدار", "drone"),
    ],
)
def test_named_lookups(text: str, category: str) -> None:
    found = _lookup(text)
    assert any(cat == category for _, cat in found), (text, found)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("الأسلحة الخفيفة", "small arms", "small arms"),
        ("ضبط كمية من الذخائر", "ammunition", "ammunition"),
        ("поставки стрелкового оружия", "small arms", "small arms"),
        ("противотанковые управляемые ракеты", "anti-tank missiles", "ATGM"),
        ("des missiles antichars", "anti-tank missiles", "ATGM"),
        ("صواريخ مضادة للدبابات", "anti-tank missiles", "ATGM"),
        ("منظومات دفاع جوي", "air defence systems", "air defense system"),
        ("системы ПВО", "air defence systems", "air defense system"),
        ("крылатыми ракетами", "cruise missiles", "cruise missile"),
        ("بالطائرات المسيرة", "drones", "drone"),
        ("беспилотников", "drones", "drone"),
        ("les drones", "drones", "drone"),
        ("مقاتلات", "fighter jets", "fighter aircraft"),
        ("вертолетов", "helicopters", "helicopter"),
        ("مواد متفجرة", "explosives", "explosives"),
        ("قطع غيار", "spare parts", "spare parts"),
        ("الأسلحة", "unspecified weapons", "unspecified"),
        ("вооружений", "unspecified weapons", "unspecified"),
        ("armement", "unspecified weapons", "unspecified"),
        ("military equipment", "military equipment", "unspecified"),
    ],
)
def test_generic_lookups(text: str, name: str, category: str) -> None:
    assert (name, category) in _lookup(text), (text, _lookup(text))


@pytest.mark.parametrize(
    "text",
    [
        "وقفوا لهم بالمرصاد", "فرض حصار على غزة", "the Tor browser", "Ehud Barak said", "الرئيس باراك أوباما",
        "a convoy on the M4 highway", "Milan fashion week", "طوفان الأقصى", "جامعة القدس", "Kfir Bibas was released",
        "Stacey Abrams spoke", "according to Anadolu Agency", "وكالة الأناضول", "a study in The Lancet",
        "الذين يرون أن", "Abdel Fattah al-Sisi", "Nodong Sinmun reported", "shares of Shell fell",
        "the plan could backfire", "prices spike", "a policy institute",
    ],
)
def test_ambiguous_words_are_not_weapons(text: str) -> None:
    """Common words and names sharing a spelling with a system name must not be read as that system."""
    assert not [n for n, _ in _lookup(text)], (text, _lookup(text))
