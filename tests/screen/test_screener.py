"""Screening names and extractions against fixture lists loaded through the real blocking keys."""

from __future__ import annotations

import pytest
from screen_helpers import MemoryListStore, load_fixture

from armswatch.errors import BadQueryError
from armswatch.model import Document, Entity, Extraction, Mention, Party, Transfer
from armswatch.screen.screener import NoListsError, Screener


@pytest.fixture()
def screener() -> Screener:
    store = MemoryListStore()
    load_fixture(store)
    return Screener(store)


@pytest.mark.parametrize("query", ["Viktor Bout", "فيكتور بوت", "Виктор Бут", "BOUT Viktor", "Victor Butt"])
def test_bout_first_in_any_script(screener: Screener, query: str) -> None:
    hits = screener.screen(query, type="person")
    assert hits and hits[0].entity_id == "ofac-8279"
    assert hits[0].match and hits[0].list_id == "8279" and hits[0].programs == ["DRCONGO"]
    assert "name" in hits[0].explanation


@pytest.mark.parametrize("query", ["أنصار الله", "الحوثيين", "الحوثيون", "Ansarallah", "Houthis"])
def test_houthi_names_hit_both_listings(screener: Screener, query: str) -> None:
    ids = {h.entity_id for h in screener.screen(query)}
    assert {"ofac-47664", "un-yee001"} <= ids, ids


def test_leader_matched_across_scripts(screener: Screener) -> None:
    hits = screener.screen("عبد الملك الحوثي", type="person")
    assert hits[0].entity_id == "un-yei004"
    # His brother shares given-name prefix and family name, but not the whole name.
    assert all(h.score < hits[0].score for h in hits[1:])


def test_given_name_only_is_not_a_hit(screener: Screener) -> None:
    hits = screener.screen("فيكتور يانوكوفيتش", type="person")
    assert [h.entity_id for h in hits] == ["ofac-yanukovych"]
    below = screener.screen("Viktor Petrov", all_hits=True)
    assert below and not any(h.match for h in below)


def test_person_query_does_not_hit_a_vessel(screener: Screener) -> None:
    hits = screener.screen("Viktor Bout", type="person", all_hits=True)
    vessel = next(h for h in hits if h.entity_id == "vessel-viktor")
    assert not vessel.match and "type mismatch" in vessel.explanation
    assert hits[0].entity_id == "ofac-8279"


def test_birth_date_confirms_or_lowers(screener: Screener) -> None:
    agree = screener.screen("Viktor Bout", birth_date="1967")[0]
    assert "agrees" in agree.explanation
    conflict = screener.screen("Viktor Bout", birth_date="1990-05-01", all_hits=True)
    bout = next(h for h in conflict if h.entity_id == "ofac-8279")
    assert "birth date conflict" in bout.explanation and bout.score < agree.score


def test_country_mismatch_noted(screener: Screener) -> None:
    hit = next(h for h in screener.screen("Viktor Bout", country="FR", all_hits=True)
               if h.entity_id == "ofac-8279")
    assert "country FR not among" in hit.explanation


def test_all_hits_sorted_best_first(screener: Screener) -> None:
    hits = screener.screen("Viktor", all_hits=True)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize(("name", "message"), [
    ("", "empty"), ("   \t ", "empty"), ("\u200f\u202b\u202c", "empty"), ("x" * 10_000, "limit is"),
    ("!!!", "no letters"),
])
def test_bad_names_rejected_clearly(screener: Screener, name: str, message: str) -> None:
    with pytest.raises(BadQueryError, match=message):
        screener.screen(name)


def test_bidi_marks_and_controls_are_ignored(screener: Screener) -> None:
    hits = screener.screen("\u202bفيكتور\u200f بوت\u202c\x07")
    assert hits[0].entity_id == "ofac-8279"


def test_bad_options_rejected(screener: Screener) -> None:
    with pytest.raises(BadQueryError, match="birth date"):
        screener.screen("Viktor Bout", birth_date="13/01/1967")
    with pytest.raises(BadQueryError, match="country"):
        screener.screen("Viktor Bout", country="Russia")
    with pytest.raises(BadQueryError, match="type"):
        screener.screen("Viktor Bout", type="vessel")


def test_no_lists_is_an_error() -> None:
    with pytest.raises(NoListsError, match="armswatch lists load"):
        Screener(MemoryListStore()).screen("Viktor Bout")


def test_uses_the_candidate_index(screener: Screener) -> None:
    store = screener.store
    assert isinstance(store, MemoryListStore)
    before = store.candidate_calls
    screener.screen("Viktor Bout")
    assert store.candidate_calls == before + 1


def _mention(text: str, type_: str) -> Mention:
    return Mention(text=text, start=0, end=len(text), type=type_, canonical=text, extractor="test")


def test_screen_extraction_fills_hits_and_embargo_flags(screener: Screener) -> None:
    doc = Document(source="a.txt", text="x")
    bout = Entity("e1", "فيكتور بوت", "person", [_mention("فيكتور بوت", "person")])
    houthis = Entity("e2", "الحوثيين", "armed_group", [_mention("للحوثيين", "armed_group")])
    yemen = Entity("e3", "اليمن", "location", [_mention("اليمن", "location")])
    dprk = Entity("e4", "كوريا الشمالية", "state", [_mention("كوريا الشمالية", "state")])
    transfer = Transfer(supplier=[Party("كوريا الشمالية", "كوريا الشمالية", "e4")],
                        broker=[Party("فيكتور بوت", "فيكتور بوت", "e1")],
                        recipient=[Party("الحوثيين", "للحوثيين", "e2")])
    extraction = Extraction(document=doc, entities=[bout, houthis, yemen, dprk], transfers=[transfer])
    screener.screen_extraction(extraction)
    assert bout.sanctions[0].entity_id == "ofac-8279"
    assert {"ofac-47664", "un-yee001"} <= {h.entity_id for h in houthis.sanctions}
    assert yemen.sanctions == [] and yemen.embargoes == []
    assert dprk.sanctions == []  # states: embargoes only
    assert [f["regime"] for f in houthis.embargoes] == ["yemen_houthis"]
    assert [f["regime"] for f in dprk.embargoes] == ["dprk"]
    roles = {(f["regime"], f["role"]) for f in transfer.embargo_flags}
    assert roles == {("yemen_houthis", "recipient"), ("dprk", "supplier")}
    assert "embargo_flags" in transfer.to_json()
