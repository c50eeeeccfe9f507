"""Extracted entities as FollowTheMoney statements, each with its provenance in the article.

A statement says "entity E has property P = V", and here also where that was read: the article,
the character span, the extractor, the time. Statements from different articles about the same
name share an entity id, so an entity's record is the union of what every article said.

Schema choice (FtM has no "state" or "armed group" schema):
    person -> Person; organization, armed_group -> Organization; state -> PublicBody (the
    government as an actor; its ``country`` property holds the ISO code when the name is a known
    country); location -> Address (``name``, plus ``country`` when the place is a country).
Transfers are not FtM entities (FtM has no arms-transfer schema); the stores keep them in their
own tables that point at these entity ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from followthemoney import Statement, model
from followthemoney.types import registry
from normality import normalize

from armswatch.model import Entity, Extraction, Mention

__all__ = ["DATASET", "SCHEMA_BY_TYPE", "StatementRow", "entity_statements", "ftm_entity_id", "ftm_schema"]

DATASET = "armswatch"
SCHEMA_BY_TYPE: dict[str, str] = {
    "person": "Person",
    "organization": "Organization",
    "armed_group": "Organization",
    "state": "PublicBody",
    "location": "Address",
}


@dataclass(frozen=True, slots=True)
class StatementRow:
    statement_id: str  # FtM statement id: same (entity, prop, value) -> same id, whatever the span
    entity_id: str
    schema: str
    prop: str
    value: str
    lang: str | None
    article_id: str
    start: int
    end: int
    extractor: str
    extracted_at: str


def ftm_schema(entity_type: str) -> str:
    return SCHEMA_BY_TYPE.get(entity_type, "LegalEntity")


def ftm_entity_id(entity: Entity) -> str:
    """Stable across articles: the schema and the normalised canonical name."""
    schema = ftm_schema(entity.type)
    key = normalize(entity.name) or entity.name
    proxy = model.make_entity(schema)
    entity_id = proxy.make_id(DATASET, schema, key)
    assert entity_id is not None
    return f"aw-{entity_id[:32]}"


def _row(extraction: Extraction, entity_id: str, schema: str, prop: str, value: str,
         mention: Mention | None) -> StatementRow:
    doc = extraction.document
    extractor = mention.extractor if mention else "armswatch"
    statement = Statement(entity_id=entity_id, prop=prop, schema=schema, value=value, dataset=DATASET,
                          lang=doc.language, origin=extractor, first_seen=extraction.extracted_at)
    return StatementRow(
        statement_id=statement.id or "", entity_id=entity_id, schema=schema, prop=prop, value=value,
        lang=doc.language, article_id=doc.id, start=mention.start if mention else -1,
        end=mention.end if mention else -1, extractor=extractor, extracted_at=extraction.extracted_at,
    )


def _country(entity: Entity) -> str | None:
    for name in (entity.name, *(m.text for m in entity.mentions)):
        code = registry.country.clean(name)
        if code:
            return str(code)
    return None


def entity_statements(extraction: Extraction) -> list[StatementRow]:
    """name (canonical), alias (every other surface form, one per mention) and country statements."""
    rows: list[StatementRow] = []
    for entity in extraction.entities:
        schema = ftm_schema(entity.type)
        entity_id = ftm_entity_id(entity)
        # The canonical name may be an English form the text never uses; its provenance is then
        # the first mention, the one it was resolved from.
        named = next((m for m in entity.mentions if m.text == entity.name),
                     entity.mentions[0] if entity.mentions else None)
        rows.append(_row(extraction, entity_id, schema, "name", entity.name, named))
        rows.extend(_row(extraction, entity_id, schema, "alias", m.text, m)
                    for m in entity.mentions if m.text != entity.name)
        if entity.type in ("state", "location"):
            country = _country(entity)
            if country:
                rows.append(_row(extraction, entity_id, schema, "country", country, named))
    return rows
