"""The working state that extraction components read and add to, one per document."""

from __future__ import annotations

from dataclasses import dataclass, field

from armswatch.extract.text import Sentence, Token
from armswatch.model import Document, Entity, Transfer

__all__ = ["Context", "DateHit", "MentionHit", "MoneyHit", "TriggerHit", "WeaponHit"]


@dataclass(slots=True)
class MentionHit:
    first: int  # token index
    last: int  # exclusive token index
    start: int
    end: int
    text: str
    type: str
    canonical: str
    key: str
    extractor: str
    adjective: bool = False  # a demonym ("Iranian"): signals origin, not a named party
    country: str | None = None
    place: str | None = None  # the place this name also names ("Moscow" for the metonym of Russia)
    state_body: bool = False  # a ministry, army or agency acting for the state in ``country``


@dataclass(slots=True)
class WeaponHit:
    first: int
    last: int
    start: int
    end: int
    text: str
    name: str
    category: str
    un_register: str | None
    generic: bool
    quantity: int | None = None


@dataclass(slots=True)
class MoneyHit:
    start: int
    end: int
    text: str
    amount: float | None  # None for ranges and vague amounts ("millions")
    currency: str
    sentence: int = 0


@dataclass(slots=True)
class DateHit:
    start: int
    end: int
    text: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    sentence: int = 0
    relative: bool = False
    weekday: bool = False  # "on Friday": most often the day the news was told, a last resort for the deal


@dataclass(slots=True)
class TriggerHit:
    first: int
    last: int
    start: int
    end: int
    text: str
    status: str
    direction: str
    weight: int
    sentence: int = 0


@dataclass(slots=True)
class Context:
    document: Document
    language: str = ""
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    sentence_languages: list[str] = field(default_factory=list)  # one per sentence
    dates: list[DateHit] = field(default_factory=list)
    money: list[MoneyHit] = field(default_factory=list)
    weapons: list[WeaponHit] = field(default_factory=list)
    mentions: list[MentionHit] = field(default_factory=list)
    triggers: list[TriggerHit] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    entity_of_mention: dict[int, str] = field(default_factory=dict)  # id(mention) -> entity id

    def sentence_of(self, token_index: int) -> int:
        return self.tokens[token_index].sentence if 0 <= token_index < len(self.tokens) else 0
