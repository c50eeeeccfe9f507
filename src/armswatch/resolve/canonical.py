"""One display name per entity, in Latin script, and one entity per name within a document.

Extraction names an entity by its gazetteer canonical when it knows one, else by its surface form
("ستيف زيسو", "Игорь Севастьянов"). Here such names get a Latin display name: given names from the
given-name lexicon, other words by the learned transliteration table (only when the rule spelling
agrees with it, since the table also holds translations), else by rule. Entities that end with
the same display name and type are merged, and transfer parties follow.
"""

from __future__ import annotations

import re

from armswatch.extract.lexicons import given_name_forms
from armswatch.extract.text import fold_arabic, match_forms, script_of
from armswatch.model import Entity, Extraction
from armswatch.resolve.phonetic import skeleton_similarity
from armswatch.resolve.transliterate import arabic_to_latin, cyrillic_to_latin, latin_spellings

__all__ = ["canonicalise", "latin_display_name"]

_WORD = re.compile(r"[^\s\-،,]+")
_AR_ARTICLE = ("ال",)


def _word_to_latin(word: str) -> str:
    script = script_of(word)
    if script == "latin" or not script:
        return word
    given = given_name_forms()
    for form in match_forms(word)[:3]:
        if form in given:
            return given[form]
    if script == "ar":
        core = fold_arabic(word)
        prefix = ""
        if core.startswith(_AR_ARTICLE) and len(core) > 4:
            prefix, core = "al-", core[2:]
        rule = arabic_to_latin(core)
        learned = [s for s in latin_spellings(core) if s != rule]
        best = next((s for s in learned if skeleton_similarity(s, rule) >= 0.75), rule)
        return prefix + best.capitalize()
    rule = cyrillic_to_latin(word)
    learned = [s for s in latin_spellings(word) if s != rule]
    best = next((s for s in learned if skeleton_similarity(s, rule) >= 0.75), rule)
    return best.capitalize()


def latin_display_name(name: str) -> str:
    """"ستيف زيسو" -> "Steve Zisu"; Latin names are returned unchanged."""
    if script_of(name) in ("latin", ""):
        return name
    return " ".join(_word_to_latin(w) for w in _WORD.findall(name))


def canonicalise(extraction: Extraction) -> None:
    """Give every entity a Latin display name and merge entities that then coincide."""
    merged: dict[tuple[str, str], Entity] = {}
    renamed: dict[str, Entity] = {}
    old_names: dict[str, Entity] = {}
    for entity in extraction.entities:
        old_names[entity.name] = entity
        if entity.type == "person" and script_of(entity.name) not in ("latin", ""):
            # people's names transliterate; an unknown organisation's name is words, better left as written
            entity.name = latin_display_name(entity.name)
        key = (entity.type, entity.name.casefold())
        target = merged.get(key)
        if target is None:
            merged[key] = entity
            renamed[entity.id] = entity
            continue
        target.mentions.extend(entity.mentions)
        target.mentions.sort(key=lambda m: m.start)
        renamed[entity.id] = target
    extraction.entities = list(merged.values())
    for transfer in extraction.transfers:
        transfer.reported_by = _renamed(transfer.reported_by, old_names, renamed)
        transfer.denied_by = _renamed(transfer.denied_by, old_names, renamed)
        for role in (transfer.supplier, transfer.broker, transfer.recipient):
            for party in role:
                resolved = renamed.get(party.entity)
                if resolved is not None:
                    party.entity = resolved.id
                    party.name = resolved.name


def _renamed(names: list[str], old_names: dict[str, Entity], renamed: dict[str, Entity]) -> list[str]:
    out: dict[str, None] = {}
    for name in names:
        old = old_names.get(name)
        out.setdefault(renamed[old.id].name if old is not None else name, None)
    return list(out)
