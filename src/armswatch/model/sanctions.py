"""A sanctions-list hit for a name, with the explanation of its score."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field

__all__ = ["SanctionHit"]


@dataclass(slots=True)
class SanctionHit:
    authority: str
    list: str
    list_id: str
    listed_name: str
    entity_id: str
    schema: str
    # builtins.list: the field named "list" (the sanctions list's name) shadows the type here
    programs: builtins.list[str] = field(default_factory=builtins.list)
    score: float = 0.0
    match: bool = False
    explanation: str = ""
    matched_name: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "authority": self.authority,
            "list": self.list,
            "list_id": self.list_id,
            "listed_name": self.listed_name,
            "entity_id": self.entity_id,
            "schema": self.schema,
            "programs": list(self.programs),
            "score": round(self.score, 3),
            "match": self.match,
            "matched_name": self.matched_name,
            "explanation": self.explanation,
        }
