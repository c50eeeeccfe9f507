"""Blocking keys for names: cheap keys shared by names that may refer to the same party.

The candidate index stores, for every listed name, its keys; a query name's keys fetch the
candidates that the scorer then compares. (First version: ASCII-folded tokens; the matcher work
replaces this with transliteration-aware phonetic keys.)
"""

from __future__ import annotations

from normality import ascii_text

__all__ = ["name_keys"]


def name_keys(name: str) -> set[str]:
    text = ascii_text(name) or ""
    return {tok for tok in "".join(c if c.isalnum() else " " for c in text.lower()).split() if len(tok) > 1}
