"""Phrase matchers built once from the shipped data files (weapons, gazetteer, countries, cues)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from armswatch.extract.lexicon import PhraseMatcher
from armswatch.extract.resources import (
    DATA_DIR,
    WeaponEntry,
    load_country_names,
    load_gazetteer,
    load_given_names,
    load_weapons,
)
from armswatch.extract.text import match_forms, phrase_forms

__all__ = [
    "EntityRef",
    "Trigger",
    "calendar",
    "cue_matcher",
    "cues",
    "entity_matcher",
    "given_name_forms",
    "lowercase_name_starts",
    "trigger_matcher",
    "weapon_matcher",
]


@dataclass(frozen=True, slots=True)
class EntityRef:
    canonical: str
    type: str
    adjective: bool = False
    country: str | None = None
    english_adjective: str | None = None
    state_body: bool = False  # a ministry, army or agency: it acts for its state


@dataclass(frozen=True, slots=True)
class Trigger:
    status: str
    direction: str
    weight: int


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    with (DATA_DIR / "cues.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@lru_cache(maxsize=1)
def calendar() -> dict[str, Any]:
    with (DATA_DIR / "calendar.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@lru_cache(maxsize=1)
def weapon_matcher() -> PhraseMatcher[WeaponEntry]:
    matcher: PhraseMatcher[WeaponEntry] = PhraseMatcher()
    for entry in load_weapons():
        for aliases in entry.aliases.values():
            # a bare number ("39", "400") is an age or a count far more often than a weapon
            matcher.add_all((a for a in aliases if not a.strip().isdigit() and len(a.strip()) > 1), entry)
        if not entry.generic:
            matcher.add(entry.name, entry)
    return matcher


@lru_cache(maxsize=1)
def lowercase_name_starts() -> frozenset[str]:
    """First-token keys of Latin/Cyrillic names that are written lower-case ("хуситы", "rebelles
    houthis"); any other name must start with a capital in the text, so that "us" is not the US
    and "того" ("of that") is not Togo."""
    keys: set[str] = set()

    def add(alias: str) -> None:
        first = alias.strip()[:1]
        if first.isalpha() and first.islower():
            forms = phrase_forms(alias)
            if forms:
                keys.add(forms[0])

    for country in load_country_names().values():
        for table in (country.names, country.adjectives):
            for aliases in table.values():
                for alias in aliases:
                    add(alias)
    for entry in load_gazetteer():
        for aliases in entry.aliases.values():
            for alias in aliases:
                add(alias)
    return frozenset(keys)


@lru_cache(maxsize=1)
def entity_matcher() -> PhraseMatcher[EntityRef]:
    matcher: PhraseMatcher[EntityRef] = PhraseMatcher()
    for country in load_country_names().values():
        state = EntityRef(country.canonical, "state", country=country.code)
        for names in country.names.values():
            matcher.add_all(names, state)
        matcher.add(country.canonical, state)
        english = country.adjectives["en"][0] if country.adjectives.get("en") else None
        adjective = EntityRef(country.canonical, "state", adjective=True, country=country.code,
                              english_adjective=english)
        for adjectives in country.adjectives.values():
            matcher.add_all(adjectives, adjective)
    for entry in load_gazetteer():
        # "state" entries of the gazetteer are state bodies (a ministry, the Kremlin): organisations
        # of that state, not the state itself
        kind = "organization" if entry.type == "state" else entry.type
        ref = EntityRef(entry.canonical, kind, country=entry.country, state_body=entry.type == "state")
        for aliases in entry.aliases.values():
            matcher.add_all(aliases, ref)
        matcher.add(entry.canonical, ref)
    return matcher


@cache
def cue_matcher(kind: str) -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for lang, phrases in cues()[kind].items():
        matcher.add_all(phrases, lang)
    return matcher


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher[Trigger]:
    matcher: PhraseMatcher[Trigger] = PhraseMatcher()
    for table in cues()["triggers"].values():
        for phrase, (status, direction, weight) in table.items():
            matcher.add(phrase, Trigger(status, direction, int(weight)))
    return matcher


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, str]:
    """Match form of a given name (any script) -> its Latin spelling."""
    names = load_given_names()
    out: dict[str, str] = {}
    for table in (names.ar, names.ru):
        for spelling, latin in table.items():
            out.setdefault(match_forms(spelling)[0], latin)
    for latin in names.latin:
        out.setdefault(match_forms(latin)[0], latin)
    return out
