"""The article half of the SQLite store: one transaction per article, stored once per text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from armswatch.model import (
    Document,
    Entity,
    Extraction,
    Mention,
    Money,
    Party,
    SanctionHit,
    Transfer,
    Weapon,
)
from armswatch.store.sqlite import SQLiteStore
from armswatch.store.statements import ftm_entity_id

TEXT = ("التقى فيكتور بوت بممثلين عن الحوثيين في موسكو في أغسطس 2024 للتفاوض على صفقة بقيمة 10 ملايين "
        "دولار لبيع بنادق AK-74، بحسب وول ستريت جورنال. ونفى بوت ذلك.")


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make_extraction(text: str = TEXT, source: str = "a.txt") -> Extraction:
    doc = Document(source=source, text=text, language="ar", title="بوت والحوثيون")
    bout = [_find(text, "فيكتور بوت"), _find(text, "بوت", 1)]
    houthi = _find(text, "الحوثيين")
    moscow = _find(text, "موسكو")
    weapon = _find(text, "AK-74")
    person = Entity(
        id="e1", name="Viktor Bout", type="person",
        mentions=[Mention(text[s:e], s, e, "person", "Viktor Bout", "gazetteer", key="viktor bout")
                  for s, e in bout],
        sanctions=[SanctionHit(authority="US OFAC", list="SDN", list_id="us_ofac_sdn",
                               listed_name="BOUT, Viktor", entity_id="ofac-1", schema="Person",
                               programs=["LIBERIA"], score=0.97, match=True,
                               explanation="transliteration of فيكتور بوت matches")],
    )
    group = Entity(id="e2", name="Houthis", type="armed_group",
                   mentions=[Mention(text[houthi[0]:houthi[1]], *houthi, "armed_group", "Houthis", "rules")])
    place = Entity(id="e3", name="Moscow", type="location",
                   mentions=[Mention(text[moscow[0]:moscow[1]], *moscow, "location", "Moscow", "gazetteer")])
    transfer = Transfer(
        broker=[Party("Viktor Bout", text[bout[0][0]:bout[0][1]], "e1", *bout[0])],
        recipient=[Party("Houthis", text[houthi[0]:houthi[1]], "e2", *houthi)],
        weapons=[Weapon("AK-74", "AK-74", "assault rifle", *weapon)],
        value=Money(10_000_000, "USD", "10 ملايين دولار"),
        date="2024-08", location="Moscow", status="negotiating",
        reported_by=["Wall Street Journal"], denied_by=["Viktor Bout"],
        evidence=[doc.span(0, text.index("."))], confidence=0.8,
    )
    return Extraction(document=doc, entities=[person, group, place], transfers=[transfer])


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "articles.db")


def test_add_then_read_back_the_json_contract(store: SQLiteStore) -> None:
    extraction = make_extraction()
    assert store.add_extraction(extraction) is True
    assert store.count_articles() == 1
    assert store.has_article(extraction.document.content_hash)
    [stored] = list(store.articles())
    assert stored.id == extraction.document.id
    assert stored.language == "ar"
    assert stored.title == "بوت والحوثيون"
    assert stored.extraction == extraction.to_json()


def test_same_text_is_stored_once(store: SQLiteStore) -> None:
    assert store.add_extraction(make_extraction(source="first.txt"))
    # Same article from another file, with different line breaks: still the same article.
    again = make_extraction(TEXT.replace("للتفاوض ", "للتفاوض\n  "), source="copy.txt")
    assert store.add_extraction(again) is False
    assert store.count_articles() == 1
    assert [a.source for a in store.articles()] == ["first.txt"]
    assert store.conn.execute("SELECT count(*) FROM transfers").fetchone()[0] == 1


def test_normalised_tables(store: SQLiteStore) -> None:
    extraction = make_extraction()
    store.add_extraction(extraction)
    doc_id = extraction.document.id
    rows = store.conn.execute("SELECT text, span_start, span_end, extractor FROM mentions "
                              "WHERE article_id = ? AND entity_id = 'e1'", (doc_id,)).fetchall()
    assert [(r["text"], r["extractor"]) for r in rows] == [("فيكتور بوت", "gazetteer"), ("بوت", "gazetteer")]
    for row in rows:
        assert TEXT[row["span_start"]:row["span_end"]] == row["text"]

    transfer = store.conn.execute("SELECT * FROM transfers WHERE article_id = ?", (doc_id,)).fetchone()
    assert (transfer["status"], transfer["date"], transfer["value_amount"], transfer["value_currency"]) == (
        "negotiating", "2024-08", 10_000_000, "USD")
    parties = store.conn.execute("SELECT role, name, ftm_id FROM transfer_parties ORDER BY role").fetchall()
    assert [(p["role"], p["name"]) for p in parties] == [("broker", "Viktor Bout"), ("recipient", "Houthis")]
    assert parties[0]["ftm_id"] == ftm_entity_id(extraction.entities[0])
    weapon = store.conn.execute("SELECT name, category FROM transfer_weapons").fetchone()
    assert tuple(weapon) == ("AK-74", "assault rifle")
    sanctioned = store.conn.execute("SELECT name FROM article_entities WHERE sanctioned = 1").fetchall()
    assert [r["name"] for r in sanctioned] == ["Viktor Bout"]


def test_statements_carry_provenance(store: SQLiteStore) -> None:
    extraction = make_extraction()
    store.add_extraction(extraction)
    rows = store.conn.execute(
        "SELECT schema, prop, value, dataset, article_id, span_start, span_end, extractor, extracted_at "
        "FROM statements WHERE entity_id = ? ORDER BY id", (ftm_entity_id(extraction.entities[0]),),
    ).fetchall()
    assert [(r["schema"], r["prop"], r["value"]) for r in rows] == [
        ("Person", "name", "Viktor Bout"), ("Person", "alias", "فيكتور بوت"), ("Person", "alias", "بوت")]
    for row in rows:
        assert row["dataset"] == "armswatch"
        assert row["article_id"] == extraction.document.id
        assert row["extractor"] == "gazetteer"
        assert row["extracted_at"] == extraction.extracted_at
    # The alias statement points at the exact surface form in the text.
    alias = rows[1]
    assert TEXT[alias["span_start"]:alias["span_end"]] == "فيكتور بوت"
    schemas = dict(store.conn.execute("SELECT value, schema FROM statements WHERE prop = 'name'").fetchall())
    assert schemas == {"Viktor Bout": "Person", "Houthis": "Organization", "Moscow": "Address"}
    country = store.conn.execute("SELECT value FROM statements WHERE prop = 'country'").fetchall()
    assert [r[0] for r in country] == ["ru"]  # Moscow is not a country; no statement for it


def test_same_entity_in_two_articles_shares_its_ftm_id(store: SQLiteStore) -> None:
    store.add_extraction(make_extraction())
    store.add_extraction(make_extraction(TEXT + " وأكد مسؤول أمريكي التقرير.", source="b.txt"))
    ids = store.conn.execute("SELECT DISTINCT entity_id FROM statements WHERE prop = 'name' "
                             "AND value = 'Viktor Bout'").fetchall()
    assert len(ids) == 1
    articles = store.conn.execute("SELECT DISTINCT article_id FROM statements WHERE entity_id = ?",
                                  (ids[0][0],)).fetchall()
    assert len(articles) == 2


def test_failure_midway_stores_nothing(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_extraction(make_extraction(source="kept.txt"))

    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SQLiteStore, "_insert_transfer", broken)
    extraction = make_extraction(TEXT + " خبر آخر.", source="broken.txt")
    with pytest.raises(sqlite3.OperationalError):
        store.add_extraction(extraction)
    assert store.count_articles() == 1
    assert not store.has_article(extraction.document.content_hash)
    for table in ("article_entities", "mentions", "statements"):
        orphans = store.conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?",
                                     (extraction.document.id,)).fetchone()[0]
        assert orphans == 0, table
    monkeypatch.undo()
    assert store.add_extraction(extraction) is True  # the store is still usable afterwards


def test_articles_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "kept.db"
    with SQLiteStore(path) as first:
        first.add_extraction(make_extraction())
    with SQLiteStore(path) as second:
        assert second.count_articles() == 1
        assert second.add_extraction(make_extraction()) is False


def test_articles_iterates_past_one_page(store: SQLiteStore) -> None:
    for i in range(205):
        store.add_extraction(make_extraction(f"{TEXT} رقم {i}", source=f"{i}.txt"))
    sources = [a.source for a in store.articles()]
    assert len(sources) == 205 == len(set(sources)) == store.count_articles()
