"""Build ``data/translit.json``: learned Latin spellings of Arabic and Russian name tokens.

Usage: ``python -m armswatch.resolve.train_translit [NAMES_DIR]`` (default /work/shared/data/names).

Input files (tab-separated): ``wikidata_names_{ar,ru}_en_dev.tsv`` = english, letters of the
foreign name separated by spaces, count; ``google_ar2en_names.tsv`` = arabic, english. A
deterministic fifth of the pairs is held out (``is_dev``) and never enters the table, so
``benchmarks/names_accuracy.py`` measures spellings the table has not seen. The table keeps, per
foreign token, the three most frequent English spellings (ASCII-folded).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from armswatch.resolve.phonetic import sound_similarity, sounds
from armswatch.resolve.transliterate import (
    TABLE_PATH,
    arabic_to_latin,
    cyrillic_to_latin,
    fold_latin,
    normalize_arabic,
)

__all__ = ["NamePair", "build_table", "is_dev", "load_pairs", "main", "split_pairs"]

DEFAULT_DIR = Path("/work/shared/data/names")
NamePair = tuple[str, str, str, int]
MIN_PLAUSIBLE = 0.5  # (lang, foreign token, english, count)


def _bucket(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 5


def _key(lang: str, foreign: str) -> str:
    return normalize_arabic(foreign) if lang == "ar" else foreign.lower()


def is_dev(pair: NamePair) -> bool:
    """Held-out pairs: by the foreign token and by the English name, so neither leaks into training."""
    lang, foreign, english, _ = pair
    return _bucket(_key(lang, foreign)) == 0 or _bucket(fold_latin(english)) == 0


def load_pairs(names_dir: Path) -> Iterator[NamePair]:
    for lang in ("ar", "ru"):
        path = names_dir / f"wikidata_names_{lang}_en_dev.tsv"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) >= 2 and cols[0] and cols[1]:
                    count = int(cols[2]) if len(cols) > 2 and cols[2].isdigit() else 1
                    yield lang, cols[1].replace(" ", ""), cols[0], count
    path = names_dir / "google_ar2en_names.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 2 and cols[0] and cols[1]:
                yield "ar", cols[0], cols[1], 1


def split_pairs(pairs: list[NamePair]) -> tuple[list[NamePair], list[NamePair]]:
    """(train, dev): a pair sharing a foreign token or English name with the dev fifth is not trained on."""
    dev = [p for p in pairs if is_dev(p)]
    train = [p for p in pairs if not is_dev(p)]
    return train, dev


def _plausible(lang: str, foreign: str, latin: str) -> bool:
    """Drop pairs that are not spellings of each other (Wikidata label noise: "count" / خوان)."""
    rule = arabic_to_latin(foreign) if lang == "ar" else cyrillic_to_latin(foreign)
    return sound_similarity(sounds(rule), sounds(latin), lang == "ar", False) >= MIN_PLAUSIBLE


def build_table(train: list[NamePair], per_token: int = 3) -> dict[str, dict[str, list[str]]]:
    counts: dict[str, dict[str, Counter[str]]] = {"ar": defaultdict(Counter), "ru": defaultdict(Counter)}
    for lang, foreign, english, count in train:
        latin = fold_latin(english)
        if latin and _plausible(lang, foreign, latin):
            counts[lang][_key(lang, foreign)][latin] += count
    return {lang: {tok: [s for s, _ in c.most_common(per_token)] for tok, c in sorted(table.items())}
            for lang, table in counts.items()}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    names_dir = Path(args[0]) if args else DEFAULT_DIR
    pairs = list(load_pairs(names_dir))
    if not pairs:
        print(f"{names_dir}: no name pairs found", file=sys.stderr)
        return 2
    train, dev = split_pairs(pairs)
    table = build_table(train)
    TABLE_PATH.parent.mkdir(parents=True, exist_ok=True)
    TABLE_PATH.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(pairs)} pairs: trained on {len(train)}, held out {len(dev)}; "
          f"table: {sum(len(t) for t in table.values())} tokens, {TABLE_PATH.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
