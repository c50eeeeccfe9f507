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

__all__ = ["skeleton", "skeleton_similarity", "sound_similarity", "sounds"]

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


_CONFUSABLE = {frozenset(p) for p in ("KG", "ST", "DT", "FB", "HK", "SK", "SG", "DS")}


@lru_cache(maxsize=200_000)
def sounds(latin: str) -> str:
    """Consonant classes (upper case) with vowels kept (lower case; y -> i, w -> u)."""
    text = _SOFT_C.sub("s", latin.lower())
    text = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group(0)], text)
    out: list[str] = []
    for ch in text:
        if ch.isupper():
            cls = ch
        elif ch in "aeiou":
            cls = ch
        elif ch == "y":
            cls = "i"
        elif ch == "w":
            cls = "u"
        else:
            cls = _SINGLE.get(ch, ch if ch.isdigit() else "")
        for c in cls:
            if not out or out[-1] != c:
                out.append(c)
    return "".join(out)


def _weight(seq: str) -> float:
    return sum(1.0 if c.isupper() or c.isdigit() else 0.3 for c in seq)


@lru_cache(maxsize=500_000)
def sound_similarity(a: str, b: str, a_defective: bool = False, b_defective: bool = False) -> float:
    """1 - weighted edit distance / weighted length, between two ``sounds`` strings.

    A *defective* side comes from a script that leaves short vowels unwritten (Arabic): a vowel
    only the other side has is then nearly free, while a vowel it does write (a long vowel) must
    be met. Consonants of different classes cost 1, commonly confused classes 0.6, vowels that
    differ 0.25 (Mohammed/Muhammad).
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0

    def indel(c: str, other_defective: bool) -> float:
        if c.islower():
            return 0.08 if other_defective else 0.3
        return 0.5 if c == "H" else 1.0

    vowel_sub = 0.5 if a_defective or b_defective else 0.25

    def sub(x: str, y: str) -> float:
        if x == y:
            return 0.0
        if x.islower() and y.islower():
            return vowel_sub
        if x.isupper() and y.isupper():
            return 0.6 if frozenset((x, y)) in _CONFUSABLE else 1.0
        return 1.0

    la, lb = len(a), len(b)
    prev = [0.0] * (lb + 1)
    for j in range(1, lb + 1):
        prev[j] = prev[j - 1] + indel(b[j - 1], a_defective)
    for i in range(1, la + 1):
        cur = [prev[0] + indel(a[i - 1], b_defective)] + [0.0] * lb
        for j in range(1, lb + 1):
            cur[j] = min(prev[j] + indel(a[i - 1], b_defective), cur[j - 1] + indel(b[j - 1], a_defective),
                         prev[j - 1] + sub(a[i - 1], b[j - 1]))
        prev = cur
    wa = _weight(a) if not b_defective else sum(1.0 for c in a if c.isupper()) + 0.08 * a.count("a")
    wb = _weight(b) if not a_defective else sum(1.0 for c in b if c.isupper()) + 0.08 * b.count("a")
    return max(0.0, 1.0 - prev[lb] / max(wa, wb, 1.0))
