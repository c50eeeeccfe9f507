"""The store interface: one base class per role, implemented by every backend.

``ArticleStore`` keeps articles and what was extracted from them; ``ListStore`` keeps loaded
sanctions lists and their candidate index (blocking keys). ``Store`` is both. Every backend passes
the same shared test suite (tests/store/).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from armswatch.model import Extraction

__all__ = ["ArticleStore", "ListInfo", "ListStore", "ListedEntity", "Store", "StoredArticle"]


@dataclass(slots=True)
class ListInfo:
    """One loaded sanctions list (a dataset)."""

    name: str  # stable dataset name, e.g. "us_ofac_sdn"
    authority: str  # "US OFAC"
    title: str  # "Specially Designated Nationals"
    source: str  # file path or URL it was loaded from
    list_date: str | None  # the publisher's date of the list, ISO
    loaded_at: str = ""
    entity_count: int = 0


@dataclass(slots=True)
class ListedEntity:
    """A listed target as screening needs it. ``data`` is the FollowTheMoney entity dict."""

    id: str
    dataset: str
    schema: str  # FtM schema: Person, Organization, LegalEntity, Vessel, Airplane
    caption: str
    names: list[str]  # every name and alias, in every script
    authority: str
    list_name: str
    list_id: str
    programs: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class StoredArticle:
    id: str
    source: str
    language: str | None
    published: str | None
    title: str | None
    stored_at: str
    extraction: dict[str, Any]  # the JSON contract object


class ArticleStore(ABC):
    @abstractmethod
    def add_extraction(self, extraction: Extraction) -> bool:
        """Store an article and its extraction atomically. False when the same text is stored."""

    @abstractmethod
    def has_article(self, content_hash: str) -> bool: ...

    @abstractmethod
    def articles(self) -> Iterator[StoredArticle]: ...

    @abstractmethod
    def count_articles(self) -> int: ...


class ListStore(ABC):
    @abstractmethod
    def replace_list(self, info: ListInfo, entities: Iterable[ListedEntity],
                     keys: Iterable[tuple[str, str]]) -> int:
        """Swap in a list's entities and (key, entity id) blocking keys in one transaction.

        On any error the previous version of that list stays in place. Returns the entity count.
        """

    @abstractmethod
    def lists(self) -> list[ListInfo]: ...

    @abstractmethod
    def candidates(self, keys: Collection[str], limit: int = 200) -> list[ListedEntity]:
        """Entities sharing the most blocking keys with the query, best first."""

    @abstractmethod
    def get_listed(self, entity_id: str) -> ListedEntity | None: ...


class Store(ArticleStore, ListStore):
    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
