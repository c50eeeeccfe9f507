"""The list half of the SQLite store: atomic list swaps and the blocking-key candidate index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from armswatch.screen.lists import blocking_keys, store_list
from armswatch.screen.loaders import load_file
from armswatch.store.base import ListedEntity, ListInfo
from armswatch.store.sqlite import SQLiteStore

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "lists"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "lists.db")
    yield s
    s.close()


def entity(eid: str, dataset: str, *names: str) -> ListedEntity:
    return ListedEntity(id=eid, dataset=dataset, schema="Person", caption=names[0], names=list(names),
                        authority="Test", list_name="Test list", list_id=eid, programs=["P"],
                        birth_dates=["1967"], countries=["ru"], data={"id": eid, "schema": "Person"})


def info(name: str = "test_list") -> ListInfo:
    return ListInfo(name=name, authority="Test", title="Test list", source="test", list_date="2025-01-01")


def keys_of(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    return list(pairs)


def test_replace_list_round_trip(store: SQLiteStore) -> None:
    e = entity("t-1", "test_list", "Viktor Bout", "Виктор Бут")
    assert store.replace_list(info(), [e], keys_of(("bout", "t-1"), ("viktor", "t-1"))) == 1
    assert store.get_listed("t-1") == e
    assert store.get_listed("missing") is None
    [meta] = store.lists()
    assert (meta.name, meta.entity_count, meta.list_date) == ("test_list", 1, "2025-01-01")
    assert meta.loaded_at


def test_candidates_ranked_by_shared_keys(store: SQLiteStore) -> None:
    entities = [entity("t-1", "test_list", "Viktor Bout"), entity("t-2", "test_list", "Viktor Yanukovych"),
                entity("t-3", "test_list", "Mark Taylor")]
    keys = [("viktor", "t-1"), ("bout", "t-1"), ("viktor", "t-2"), ("yanukovych", "t-2"),
            ("mark", "t-3"), ("taylor", "t-3")]
    store.replace_list(info(), entities, keys)
    assert [c.id for c in store.candidates({"viktor", "bout"})] == ["t-1", "t-2"]
    assert [c.id for c in store.candidates({"viktor", "bout"}, limit=1)] == ["t-1"]
    assert store.candidates({"nobody"}) == []
    assert store.candidates(set()) == []


def test_candidates_use_the_key_index(store: SQLiteStore) -> None:
    plan = " ".join(str(tuple(r)) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT entity_id, COUNT(*) FROM list_keys WHERE key IN ('a', 'b') "
        "GROUP BY entity_id"))
    assert "USING PRIMARY KEY" in plan or "USING INDEX" in plan
    assert "SCAN list_keys" not in plan


def test_replacing_one_list_leaves_others(store: SQLiteStore) -> None:
    store.replace_list(info("a"), [entity("a-1", "a", "Alpha One")], [("alpha", "a-1")])
    store.replace_list(info("b"), [entity("b-1", "b", "Alpha Two")], [("alpha", "b-1")])
    store.replace_list(info("a"), [entity("a-2", "a", "Alpha Three")], [("alpha", "a-2")])
    assert sorted(c.id for c in store.candidates({"alpha"})) == ["a-2", "b-1"]
    assert store.get_listed("a-1") is None
    assert {i.name: i.entity_count for i in store.lists()} == {"a": 1, "b": 1}


def test_failure_midway_keeps_previous_list(store: SQLiteStore) -> None:
    store.replace_list(info(), [entity("t-1", "test_list", "Viktor Bout")], [("bout", "t-1")])

    def exploding() -> Iterator[ListedEntity]:
        yield entity("t-2", "test_list", "New Name")
        raise OSError("disk went away")

    with pytest.raises(OSError):
        store.replace_list(info(), exploding(), [])
    assert [c.id for c in store.candidates({"bout"})] == ["t-1"]
    assert store.get_listed("t-2") is None
    assert store.lists()[0].entity_count == 1


def test_keys_for_unknown_entities_are_refused_atomically(store: SQLiteStore) -> None:
    store.replace_list(info(), [entity("t-1", "test_list", "Viktor Bout")], [("bout", "t-1")])
    with pytest.raises(ValueError, match="unknown entity"):
        store.replace_list(info(), [entity("t-2", "test_list", "X")], [("x", "ghost")])
    assert store.get_listed("t-1") is not None


def test_entities_of_another_dataset_are_refused(store: SQLiteStore) -> None:
    with pytest.raises(ValueError, match="belongs to"):
        store.replace_list(info("a"), [entity("b-1", "b", "X")], [])
    assert store.lists() == []


def test_loaded_list_is_searchable_by_name_keys_in_any_script(store: SQLiteStore) -> None:
    from armswatch.resolve.keys import name_keys

    loaded = load_file(FIX / "un_sc.xml")
    store_list(store, loaded)
    found = store.candidates(name_keys("عبدالخالق الحوثي"), limit=5)
    assert found and found[0].list_id == "YEi.001"
    assert found[0].names == loaded.entities[0].names
    assert set(blocking_keys(loaded.entities)) == {tuple(r) for r in store.conn.execute(
        "SELECT key, entity_id FROM list_keys")}


def test_store_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with SQLiteStore(path) as s:
        s.replace_list(info(), [entity("t-1", "test_list", "Viktor Bout")], [("bout", "t-1")])
    with SQLiteStore(path) as s:
        assert [c.id for c in s.candidates({"bout"})] == ["t-1"]


def test_rare_shared_keys_outrank_common_ones(store: SQLiteStore) -> None:
    # Twenty Mohammeds and one Qadhafi: sharing the rare key says more than sharing the common one.
    entities = [entity(f"m-{i}", "test_list", f"Mohammed {i}") for i in range(20)]
    entities.append(entity("q-1", "test_list", "Qadhafi"))
    keys = [("MHMD", f"m-{i}") for i in range(20)] + [("KDF", "q-1")]
    store.replace_list(info(), entities, keys)
    assert store.candidates({"MHMD", "KDF"}, limit=1)[0].id == "q-1"
    assert len(store.candidates({"MHMD"}, limit=50)) == 20
    # Counts follow list replacement: the key of a dropped list no longer counts.
    store.replace_list(info(), entities[:1], keys[:1])
    assert store.conn.execute("SELECT SUM(n) FROM list_key_counts WHERE key = 'MHMD'").fetchone()[0] == 1


def test_database_from_before_key_counts_keeps_working(tmp_path: Path) -> None:
    # A store written when only the first list migration existed: keys but no key counts.
    path = tmp_path / "old.db"
    with SQLiteStore(path) as s:
        s.replace_list(info(), [entity("t-1", "test_list", "Viktor Bout"), entity("t-2", "test_list", "Viktor Y")],
                       [("bout", "t-1"), ("viktor", "t-1"), ("viktor", "t-2")])
        s.conn.execute("DROP TABLE list_key_counts")
        s.conn.execute("DELETE FROM schema_migrations WHERE name = 'lists-002-key-counts'")
    with SQLiteStore(path) as s:
        assert [c.id for c in s.candidates({"viktor", "bout"})] == ["t-1", "t-2"]
        assert s.conn.execute("SELECT SUM(n) FROM list_key_counts").fetchone()[0] == 3
