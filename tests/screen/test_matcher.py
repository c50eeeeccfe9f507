"""Name scores across scripts, with explanations (threshold: settings.match_threshold)."""

from __future__ import annotations

import pytest

from armswatch.screen.matcher import compare_names
from armswatch.settings import get_settings

THRESHOLD = get_settings().match_threshold


@pytest.mark.parametrize(("query", "listed"), [
    ("فيكتور بوت", "BOUT, Viktor Anatolijevitch"),
    ("Виктор Бут", "Viktor Bout"),
    ("Виктор Анатольевич Бут", "BOUT, Viktor Anatolijevitch"),
    ("أنصار الله", "ANSARALLAH"),
    ("الحوثيين", "THE HOUTHIS"),
    ("الحوثيون", "HOUTHI GROUP"),
    ("Ansarallah", "ANSAR ALLAH"),
    ("عبد الملك الحوثي", "Abdulmalik al-Houthi"),
    ("Mohammed Ali", "Muhammad Ali"),
    ("Mohamad Ali", "MUHAMMAD ALI"),
    ("Viktor Bout", "BOUT, Viktor"),
    ("Viktr Bout", "Viktor Bout"),
    ("V. Bout", "Viktor Bout"),
    ("والحوثيين", "THE HOUTHIS"),
])
def test_same_party_matches(query: str, listed: str) -> None:
    result = compare_names(query, listed)
    assert result.score >= THRESHOLD, result.explain()


@pytest.mark.parametrize(("query", "listed"), [
    ("فيكتور بوت", "Viktor Yanukovych"),
    ("Viktor Bout", "YANUKOVYCH, Viktor Fedorovych"),
    ("Viktor", "Viktor Bout"),
    ("Mohammed Ali", "Mohammed Hassan"),
])
def test_shared_given_name_alone_stays_below_threshold(query: str, listed: str) -> None:
    assert compare_names(query, listed).score < THRESHOLD - 0.05


def test_two_of_three_parts_is_not_a_match() -> None:
    assert compare_names("Kim Jong Un", "KIM, Jung Jong").score < THRESHOLD


def test_bout_outranks_yanukovych_for_arabic_query() -> None:
    bout = compare_names("فيكتور بوت", "BOUT, Viktor Anatolijevitch").score
    yanukovych = compare_names("فيكتور بوت", "Viktor Yanukovych").score
    assert bout > yanukovych + 0.25


def test_explanation_names_parts_and_how_they_matched() -> None:
    text = compare_names("فيكتور بوت", "BOUT, Viktor Anatolijevitch").explain()
    assert "بوت=bout (transliteration" in text
    assert "listed parts unmatched: anatolijevitch" in text
    text = compare_names("Viktor Bout", "Viktor Yanukovych").explain()
    assert "viktor=viktor (exact" in text and "query parts unmatched: bout" in text
    assert "(initial" in compare_names("V. Bout", "Viktor Bout").explain()
    assert "(typo" in compare_names("Viktor Boutt", "Viktor Bout").explain() or \
        "(phonetic" in compare_names("Viktor Boutt", "Viktor Bout").explain()


def test_order_does_not_matter() -> None:
    same = compare_names("Viktor Bout", "Viktor Bout").score
    assert compare_names("Bout Viktor", "Viktor Bout").score == same


def test_empty_and_junk_names_score_zero() -> None:
    assert compare_names("", "Viktor Bout").score == 0.0
    assert compare_names("\u200f\u202b", "Viktor Bout").score == 0.0
    assert compare_names("!!! ---", "Viktor Bout").score == 0.0
