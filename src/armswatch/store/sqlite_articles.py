"""Articles and extractions in SQLite (being built)."""

from __future__ import annotations

import sqlite3

__all__ = ["SQLiteArticlesMixin"]


class SQLiteArticlesMixin:
    conn: sqlite3.Connection
    # (name, SQL) pairs applied once each, in order; never edit a landed one, add a new one.
    ARTICLE_MIGRATIONS: tuple[tuple[str, str], ...] = ()
