"""Phonetic similarity: the cut-off only ever drops pairs below it, never changes a score above it."""

from __future__ import annotations

import itertools

from armswatch.resolve.phonetic import sound_similarity, sounds

NAMES = ["mohammed", "muhammad", "mhmd", "viktor", "victor", "bout", "but", "yanukovych", "khusein",
         "hussein", "husayn", "abdulmalik", "chernyshev", "tschernyschow", "qasim", "kasem", "kim", "jong"]


def test_floor_is_exact_at_and_above_it() -> None:
    for a, b in itertools.product(NAMES, repeat=2):
        for a_def, b_def in ((False, False), (True, False), (False, True)):
            full = sound_similarity(sounds(a), sounds(b), a_def, b_def)
            for floor in (0.5, 0.6, 0.8):
                cut = sound_similarity(sounds(a), sounds(b), a_def, b_def, floor)
                assert cut == (full if full >= floor else 0.0), (a, b, a_def, b_def, floor)


def test_spelling_variants_score_high_and_different_names_low() -> None:
    assert sound_similarity(sounds("mohammed"), sounds("muhammad")) >= 0.8
    assert sound_similarity(sounds("mhmd"), sounds("muhammad"), True, False) >= 0.9
    assert sound_similarity(sounds("viktor"), sounds("yanukovych"), floor=0.6) == 0.0
