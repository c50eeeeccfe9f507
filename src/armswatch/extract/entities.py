"""Mentions grouped into entities, with short forms resolved within the document: "بوت" after
"فيكتور بوت", "Zvezdova" after "Alexei Zvezdov" (Russian stems meet across cases)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import ClassVar

from armswatch.extract.context import Context, MentionHit
from armswatch.extract.lexicon import PhraseMatcher
from armswatch.extract.lexicons import cues
from armswatch.extract.pipeline import Component
from armswatch.model import Entity, Mention

__all__ = ["EntityComponent", "corefer_nominals"]


def _entity_id(key: str) -> str:
    return "ent-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class EntityComponent(Component):
    name: ClassVar[str] = "entities"
    needs: ClassVar[tuple[str, ...]] = ("mentions", "tokens")
    adds: ClassVar[tuple[str, ...]] = ("entities",)

    def __call__(self, ctx: Context) -> None:
        self._corefer_surnames(ctx)
        for hit in ctx.mentions:
            hit.key = hit.key or self._person_key(hit)
        corefer_nominals(ctx)
        entities: dict[str, Entity] = {}
        for hit in ctx.mentions:
            if hit.adjective:
                continue  # a nationality adjective names no party by itself
            key = hit.key or self._person_key(hit)
            hit.key = key
            entity = entities.get(key)
            if entity is None:
                entity = entities[key] = Entity(_entity_id(key), hit.canonical, hit.type)
            entity.mentions.append(Mention(hit.text, hit.start, hit.end, hit.type, hit.canonical, hit.extractor, key))
            ctx.entity_of_mention[id(hit)] = entity.id
        ctx.entities = list(entities.values())

    @staticmethod
    def _person_key(hit: MentionHit) -> str:
        return f"{hit.type}:{hit.text.casefold()}"

    @staticmethod
    def _corefer_surnames(ctx: Context) -> None:
        """A lone surname (or the last word of an organisation) refers back to the full name."""
        tokens, text = ctx.tokens, ctx.document.text
        surnames: dict[str, MentionHit] = {}
        for hit in ctx.mentions:
            if hit.type == "person" and hit.last - hit.first >= 2 and not hit.adjective:
                last = tokens[hit.last - 1]
                if len(last.forms[0]) >= 3:
                    hit.key = hit.key or f"person:{hit.text.casefold()}"
                    for form in last.forms[:2]:
                        surnames.setdefault(form, hit)
        if not surnames:
            return
        covered = {i for m in ctx.mentions for i in range(m.first, m.last)}
        extra = []
        for i, tok in enumerate(tokens):
            if i in covered:
                continue
            for form in tok.forms:
                full = surnames.get(form)
                if full is not None and full.first < i:
                    extra.append(MentionHit(i, i + 1, tok.start, tok.end, text[tok.start:tok.end], "person",
                                            full.canonical, full.key, "coref-surname"))
                    break
        ctx.mentions = sorted(ctx.mentions + extra, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _nominal_matcher() -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for kind, table in cues()["coref_nouns"].items():
        for phrases in table.values():
            matcher.add_all(phrases, kind)
    return matcher


def corefer_nominals(ctx: Context) -> None:
    """"the militia" after "the Houthis", "الشركة" after a named company: a definite noun refers back
    to the one entity of that kind named before it, when there is exactly one."""
    tokens, text = ctx.tokens, ctx.document.text
    covered = {i for m in ctx.mentions for i in range(m.first, m.last)}
    extra: list[MentionHit] = []
    for match in _nominal_matcher().find_all(tokens):
        if any(i in covered for i in range(match.first, match.last)):
            continue
        kind = match.payloads[0]
        earlier = {m.key: m for m in ctx.mentions if m.type == kind and m.last <= match.first and not m.adjective
                   and m.key}
        if len(earlier) != 1:
            continue  # two militias named before: "the militia" could be either
        antecedent = next(iter(earlier.values()))
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        extra.append(MentionHit(match.first, match.last, start, end, text[start:end], kind, antecedent.canonical,
                                antecedent.key, "coref-nominal", country=antecedent.country))
    ctx.mentions = sorted(ctx.mentions + extra, key=lambda m: m.start)
