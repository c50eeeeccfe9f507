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
    ("szcz", "S"), ("tsch", "S"), ("sch", "S"), ("cz", "S"), ("sz", "S"), ("tch", "S"), ("tsh", "S"),
    ("shch", "S"), ("sh", "S"),
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


_VOWEL_SUB = {False: 0.25, True: 0.5}


@lru_cache(maxsize=200_000)
def _shape(seq: str) -> tuple[str, str, float, float]:
    """Sorted consonants, sorted vowels, full weight and weight against a defective side."""
    cons = "".join(sorted(c for c in seq if not c.islower()))
    vows = "".join(sorted(c for c in seq if c.islower()))
    full = sum(1.0 if c.isupper() or c.isdigit() else 0.3 for c in seq)
    defective = sum(1.0 for c in seq if c.isupper()) + 0.08 * seq.count("a")
    return cons, vows, full, defective


def _unshared(x: str, y: str) -> tuple[list[str], list[str]]:
    """The letters only one of two sorted strings has, with multiplicity (a merge walk)."""
    only_x: list[str] = []
    only_y: list[str] = []
    i = j = 0
    nx, ny = len(x), len(y)
    while i < nx and j < ny:
        if x[i] == y[j]:
            i += 1
            j += 1
        elif x[i] < y[j]:
            only_x.append(x[i])
            i += 1
        else:
            only_y.append(y[j])
            j += 1
    only_x.extend(x[i:])
    only_y.extend(y[j:])
    return only_x, only_y


_PARTNERS = {c: frozenset(d for pair in _CONFUSABLE if c in pair for d in pair if d != c)
             for c in "BFDTGKLMNRSH"}
_NONE: frozenset[str] = frozenset()


def _consonant_bound(ua: list[str], ub: list[str]) -> float:
    """A lower bound on what aligning the unshared consonants costs: 0.3 for one that a confusable
    substitution (0.6) may absorb, 0.5 for any other (half a substitution, or more)."""
    if not ua and not ub:
        return 0.0
    set_a, set_b = set(ua), set(ub)
    cost = 0.0
    for c in ua:
        cost += 0.3 if _PARTNERS.get(c, _NONE) & set_b else 0.5
    for c in ub:
        cost += 0.3 if _PARTNERS.get(c, _NONE) & set_a else 0.5
    return cost


def _sub_cost(x: str, y: str, vowel_sub: float) -> float:
    if x == y:
        return 0.0
    if x.islower() and y.islower():
        return vowel_sub
    if x.isupper() and y.isupper():
        return 0.6 if frozenset((x, y)) in _CONFUSABLE else 1.0
    return 1.0


@lru_cache(maxsize=64)
def _sub_table(alphabet: str, vowel_sub: float) -> dict[str, dict[str, float]]:
    return {x: {y: _sub_cost(x, y, vowel_sub) for y in alphabet} for x in alphabet}


_ALPHABET = "BFDTGKLMNRSH0123456789aeiou"


def _indel(c: str, other_defective: bool) -> float:
    if c.islower():
        return 0.08 if other_defective else 0.3
    return 0.5 if c == "H" else 1.0


@lru_cache(maxsize=500_000)
def sound_similarity(a: str, b: str, a_defective: bool = False, b_defective: bool = False,
                     floor: float = 0.0) -> float:
    """1 - weighted edit distance / weighted length, between two ``sounds`` strings.

    A *defective* side comes from a script that leaves short vowels unwritten (Arabic): a vowel
    only the other side has is then nearly free, while a vowel it does write (a long vowel) must
    be met. Consonants of different classes cost 1, commonly confused classes 0.6, vowels that
    differ 0.25 (Mohammed/Muhammad).

    A result below ``floor`` is reported as 0.0: callers that discard weak pairs pass their cut-off,
    and most pairs of different names are then rejected by a letter-count bound without the
    quadratic alignment (exact for every value at or above ``floor``).
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ca, va, full_a, def_a = _shape(a)
    cb, vb, full_b, def_b = _shape(b)
    wa = def_a if b_defective else full_a
    wb = def_b if a_defective else full_b
    norm = max(wa, wb, 1.0)
    budget = (1.0 - floor) * norm + 1e-9  # the largest distance that still reaches ``floor``
    if floor > 0.0:
        # An unshared consonant costs >= 0.5 (indel >= 0.5, a substitution >= 1 resolves two), or 0.3
        # if a confusable one (0.6 for two) is on the other side; an unshared vowel >= 0.08 (0.125
        # between full sides: a vowel substitution, 0.25, resolves two).
        per_vowel = 0.08 if a_defective or b_defective else 0.125
        only_a, only_b = _unshared(va, vb)
        bound = per_vowel * (len(only_a) + len(only_b))
        if bound <= budget:
            bound += _consonant_bound(*_unshared(ca, cb))
        if bound > budget:
            return 0.0
    vowel_sub = _VOWEL_SUB[a_defective or b_defective]
    table = _sub_table(_ALPHABET, vowel_sub)
    del_a = [_indel(c, b_defective) for c in a]
    ins_b = [_indel(c, a_defective) for c in b]
    prev = [0.0]
    total = 0.0
    for cost in ins_b:
        total += cost
        prev.append(total)
    for x, dx in zip(a, del_a, strict=True):
        row = table.get(x)
        left = prev[0] + dx
        cur = [left]
        best_in_row = left
        for y, dy, diag, up in zip(b, ins_b, prev, prev[1:], strict=False):
            v = diag + (row[y] if row is not None and y in row else _sub_cost(x, y, vowel_sub))
            t = up + dx
            if t < v:
                v = t
            t = left + dy
            if t < v:
                v = t
            cur.append(v)
            left = v
            if v < best_in_row:
                best_in_row = v
        if floor > 0.0 and best_in_row > budget:
            return 0.0  # every alignment through this row already costs too much
        prev = cur
    sim = max(0.0, 1.0 - prev[-1] / norm)
    return sim if sim >= floor else 0.0
