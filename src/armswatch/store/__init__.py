"""Storage: one interface (``base``), backends behind it."""

from __future__ import annotations

from armswatch.store.base import ArticleStore, ListedEntity, ListInfo, ListStore, Store, StoredArticle

__all__ = ["ArticleStore", "ListInfo", "ListStore", "ListedEntity", "Store", "StoredArticle", "open_store"]


def open_store(url: str | None = None) -> Store:
    """Open the store named by ``url`` (default: the ARMSWATCH_DATABASE setting)."""
    from armswatch.settings import get_settings

    target = url or get_settings().database
    if target.startswith(("postgresql://", "postgres://")):
        from armswatch.errors import StoreError

        raise StoreError("PostgreSQL support is not built yet; use a SQLite path", source=target)
    from armswatch.store.sqlite import SQLiteStore

    return SQLiteStore(target.removeprefix("sqlite:///"))
