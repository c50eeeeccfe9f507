"""Blocking keys for names: cheap keys shared by names that may refer to the same party.

The candidate index stores, for every listed name, its keys; a query name's keys fetch the
candidates that the scorer then compares. A key is the consonant skeleton of one name part
(``phonetic.skeleton``), which Arabic, Cyrillic and Latin spellings of that part share, so a query
in one script finds list entries written in another. Particles carry no key; a part whose skeleton
is a single consonant ("Ali" -> "L") only gets a key when the name has no better one, because such
keys are shared by too many names to narrow anything. Pairs of parts also get a key ("BT+FKTR"):
rare, so the entity sharing the query's pairs ranks first among thousands sharing one common part.
"""

from __future__ import annotations

from armswatch.resolve.names import parse_name

__all__ = ["MAX_KEYS", "name_keys"]

MAX_KEYS = 16
_PAIR_PARTS = 4


def name_keys(name: str) -> set[str]:
    parsed = parse_name(name)
    keys: set[str] = set()
    short: set[str] = set()
    for part in parsed.content:
        if part.kind == "generic":
            continue
        for skel in part.skeletons:
            if len(skel) >= 2:
                keys.add(skel)
            elif skel:
                short.add(skel)
    if not keys:
        keys = {f"{s}" for s in short}
        if not keys:
            keys = {p.skeletons[0] for p in parsed.content if p.skeletons and p.skeletons[0]}
    if len(keys) > MAX_KEYS:
        # Long names (org names with many words): keep the most specific keys.
        keys = set(sorted(keys, key=lambda k: (-len(k), k))[:MAX_KEYS])
    per_part = [list(dict.fromkeys(s for s in p.skeletons if s))[:2]
                for p in parsed.content if p.kind != "generic"][:_PAIR_PARTS]
    pairs: set[str] = set()
    for i, first in enumerate(per_part):
        for second in per_part[i + 1:]:
            pairs.update("+".join(sorted((a, b))) for a in first for b in second if a != b)
    return keys | set(sorted(pairs)[:MAX_KEYS])
