"""Score two names 0-1, whatever their scripts, and say why.

Parts of the two names are paired greedily by similarity, order-free ("BOUT, Viktor" = "Viktor
Bout"). A pair's similarity says how it matched: exact, transliteration (same spelling once
transliterated), phonetic (same consonant skeleton), typo (small edit distance), initial. The score
is the weighted share of both names that is matched; a part the list has and the query lacks
costs half as much as a query part the list lacks, because lists carry middle names and
patronymics that queries omit, but a query part left unmatched (a different surname) costs in
full, which keeps given-name-only matches well below the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rigour.text import levenshtein

from armswatch.resolve.names import NamePart, ParsedName, parse_name
from armswatch.resolve.phonetic import sound_similarity

__all__ = ["NameScore", "PartMatch", "compare_names", "part_similarity", "score_parsed"]

MIN_PAIR = 0.6  # below this a part pair is no evidence of anything
LIST_ONLY_COST = 0.6
SHARPNESS = 1.8


@dataclass(frozen=True, slots=True)
class PartMatch:
    query: str
    listed: str
    similarity: float
    how: str  # exact, transliteration, phonetic, typo, initial


@dataclass(slots=True)
class NameScore:
    score: float
    matches: list[PartMatch] = field(default_factory=list)
    query_unmatched: list[str] = field(default_factory=list)
    listed_unmatched: list[str] = field(default_factory=list)

    def explain(self) -> str:
        bits = []
        for m in self.matches:
            bits.append(f"{m.query}={m.listed} ({m.how} {m.similarity:.2f})")
        text = "matched " + ", ".join(bits) if bits else "no name part matched"
        if self.query_unmatched:
            text += "; query parts unmatched: " + ", ".join(self.query_unmatched)
        if self.listed_unmatched:
            text += "; listed parts unmatched: " + ", ".join(self.listed_unmatched)
        return text


def _evidence(sim: float) -> float:
    """How much a part pair counts: a near-miss (0.85) is far weaker evidence than 0.85 of a match."""
    return max(0.0, 1.0 - SHARPNESS * (1.0 - sim))


def _lev_sim(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 1.0 - levenshtein(a, b) / max(len(a), len(b))


@lru_cache(maxsize=500_000)
def part_similarity(a: NamePart, b: NamePart) -> tuple[float, str]:
    """Best similarity over the two parts' spellings, and how it was reached."""
    cross = a.script != b.script
    a_def, b_def = a.script == "arabic", b.script == "arabic"
    best, how = 0.0, ""
    for fa, va in zip(a.forms, a.sounds, strict=True):
        for fb, vb in zip(b.forms, b.sounds, strict=True):
            if fa == fb:
                return 1.0, "transliteration" if cross else "exact"
            if len(fa) == 1 or len(fb) == 1:
                if fa[0] == fb[0] and best < 0.75:
                    best, how = 0.75, "initial"
                continue
            typo = 0.0 if cross else _lev_sim(fa, fb)
            # Pairs below MIN_PAIR are discarded by the scorer, so the aligner may give up early.
            sound = sound_similarity(va, vb, a_def, b_def, MIN_PAIR)
            if typo >= sound:
                sim, label = typo, "typo"
            else:
                sim, label = sound, ("transliteration" if cross else "phonetic")
            if sim > best:
                best, how = sim, label
    # A Latin part read as a Russian transcriber would (silent letters dropped) against Cyrillic.
    if {a.script, b.script} == {"latin", "cyrillic"} and best < 1.0:
        cyr, lat = (a, b) if a.script == "cyrillic" else (b, a)
        for vc in cyr.sounds:
            for vl in lat.readings:
                sim = sound_similarity(vc, vl, False, False, max(MIN_PAIR, best))
                if sim > best:
                    best, how = sim, "transliteration"
    return min(best, 1.0), how


def score_parsed(query: ParsedName, listed: ParsedName) -> NameScore:
    qs = [p for p in query.content]
    ls = [p for p in listed.content]
    if not qs or not ls:
        return NameScore(0.0, query_unmatched=[p.text for p in qs], listed_unmatched=[p.text for p in ls])
    pairs: list[tuple[float, int, int, str]] = []
    for i, qp in enumerate(qs):
        for j, lp in enumerate(ls):
            sim, how = part_similarity(qp, lp)
            if sim >= MIN_PAIR:
                pairs.append((sim, i, j, how))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_q: set[int] = set()
    used_l: set[int] = set()
    result = NameScore(0.0)
    num = 0.0
    for sim, i, j, how in pairs:
        if i in used_q or j in used_l:
            continue
        used_q.add(i)
        used_l.add(j)
        weight = (qs[i].weight + ls[j].weight) / 2
        num += sim * 2 * weight
        result.matches.append(PartMatch(qs[i].text, ls[j].text, sim, how))
    den = 0.0
    for i, qp in enumerate(qs):
        den += qp.weight
        if i not in used_q:
            result.query_unmatched.append(qp.text)
    # A one-part query ("Viktor") meeting one part of a longer listed name proves nothing about
    # the rest, so there the listed name's other parts cost in full.
    list_only = 1.0 if len(qs) == 1 else LIST_ONLY_COST
    for j, lp in enumerate(ls):
        if j in used_l:
            den += lp.weight
        else:
            den += lp.weight * list_only
            result.listed_unmatched.append(lp.text)
    result.score = max(0.0, min(1.0, num / den)) if den else 0.0
    if len(result.matches) == 1 and len(qs) == 1:
        # A one-part name has no other part to corroborate an approximate match.
        result.score *= _evidence(result.matches[0].similarity)
    # Generic words alone ("group", "company") never make a match.
    if all(qs[i].kind == "generic" for i in used_q) and used_q:
        result.score = min(result.score, 0.5)
    return result


def compare_names(query: str, listed: str) -> NameScore:
    return score_parsed(parse_name(query), parse_name(listed))
