"""The data model shared by every stage; it imports none of them."""

from armswatch.model.document import Document, Span
from armswatch.model.extraction import (
    ENTITY_TYPES,
    STATUSES,
    Entity,
    Extraction,
    Mention,
    Money,
    Party,
    Provenance,
    Transfer,
    Weapon,
)
from armswatch.model.sanctions import SanctionHit

__all__ = [
    "ENTITY_TYPES",
    "STATUSES",
    "Document",
    "Entity",
    "Extraction",
    "Mention",
    "Money",
    "Party",
    "Provenance",
    "SanctionHit",
    "Span",
    "Transfer",
    "Weapon",
]
