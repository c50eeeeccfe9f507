"""Sanctions lists and their candidate index in SQLite (being built)."""

from __future__ import annotations

import sqlite3

__all__ = ["SQLiteListsMixin"]


class SQLiteListsMixin:
    conn: sqlite3.Connection
    # (name, SQL) pairs applied once each, in order; never edit a landed one, add a new one.
    LIST_MIGRATIONS: tuple[tuple[str, str], ...] = ()
