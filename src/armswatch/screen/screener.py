"""Screen names against the loaded sanctions lists, and extractions against lists and embargoes.

Candidates come from the list store's blocking-key index (``store.candidates(name_keys(q))``),
never from a scan; each candidate is scored on all its names (``scoring.score_entity``).
"""

from __future__ import annotations

import logging
import re

from armswatch.errors import BadQueryError, RunError
from armswatch.model import Entity, Extraction, SanctionHit
from armswatch.resolve.keys import name_keys
from armswatch.resolve.names import MAX_NAME_CHARS, clean_name, parse_name
from armswatch.screen.embargo import embargoes_for
from armswatch.screen.scoring import QUERY_TYPES, score_entity
from armswatch.settings import get_settings
from armswatch.store.base import ListStore

__all__ = ["NoListsError", "Screener", "check_query"]

log = logging.getLogger(__name__)

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY_RE = re.compile(r"^[A-Za-z]{2}$")
# Extraction types screened against lists; locations never are, states only against embargoes.
_LIST_TYPES = {"person": "person", "organization": "organization", "armed_group": "organization"}
_EMBARGO_TYPES = {"organization", "armed_group", "state", "person"}


class NoListsError(RunError):
    """No sanctions list is loaded: screening would silently find nothing."""

    exit_code = 2
    http_status = 409


def check_query(name: str, type: str | None = None, birth_date: str | None = None,
                country: str | None = None) -> str:
    """The cleaned name, or BadQueryError saying what is wrong with the query."""
    text = clean_name(name)
    if not text:
        raise BadQueryError("name is empty (after removing control and direction characters)")
    if len(text) > MAX_NAME_CHARS:
        raise BadQueryError(f"name is {len(text)} characters long; the limit is {MAX_NAME_CHARS}")
    if not parse_name(text).content:
        raise BadQueryError(f"name {text!r} has no letters to match on")
    if type is not None and type not in QUERY_TYPES:
        raise BadQueryError(f"type must be one of {', '.join(QUERY_TYPES)}, not {type!r}")
    if birth_date and not _DATE_RE.match(birth_date):
        raise BadQueryError(f"birth date must be YYYY, YYYY-MM or YYYY-MM-DD, not {birth_date!r}")
    if country and not _COUNTRY_RE.match(country):
        raise BadQueryError(f"country must be a two-letter code, not {country!r}")
    return text


class Screener:
    def __init__(self, store: ListStore, threshold: float | None = None, candidate_limit: int = 50) -> None:
        self.store = store
        self.threshold = get_settings().match_threshold if threshold is None else threshold
        self.candidate_limit = candidate_limit
        self._checked_lists = False

    def _require_lists(self) -> None:
        if not self._checked_lists:
            if not self.store.lists():
                raise NoListsError("no sanctions lists are loaded; run `armswatch lists load` first")
            self._checked_lists = True

    def screen(self, name: str, type: str | None = None, birth_date: str | None = None,
               country: str | None = None, all_hits: bool = False) -> list[SanctionHit]:
        """Hits for ``name``, best first; only those at or above the threshold unless ``all_hits``."""
        text = check_query(name, type, birth_date, country)
        self._require_lists()
        query = parse_name(text)
        hits: list[SanctionHit] = []
        # A one-part name shares a single key with thousands of names, and the store only ranks by
        # the number of shared keys, so it needs a deeper candidate list to reach the right one.
        limit = self.candidate_limit * (4 if len(query.content) <= 1 else 1)
        for entity in self.store.candidates(name_keys(text), limit=limit):
            result = score_entity(query, entity, query_type=type, birth_date=birth_date, country=country)
            match = result.score >= self.threshold
            if not (match or all_hits):
                continue
            hits.append(SanctionHit(
                authority=entity.authority, list=entity.list_name, list_id=entity.list_id,
                listed_name=entity.caption, entity_id=entity.id, schema=entity.schema,
                programs=list(entity.programs), score=result.score, match=match,
                explanation=result.explanation, matched_name=result.matched_name))
        hits.sort(key=lambda h: (-h.score, h.list, h.list_id))
        return hits

    @staticmethod
    def _full_names(entity: Entity) -> list[str]:
        """The names to screen: the display name and every surface form except short forms that
        refer back to a full name ("بوت" after "فيكتور بوت"), which alone would hit every Butt."""
        names = [entity.name, *(m.text for m in entity.mentions if m.extractor != "coref-surname")]
        return list(dict.fromkeys(names))

    def _screen_entity(self, entity: Entity) -> list[SanctionHit]:
        best: dict[str, SanctionHit] = {}
        for name in self._full_names(entity):
            try:
                hits = self.screen(name, type=_LIST_TYPES[entity.type])
            except BadQueryError as exc:
                log.info("not screened: %s", exc)
                continue
            for hit in hits:
                if hit.entity_id not in best or hit.score > best[hit.entity_id].score:
                    best[hit.entity_id] = hit
        return sorted(best.values(), key=lambda h: -h.score)

    def screen_extraction(self, extraction: Extraction) -> None:
        """Fill each entity's sanctions hits and embargo flags, and flag transfers to embargoed parties."""
        by_id: dict[str, Entity] = {}
        for entity in extraction.entities:
            by_id[entity.id] = entity
            if entity.type in _LIST_TYPES:
                entity.sanctions = self._screen_entity(entity)
            if entity.type in _EMBARGO_TYPES:
                flags: dict[str, dict[str, str]] = {}
                for name in dict.fromkeys([entity.name, *entity.names]):
                    for flag in embargoes_for(name, threshold=max(self.threshold, 0.85)):
                        flags.setdefault(flag["regime"], flag)
                entity.embargoes = list(flags.values())
        for transfer in extraction.transfers:
            out: list[dict[str, str]] = []
            for role, parties in (("recipient", transfer.recipient), ("supplier", transfer.supplier),
                                  ("broker", transfer.broker)):
                for party in parties:
                    known = by_id.get(party.entity)
                    flags_for = known.embargoes if known else embargoes_for(party.name)
                    for flag in flags_for:
                        # Exports are banned only by state regimes that say so (DPRK, Libya).
                        if role != "recipient" and not _bans_exports(flag):
                            continue
                        out.append({**flag, "role": role, "party": party.name})
            transfer.embargo_flags = out


def _bans_exports(flag: dict[str, str]) -> bool:
    from armswatch.screen.embargo import load_regimes

    return any(r.id == flag["regime"] and r.exports for r in load_regimes())
