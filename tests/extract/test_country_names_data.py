"""The shipped countries.json: valid codes, broad coverage, and lookups through the entity matcher."""

from __future__ import annotations

import json

import pytest

from armswatch.extract.resources import DATA_DIR, LANGUAGES, load_country_names

COUNTRIES = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))["countries"]


def _babel_codes() -> set[str]:
    from babel import Locale

    return {code for code in Locale.parse("en").territories if len(code) == 2 and code.isalpha()}


def test_every_listed_code_is_a_known_territory() -> None:
    known = _babel_codes()
    unknown = [c["code"] for c in COUNTRIES if c["code"] not in known]
    assert not unknown


def test_at_least_80_states_have_adjectives_in_all_languages() -> None:
    names = load_country_names()
    full = [code for code, c in names.items() if all(c.adjectives.get(lang) for lang in LANGUAGES)]
    assert len(full) >= 80
    with_metonyms = [code for code, c in names.items()
                     if all(c.metonyms.get(lang) for lang in ("en", "ru", "fr"))]
    assert len(with_metonyms) >= 80


@pytest.mark.parametrize("capital", ["موسكو", "Москва", "Moscow", "Moscou"])
def test_moscow_is_a_russian_metonym(capital: str) -> None:
    russia = load_country_names()["RU"]
    assert any(capital in items for items in russia.metonyms.values())


def test_canonical_short_names() -> None:
    names = load_country_names()
    expected = {"RU": "Russia", "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "SY": "Syria",
                "AE": "United Arab Emirates", "GB": "United Kingdom", "CZ": "Czech Republic",
                "CD": "Democratic Republic of the Congo", "BY": "Belarus", "TW": "Taiwan", "PS": "Palestine",
                "VN": "Vietnam", "TR": "Turkey", "US": "United States"}
    assert {code: names[code].canonical for code in expected} == expected


@pytest.mark.parametrize(("text", "canonical", "adjective"), [
    ("لإيران", "Iran", False),
    ("Белоруссией", "Belarus", False),
    ("Беларуси", "Belarus", False),
    ("روسيا البيضاء", "Belarus", False),
    ("بيونغ يانغ", "North Korea", False),
    ("الكورية الشمالية", "North Korea", True),
    ("والروسية", "Russia", True),
    ("российских", "Russia", True),
    ("в Киеве", "Ukraine", False),
    ("Russian-made", "Russia", True),
    ("américaines", "United States", True),
    ("Соединенных Штатов", "United States", False),
    ("طهران", "Iran", False),
])
def test_lookup_through_entity_matcher(text: str, canonical: str, adjective: bool) -> None:
    if not (DATA_DIR / "gazetteer.json").exists():
        pytest.skip("gazetteer.json is not built yet")
    from armswatch.extract.lexicons import entity_matcher
    from armswatch.extract.text import tokenize

    tokens = tokenize(text)
    matches = entity_matcher().find_all(tokens)
    assert matches, text
    refs = [r for m in matches for r in m.payloads if r.type == "state"]
    assert any(r.canonical == canonical and r.adjective == adjective for r in refs), refs
