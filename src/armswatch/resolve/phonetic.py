"""Consonant skeletons: one phonetic key that Arabic, Cyrillic and Latin spellings of a name share.

Arabic writes no short vowels and English spellings of Arabic names disagree mostly on vowels
(Mohammed/Muhammad/Mohamad), so the skeleton keeps consonant classes only. Classes merge the
letters transliteration confuses: v/f (ف), p/b (ب), g/j/gh (ج غ), k/q/c (ك ق), s/z/sh/ch
(س ز ص ش), th/t (ث ت ط), dh/d (ذ د ض), kh/h/x-as-h (خ ح ه; Russian х). w and y are dropped
with the vowels because Arabic writes them with the same letters as long u and i.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["skeleton", "skeleton_similarity"]

_DIGRAPHS = [
    ("tsch", "S"), ("sch", "S"), ("tch", "S"), ("tsh", "S"), ("shch", "S"), ("sh", "S"),
    ("ch", "S"), ("zh", "S"), ("th", "T"), ("dh", "D"), ("kh", "H"), ("gh", "G"), ("ph", "F"),
    ("ck", "K"), ("qu", "K"), ("dj", "G"), ("dzh", "G"), ("ts", "S"), ("tz", "S"), ("x", "KS"),
]
_DIGRAPH_RE = re.compile("|".join(re.escape(d) for d, _ in _DIGRAPHS))
_DIGRAPH_MAP = dict(_DIGRAPHS)
_SINGLE = {
    "b": "B", "p": "B", "f": "F", "v": "F", "d": "D", "t": "T", "g": "G", "j": "G", "k": "K",
    "q": "K", "c": "K", "l": "L", "m": "M", "n": "N", "r": "R", "s": "S", "z": "S", "h": "H",
}
_SOFT_C = re.compile(r"c(?=[eiy])")


@lru_cache(maxsize=200_000)
def skeleton(latin: str) -> str:
    """The consonant-class skeleton of a folded Latin spelling ("mohammed" -> "MHMD")."""
    text = _SOFT_C.sub("s", latin.lower())
    text = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group(0)], text)
    out: list[str] = []
    for ch in text:
        cls = ch if ch.isupper() else _SINGLE.get(ch, "")
        if ch.isdigit():
            cls = ch
        for c in cls:
            if not out or out[-1] != c:
                out.append(c)
    # A final h is usually unwritten on one side (Abdullah/عبدالله-ending ه, Fatimah/Fatima).
    if len(out) > 1 and out[-1] == "H":
        out.pop()
    return "".join(out)


@lru_cache(maxsize=200_000)
def skeleton_similarity(a: str, b: str) -> float:
    """1 - normalized Levenshtein distance between two skeletons (0 when either is empty)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return 1.0 - prev[lb] / max(la, lb)
