"""Sanctions lists and their candidate index in SQLite.

Three tables: ``list_meta`` (one row per dataset), ``list_entities`` (one row per listed target,
its FtM dict as JSON) and ``list_keys`` (blocking key -> entity id, indexed by key). Candidate
lookup ranks entities by the number of query keys they share, in SQL, so a query touches only
the postings of its own keys.
"""

from __future__ import annotations

import json
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
_MAX_QUERY_KEYS = 900


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
        try:
            self.conn.execute("DELETE FROM list_keys WHERE dataset = ?", (dataset,))
            self.conn.execute("DELETE FROM list_entities WHERE dataset = ?", (dataset,))
            count = 0

            def rows() -> Iterator[tuple[Any, ...]]:
                nonlocal count
                for e in entities:
                    if e.dataset != dataset:
                        raise ValueError(f"entity {e.id} belongs to {e.dataset}, not {dataset}")
                    count += 1
                    yield (e.id, dataset, e.schema, e.caption, json.dumps(e.names, ensure_ascii=False),
                           e.authority, e.list_name, e.list_id, json.dumps(e.programs, ensure_ascii=False),
                           json.dumps(e.birth_dates), json.dumps(e.countries),
                           json.dumps(e.data, ensure_ascii=False, separators=(",", ":")))

            self.conn.executemany(
                f"INSERT INTO list_entities ({_ENTITY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows())
            self.conn.executemany(
                "INSERT OR IGNORE INTO list_keys (key, entity_id, dataset) VALUES (?, ?, ?)",
                ((key, entity_id, dataset) for key, entity_id in keys))
            # A key pointing at an entity of another list (or none) would return ghosts.
            stray = self.conn.execute(
                "SELECT k.entity_id FROM list_keys k LEFT JOIN list_entities e ON e.id = k.entity_id "
                "WHERE k.dataset = ? AND (e.id IS NULL OR e.dataset != ?) LIMIT 1",
                (dataset, dataset)).fetchone()
            if stray is not None:
                raise ValueError(f"blocking key for unknown entity {stray[0]}")
            self.conn.execute(
                "INSERT OR REPLACE INTO list_meta (name, authority, title, source, list_date, loaded_at, "
                "entity_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (dataset, info.authority, info.title, info.source, info.list_date, loaded_at, count))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
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
        unique = sorted(set(keys))[:_MAX_QUERY_KEYS]
        if not unique or limit <= 0:
            return []
        marks = ",".join("?" * len(unique))
        rows = self.conn.execute(
            f"SELECT {_prefixed('e')}, c.shared FROM ("
            f"  SELECT entity_id, COUNT(*) AS shared FROM list_keys WHERE key IN ({marks})"
            f"  GROUP BY entity_id ORDER BY shared DESC, entity_id LIMIT ?"
            f") AS c JOIN list_entities e ON e.id = c.entity_id ORDER BY c.shared DESC, e.id",
            (*unique, limit)).fetchall()
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


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _ENTITY_COLUMNS.split(","))


def _row_entity(r: sqlite3.Row | tuple[Any, ...]) -> ListedEntity:
    return ListedEntity(
        id=r[0], dataset=r[1], schema=r[2], caption=r[3], names=json.loads(r[4]), authority=r[5],
        list_name=r[6], list_id=r[7], programs=json.loads(r[8]), birth_dates=json.loads(r[9]),
        countries=json.loads(r[10]), data=json.loads(r[11]))
