"""A document: text that armswatch reads, with where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["Document", "Span"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a document's text: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Document:
    """One article. ``text`` is the exact text that every span offset refers to."""

    source: str
    text: str
    language: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Identity of the article for de-duplication: the same text stores once."""
        normalised = " ".join(self.text.split())
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return "doc-" + self.content_hash[:20]

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)
