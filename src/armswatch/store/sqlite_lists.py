"""Sanctions lists and their candidate index in SQLite.

Four tables: ``list_meta`` (one row per dataset), ``list_entities`` (one row per listed target,
its FtM dict as JSON), ``list_keys`` (blocking key -> entity id, indexed by key) and
``list_key_counts`` (postings per key and dataset). Candidate lookup ranks entities by the summed
rarity of the query keys they share, in SQL, so a query touches only the postings of its own keys
(and skips the commonest ones when rarer keys already fetched plenty).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from armswatch.errors import StoreError
from armswatch.store.base import ListedEntity, ListInfo

__all__ = ["SQLiteListsMixin"]

_ENTITY_COLUMNS = ("id, dataset, schema, caption, names, authority, list_name, list_id, programs, "
                   "birth_dates, countries, data")
# SQLite caps bound parameters (32766 since 3.32); stay well below for the IN (...) list.
_MAX_QUERY_KEYS = 450
# Postings read per query: keys are taken rarest first until this many (the rarest always).
_POSTINGS_BUDGET = 20_000
# A key every entity has still counts a little, so sharing more keys never ranks lower.
_IDF_FLOOR = 0.1
# Page cache while a list loads (negative = KiB): 256 MB.
_LOAD_CACHE_KIB = -262_144


class SQLiteListsMixin:
    conn: sqlite3.Connection
    # (name, SQL) pairs applied once each, in order; never edit a landed one, add a new one.
    LIST_MIGRATIONS: tuple[tuple[str, str], ...] = (
        ("lists-001-tables", """
            CREATE TABLE list_meta (
                name TEXT PRIMARY KEY,
                authority TEXT NOT NULL,
                title TEXT NOT NULL,
                source TEXT NOT NULL,
                list_date TEXT,
                loaded_at TEXT NOT NULL,
                entity_count INTEGER NOT NULL
            );
            CREATE TABLE list_entities (
                id TEXT PRIMARY KEY,
                dataset TEXT NOT NULL,
                schema TEXT NOT NULL,
                caption TEXT NOT NULL,
                names TEXT NOT NULL,
                authority TEXT NOT NULL,
                list_name TEXT NOT NULL,
                list_id TEXT NOT NULL,
                programs TEXT NOT NULL,
                birth_dates TEXT NOT NULL,
                countries TEXT NOT NULL,
                data TEXT NOT NULL
            );
            CREATE INDEX list_entities_dataset ON list_entities (dataset);
            CREATE TABLE list_keys (
                key TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                dataset TEXT NOT NULL,
                PRIMARY KEY (key, entity_id)
            ) WITHOUT ROWID;
            CREATE INDEX list_keys_dataset ON list_keys (dataset)
        """),
        # Posting counts per key, for rarity-weighted candidate ranking; filled from the keys
        # already stored, so databases loaded before it work without a reload.
        ("lists-002-key-counts", """
            CREATE TABLE list_key_counts (
                key TEXT NOT NULL,
                dataset TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (key, dataset)
            ) WITHOUT ROWID;
            INSERT INTO list_key_counts (key, dataset, n)
                SELECT key, dataset, COUNT(*) FROM list_keys GROUP BY key, dataset
        """),
    )

    def replace_list(self, info: ListInfo, entities: Iterable[ListedEntity],
                     keys: Iterable[tuple[str, str]]) -> int:
        dataset = info.name
        loaded_at = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            # IMMEDIATE: take the write lock first, so a concurrent writer fails fast, not midway.
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot start a write transaction: {exc}") from exc
        cache_size = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        try:
            # A big page cache for this load only: the key index is written in key order, but a
            # million-entity list still touches far more pages than the default 2 MB holds.
            self.conn.execute(f"PRAGMA cache_size = {_LOAD_CACHE_KIB}")
            self.conn.execute("DELETE FROM list_keys WHERE dataset = ?", (dataset,))
            self.conn.execute("DELETE FROM list_key_counts WHERE dataset = ?", (dataset,))
            self.conn.execute("DELETE FROM list_entities WHERE dataset = ?", (dataset,))
            ids: set[str] = set()

            def rows() -> Iterator[tuple[Any, ...]]:
                for e in entities:
                    if e.dataset != dataset:
                        raise ValueError(f"entity {e.id} belongs to {e.dataset}, not {dataset}")
                    ids.add(e.id)
                    yield (e.id, dataset, e.schema, e.caption, json.dumps(e.names, ensure_ascii=False),
                           e.authority, e.list_name, e.list_id, _dumps_list(e.programs),
                           _dumps_list(e.birth_dates), _dumps_list(e.countries),
                           json.dumps(e.data, ensure_ascii=False, separators=(",", ":")) if e.data else "{}")

            def key_rows() -> Iterator[tuple[str, str]]:
                for key, entity_id in keys:
                    # A key pointing at an entity of another list (or none) would return ghosts.
                    if entity_id not in ids:
                        raise ValueError(f"blocking key for unknown entity {entity_id}")
                    yield key, entity_id

            self.conn.executemany(
                f"INSERT INTO list_entities ({_ENTITY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows())
            # Keys arrive in entity order; inserting them in key order instead (staged, then sorted
            # by SQLite) appends to the index rather than writing all over it: ~4x faster at 1M.
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS list_keys_stage "
                              "(key TEXT NOT NULL, entity_id TEXT NOT NULL)")
            self.conn.execute("DELETE FROM list_keys_stage")
            self.conn.executemany("INSERT INTO list_keys_stage (key, entity_id) VALUES (?, ?)", key_rows())
            self.conn.execute(
                "INSERT OR IGNORE INTO list_keys (key, entity_id, dataset) "
                "SELECT key, entity_id, ? FROM list_keys_stage ORDER BY key, entity_id", (dataset,))
            self.conn.execute("DELETE FROM list_keys_stage")
            self.conn.execute(
                "INSERT INTO list_key_counts (key, dataset, n) "
                "SELECT key, dataset, COUNT(*) FROM list_keys WHERE dataset = ? GROUP BY key", (dataset,))
            count = len(ids)
            self.conn.execute(
                "INSERT OR REPLACE INTO list_meta (name, authority, title, source, list_date, loaded_at, "
                "entity_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (dataset, info.authority, info.title, info.source, info.list_date, loaded_at, count))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        info.loaded_at = loaded_at
        info.entity_count = count
        return count

    def lists(self) -> list[ListInfo]:
        rows = self.conn.execute(
            "SELECT name, authority, title, source, list_date, loaded_at, entity_count FROM list_meta "
            "ORDER BY name").fetchall()
        return [ListInfo(name=r[0], authority=r[1], title=r[2], source=r[3], list_date=r[4],
                         loaded_at=r[5], entity_count=r[6]) for r in rows]

    def candidates(self, keys: Collection[str], limit: int = 200) -> list[ListedEntity]:
        """Entities ranked by the summed rarity (IDF) of the keys they share with the query.

        A key most names share ("MHMD") ranks little and, once rarer keys have fetched enough
        postings, is not read at all: reading its tens of thousands of postings would only add ties.
        """
        unique = sorted(set(keys))[:_MAX_QUERY_KEYS]
        if not unique or limit <= 0:
            return []
        marks = ",".join("?" * len(unique))
        counts = self.conn.execute(
            f"SELECT key, SUM(n) FROM list_key_counts WHERE key IN ({marks}) GROUP BY key", unique).fetchall()
        if not counts:
            return []
        total = self.conn.execute("SELECT COALESCE(SUM(entity_count), 0) FROM list_meta").fetchone()[0]
        chosen: list[tuple[str, float]] = []
        read = 0
        for key, n in sorted(((k, n) for k, n in counts if n > 0), key=lambda kn: (kn[1], kn[0])):
            if chosen and read + n > _POSTINGS_BUDGET:
                break
            read += n
            chosen.append((key, math.log((total + 1) / n) + _IDF_FLOOR))
        values = ",".join("(?, ?)" for _ in chosen)
        args: list[Any] = [x for pair in chosen for x in pair]
        rows = self.conn.execute(
            f"WITH q(key, w) AS (VALUES {values}) "
            f"SELECT {_prefixed('e')}, c.score FROM ("
            f"  SELECT k.entity_id, SUM(q.w) AS score FROM q JOIN list_keys k ON k.key = q.key"
            f"  GROUP BY k.entity_id ORDER BY score DESC, k.entity_id LIMIT ?"
            f") AS c JOIN list_entities e ON e.id = c.entity_id ORDER BY c.score DESC, e.id",
            (*args, limit)).fetchall()
        return [_row_entity(r) for r in rows]

    def get_listed(self, entity_id: str) -> ListedEntity | None:
        row = self.conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM list_entities WHERE id = ?",
                                (entity_id,)).fetchone()
        return _row_entity(row) if row is not None else None

    def listed_entities(self, dataset: str | None = None) -> Iterator[ListedEntity]:
        """Every listed entity (of one dataset), for exports and re-indexing."""
        sql = f"SELECT {_ENTITY_COLUMNS} FROM list_entities"
        args: tuple[str, ...] = ()
        if dataset is not None:
            sql += " WHERE dataset = ?"
            args = (dataset,)
        for row in self.conn.execute(sql + " ORDER BY id", args):
            yield _row_entity(row)


def _dumps_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False) if values else "[]"


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _ENTITY_COLUMNS.split(","))


def _row_entity(r: sqlite3.Row | tuple[Any, ...]) -> ListedEntity:
    return ListedEntity(
        id=r[0], dataset=r[1], schema=r[2], caption=r[3], names=json.loads(r[4]), authority=r[5],
        list_name=r[6], list_id=r[7], programs=json.loads(r[8]), birth_dates=json.loads(r[9]),
        countries=json.loads(r[10]), data=json.loads(r[11]))
