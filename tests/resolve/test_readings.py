"""Latin names read as a Russian transcriber hears them meet their Cyrillic spellings."""

from armswatch.resolve.names import parse_name
from armswatch.resolve.readings import russian_reading
from armswatch.screen.matcher import compare_names


def test_silent_french_endings_and_latin_nominative_are_dropped() -> None:
    assert russian_reading("belvaux") == "belvo"
    assert russian_reading("dussaut") == "dusso"
    assert russian_reading("quirinus") == "quirin"


def test_no_reading_when_no_rule_applies() -> None:
    assert russian_reading("petrov") == ""


def test_cyrillic_spelling_of_french_name_matches_its_latin_form() -> None:
    assert compare_names("Бельво Дюссо", "Belvaux Dussaut").score >= 0.75
    assert compare_names("Эрню Квирин", "Hernu Quirinus").score >= 0.75


def test_reading_is_not_used_between_two_latin_names() -> None:
    # "Belvo" is the reading of "Belvaux", but a Latin query must meet the Latin spelling.
    assert compare_names("Belvo", "Belvaux").score < compare_names("Бельво", "Belvaux").score


def test_reading_does_not_match_a_different_surname() -> None:
    assert compare_names("Бельво Дюссо", "Belvaux Durand").score < 0.75
    assert parse_name("Petrov").parts[0].readings == ()
