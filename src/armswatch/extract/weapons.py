"""Weapon mentions: catalogue aliases in four languages, unknown designations next to a generic
weapon word ("MKS 180 frigates"), adjacent mentions of one item merged, and unit counts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from armswatch.extract.context import Context, WeaponHit
from armswatch.extract.lexicons import cues, weapon_matcher
from armswatch.extract.numbers import number_before
from armswatch.extract.pipeline import Component
from armswatch.extract.resources import WeaponEntry
from armswatch.extract.text import match_forms, script_of

__all__ = ["WeaponComponent"]

_DESIGNATION = re.compile(r"^(?=.*\d)[A-Za-zА-Яа-я]{1,5}-?\d{1,4}[A-Za-z]{0,3}$|^[A-Z]{2,6}$")
_ANTI = {match_forms(w)[0] for w in ("مضادة", "المضادة", "مضاد", "المضاد", "مضادات", "مقاومة", "المقاومة", "anti",
                                    "противо", "resistant", "proof")}
_COMPONENT_OF = {
    "drone": "drone components", "ballistic missile": "missile components", "cruise missile": "missile components",
    "anti-ship missile": "missile components", "missile (unspecified)": "missile components",
    "air-to-air missile": "missile components", "air defense system": "air defense components",
    "assault rifle": "firearm parts", "small arms": "firearm parts", "handgun": "firearm parts",
    "machine gun": "firearm parts", "sniper rifle": "firearm parts",
}


@lru_cache(maxsize=1)
def _component_words() -> frozenset[str]:
    return frozenset(f for words in cues()["component_words"].values() for w in words for f in match_forms(w)[:2])


@lru_cache(maxsize=1)
def _for_words() -> frozenset[str]:
    return frozenset(match_forms(w)[0] for words in cues()["for_words"].values() for w in words)


_VAGUE = {"unspecified", "missile (unspecified)", "small arms", "ammunition"}
_QUANTITY_LINKS = {"of", "من", "из", "de", "d'", "x"}


def _specificity(entry: WeaponEntry) -> tuple[int, int]:
    return (0 if entry.generic else 2) + (entry.category != "unspecified"), 0


class WeaponComponent(Component):
    name: ClassVar[str] = "weapons"
    needs: ClassVar[tuple[str, ...]] = ("tokens", "language", "dates")
    adds: ClassVar[tuple[str, ...]] = ("weapons",)

    def __call__(self, ctx: Context) -> None:
        tokens, text = ctx.tokens, ctx.document.text
        hits: list[WeaponHit] = []
        for match in weapon_matcher().find_all(tokens):
            entry = max(match.payloads, key=_specificity)
            start, end = tokens[match.first].start, tokens[match.last - 1].end
            hits.append(WeaponHit(match.first, match.last, start, end, text[start:end], entry.name,
                                  entry.category, entry.un_register, entry.generic))
        hits = self._designations(ctx, hits)
        hits = self._merge(ctx, hits)
        hits = self._components(ctx, hits)
        for hit in hits:
            found = self._quantity(ctx, hit)
            if found is not None:
                hit.quantity = found
        ctx.weapons = hits

    @staticmethod
    def _designations(ctx: Context, hits: list[WeaponHit]) -> list[WeaponHit]:
        """An unknown model name right next to a generic weapon word is that weapon's name."""
        tokens, text = ctx.tokens, ctx.document.text
        taken = {i for h in hits for i in range(h.first, h.last)}
        for hit in list(hits):
            if not hit.generic:
                continue
            for j in (hit.last, hit.first - 1):
                if 0 <= j < len(tokens) and j not in taken and _DESIGNATION.match(tokens[j].text):
                    k = j + 1
                    if k < len(tokens) and tokens[k].text.isdigit() and j == hit.last:
                        k += 1  # "MKS 180"
                    first, last = min(j, hit.first), max(k, hit.last)
                    start, end = tokens[first].start, tokens[last - 1].end
                    name = text[tokens[j].start:tokens[k - 1].end]
                    hits.append(WeaponHit(first, last, start, end, text[start:end], name, hit.category,
                                          hit.un_register, False))
                    hits.remove(hit)
                    taken.update(range(first, last))
                    break
        return sorted(hits, key=lambda h: h.first)

    @staticmethod
    def _merge(ctx: Context, hits: list[WeaponHit]) -> list[WeaponHit]:
        """"صواريخ Kornet المضادة للدبابات": one item told in three pieces; keep the most specific."""
        tokens, text = ctx.tokens, ctx.document.text
        out: list[WeaponHit] = []
        for hit in hits:
            prev = out[-1] if out else None
            conjoined = script_of(hit.text) == "ar" and hit.text.startswith("و") and len(tokens[hit.first].forms) > 1
            if prev is not None and hit.first - prev.last == 1 and tokens[prev.last].forms[0] in _ANTI:
                # "صواريخ Kornet المضادة للدبابات": the tanks are what the missile is against
                start, end = prev.start, hit.end
                out[-1] = WeaponHit(prev.first, hit.last, start, end, text[start:end], prev.name, prev.category,
                                    prev.un_register, prev.generic, prev.quantity)
                continue
            if prev is not None and hit.first - prev.last <= 0 and not conjoined \
                    and tokens[hit.first].sentence == tokens[prev.first].sentence and (prev.generic or hit.generic):
                keep = hit if (not hit.generic and prev.generic) or (
                    prev.generic and hit.generic and prev.category == "unspecified") else prev
                other = prev if keep is hit else hit
                category = keep.category
                if other.generic and other.category not in _VAGUE and keep.category != other.category:
                    # "BrahMos shore-based anti-ship missiles": the text says what this one is used as
                    category = other.category
                start, end = prev.start, hit.end
                out[-1] = WeaponHit(prev.first, hit.last, start, end, text[start:end], keep.name, category,
                                    keep.un_register, keep.generic)
                continue
            out.append(hit)
        return out

    @staticmethod
    def _components(ctx: Context, hits: list[WeaponHit]) -> list[WeaponHit]:
        """"navigation modules for attack drones", "مكونات للطائرات المسيرة", "комплектующие для ракет":
        parts of a weapon are the cargo, in the weapon's components category."""
        tokens, text = ctx.tokens, ctx.document.text
        words, links = _component_words(), _for_words()
        out = list(hits)
        for hit in hits:
            j = hit.first - 1
            if j >= 0 and tokens[j].forms[0] in links:
                j -= 1
            elif not (j >= 0 and tokens[hit.first].text.startswith("ل") and script_of(hit.text) == "ar"):
                continue
            # the component word, perhaps after an adjective ("satellite navigation modules for")
            for k in range(j, max(-1, j - 3), -1):
                if tokens[k].forms[0] in words:
                    start = tokens[k].start
                    category = _COMPONENT_OF.get(hit.category, "spare parts")
                    out.remove(hit)
                    out.append(WeaponHit(k, hit.last, start, hit.end, text[start:hit.end],
                                         f"{hit.name} components", category, None, True, hit.quantity))
                    break
        return sorted(out, key=lambda h: h.first)

    @staticmethod
    def _quantity(ctx: Context, hit: WeaponHit) -> int | None:
        tokens = ctx.tokens
        j = hit.first
        if j - 1 >= 0 and tokens[j - 1].text.lower() in _QUANTITY_LINKS:
            j -= 1
        found = number_before(tokens, j, ctx.language, max(0, j - 3))
        if found is None:
            return None
        value, k = found
        if value < 1 or value > 10_000_000:
            return None
        if any(d.start <= tokens[k].start < d.end for d in ctx.dates):
            return None  # "في عام 2008 الأسلحة": the number is the year the dates component read
        return int(value)
