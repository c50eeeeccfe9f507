"""Score a query against one listed entity: best of its names, then type, birth date and country.

The name score (``matcher``) is adjusted, never replaced: a person query against a vessel, or a
birth date that disagrees with the list, lowers the score and says so in the explanation.
"""

from __future__ import annotations

from dataclasses import dataclass

from armswatch.resolve.names import ParsedName, parse_name
from armswatch.screen.matcher import NameScore, score_parsed
from armswatch.store.base import ListedEntity

__all__ = ["QUERY_TYPES", "EntityScore", "score_entity"]

QUERY_TYPES = ("person", "organization")
_PERSON = {"Person"}
_ORG = {"Organization", "Company", "LegalEntity", "PublicBody"}
_THING = {"Vessel", "Airplane", "Vehicle", "Asset"}


@dataclass(slots=True)
class EntityScore:
    score: float
    matched_name: str
    explanation: str
    name_score: NameScore


def _type_factor(query_type: str | None, schema: str) -> tuple[float, str]:
    if not query_type:
        return 1.0, ""
    if query_type == "person":
        if schema in _PERSON:
            return 1.0, ""
        factor = 0.6 if schema in _THING else 0.8
    else:
        if schema in _ORG or schema not in _PERSON | _THING:
            return 1.0, ""
        factor = 0.6 if schema in _THING else 0.8
    return factor, f"type mismatch: {query_type} query vs listed {schema} (x{factor})"


def _date_factor(query: str | None, listed: list[str]) -> tuple[float, float, str]:
    """(factor, bonus, note) for a partial ISO birth date against the listed ones."""
    if not query or not listed:
        return 1.0, 0.0, ""
    for date in listed:
        n = min(len(query), len(date))
        if n >= 4 and query[:n] == date[:n]:
            return 1.0, 0.05, f"birth date {query} agrees with listed {date}"
    years = [int(d[:4]) for d in listed if d[:4].isdigit()]
    if query[:4].isdigit() and years and min(abs(int(query[:4]) - y) for y in years) <= 1:
        return 0.9, 0.0, f"birth date {query} near listed {', '.join(listed)} (x0.9)"
    return 0.7, 0.0, f"birth date conflict: {query} vs listed {', '.join(listed)} (x0.7)"


def _country_factor(query: str | None, listed: list[str]) -> tuple[float, str]:
    if not query or not listed:
        return 1.0, ""
    if query.lower() in {c.lower() for c in listed}:
        return 1.0, f"country {query.upper()} agrees"
    return 0.95, f"country {query.upper()} not among listed {', '.join(c.upper() for c in listed)} (x0.95)"


def score_entity(query: ParsedName, entity: ListedEntity, *, query_type: str | None = None,
                 birth_date: str | None = None, country: str | None = None) -> EntityScore:
    best: NameScore | None = None
    best_name = ""
    for name in dict.fromkeys(entity.names or [entity.caption]):
        result = score_parsed(query, parse_name(name))
        if best is None or result.score > best.score:
            best, best_name = result, name
    assert best is not None
    notes = [f"name {best.score:.2f} vs {best_name!r}: {best.explain()}"]
    score = best.score
    factor, note = _type_factor(query_type, entity.schema)
    score *= factor
    notes.append(note)
    factor, bonus, note = _date_factor(birth_date, entity.birth_dates)
    score = score * factor + (bonus if score >= 0.5 else 0.0)
    notes.append(note)
    factor, note = _country_factor(country, entity.countries)
    score *= factor
    notes.append(note)
    return EntityScore(min(1.0, score), best_name, "; ".join(n for n in notes if n), best)
