"""SQLite backend (WAL): the default store, one file.

The schema lives with each role's mixin (``sqlite_articles``, ``sqlite_lists``); this module owns
the connection, the pragmas and the migration runner.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from armswatch.errors import StoreError
from armswatch.store.base import Store
from armswatch.store.sqlite_articles import SQLiteArticlesMixin
from armswatch.store.sqlite_lists import SQLiteListsMixin

__all__ = ["SQLiteStore"]


class SQLiteStore(SQLiteArticlesMixin, SQLiteListsMixin, Store):
    """``path`` is a file path, or ``:memory:`` for a throw-away store."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open SQLite database: {exc}", source=self.path) from exc

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)")
        done = {row[0] for row in self.conn.execute("SELECT name FROM schema_migrations")}
        for name, sql in (*self.ARTICLE_MIGRATIONS, *self.LIST_MIGRATIONS):
            if name in done:
                continue
            self.conn.execute("BEGIN")
            try:
                for statement in filter(None, (s.strip() for s in sql.split(";"))):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", (name,))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()
