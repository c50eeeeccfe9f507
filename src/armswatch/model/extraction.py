"""What extraction produces: entities, weapons, values, transfers, each with provenance.

``Extraction.to_json()`` is the JSON contract of ``armswatch extract --json`` (README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from armswatch.model.document import Document, Span
from armswatch.model.sanctions import SanctionHit

__all__ = [
    "ENTITY_TYPES",
    "STATUSES",
    "Entity",
    "Extraction",
    "Mention",
    "Money",
    "Party",
    "Provenance",
    "Transfer",
    "Weapon",
]

EntityType = Literal["person", "organization", "state", "armed_group", "location"]
ENTITY_TYPES: tuple[str, ...] = ("person", "organization", "state", "armed_group", "location")
Status = Literal["rumored", "negotiating", "agreed", "delivered", "intercepted", "denied", "cancelled"]
STATUSES: tuple[str, ...] = (
    "rumored", "negotiating", "agreed", "delivered", "intercepted", "denied", "cancelled",
)


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a value came from: the article, the span, the component, the time."""

    document: str
    start: int
    end: int
    extractor: str
    extracted_at: str

    def to_json(self) -> dict[str, object]:
        return {"document": self.document, "start": self.start, "end": self.end,
                "extractor": self.extractor, "extracted_at": self.extracted_at}


@dataclass(slots=True)
class Mention:
    """A surface form of an entity in the text."""

    text: str
    start: int
    end: int
    type: str
    canonical: str
    extractor: str
    key: str = ""  # resolution key: mentions with the same key are one entity

    def span(self) -> Span:
        return Span(self.text, self.start, self.end)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    sanctions: list[SanctionHit] = field(default_factory=list)
    embargoes: list[dict[str, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.text, None)
        return list(seen)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "names": self.names,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in self.mentions],
            "sanctions": [h.to_json() for h in self.sanctions],
        }
        if self.embargoes:
            out["embargoes"] = self.embargoes
        return out


@dataclass(slots=True)
class Party:
    name: str
    text: str
    entity: str
    start: int = -1
    end: int = -1

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "text": self.text, "entity": self.entity}


@dataclass(slots=True)
class Money:
    amount: float
    currency: str
    text: str = ""
    start: int = -1
    end: int = -1

    def to_json(self) -> dict[str, object]:
        amount: float | int = int(self.amount) if float(self.amount).is_integer() else self.amount
        return {"amount": amount, "currency": self.currency}


@dataclass(slots=True)
class Weapon:
    text: str
    name: str
    category: str
    start: int
    end: int
    quantity: int | None = None
    un_register: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "name": self.name, "category": self.category,
                                  "quantity": self.quantity}
        if self.un_register:
            out["un_register"] = self.un_register
        return out


@dataclass(slots=True)
class Transfer:
    supplier: list[Party] = field(default_factory=list)
    broker: list[Party] = field(default_factory=list)
    recipient: list[Party] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    value: Money | None = None
    quantity: int | None = None
    date: str | None = None
    location: str | None = None
    status: str = "rumored"
    reported_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    embargo_flags: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "supplier": [p.to_json() for p in self.supplier],
            "broker": [p.to_json() for p in self.broker],
            "recipient": [p.to_json() for p in self.recipient],
            "weapons": [w.to_json() for w in self.weapons],
            "value": self.value.to_json() if self.value else None,
            "quantity": self.quantity,
            "date": self.date,
            "location": self.location,
            "status": self.status,
            "reported_by": list(self.reported_by),
            "denied_by": list(self.denied_by),
            "evidence": [e.to_json() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }
        if self.embargo_flags:
            out["embargo_flags"] = self.embargo_flags
        return out


@dataclass(slots=True)
class Extraction:
    document: Document
    entities: list[Entity] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    extracted_at: str = field(default_factory=utcnow)
    languages: list[str] = field(default_factory=list)  # every language its sentences are in, main first

    def to_json(self) -> dict[str, object]:
        doc = self.document
        return {
            "source": doc.source,
            "language": doc.language,
            "languages": self.languages or ([doc.language] if doc.language else []),
            "published": doc.published,
            "title": doc.title,
            "entities": [e.to_json() for e in self.entities],
            "transfers": [t.to_json() for t in self.transfers],
        }
