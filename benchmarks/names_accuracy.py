"""Cross-script name matching accuracy on the held-out name pairs, against nomenklatura.

    .venv/bin/python benchmarks/names_accuracy.py [--names-dir DIR] [--n 2000] [--baseline-n 300]

Full names are composed from two held-out pairs of one language (given + surname): the positive
is foreign "A B" vs English "A' B'"; hard negatives keep one part and swap the other for a
different held-out name (same given name + different surname, same surname + different given
name). Prints recall and false-positive rate at the shipped threshold and a threshold sweep, and
the same figures for nomenklatura's logic-v2 and name-based matchers on a sample.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from armswatch.resolve.names import parse_name
from armswatch.resolve.train_translit import DEFAULT_DIR, NamePair, load_pairs, split_pairs
from armswatch.screen.matcher import compare_names, score_parsed
from armswatch.settings import get_settings

Case = tuple[str, str, bool]
SWEEP = (0.6, 0.65, 0.7, 0.75, 0.8)


def build_cases(dev: list[NamePair], lang: str, n: int, rng: random.Random) -> list[Case]:
    pool = [p for p in dev if p[0] == lang]
    cases: list[Case] = []
    for _ in range(n):
        a, b, c = rng.sample(pool, 3)
        cases.append((f"{a[1]} {b[1]}", f"{a[2]} {b[2]}", True))
        if c[2].lower() not in (b[2].lower(), a[2].lower()):
            cases.append((f"{a[1]} {b[1]}", f"{a[2]} {c[2]}", False))  # same given, other surname
            cases.append((f"{a[1]} {b[1]}", f"{c[2]} {b[2]}", False))  # same surname, other given
    return cases


def token_cases(dev: list[NamePair], lang: str, n: int, rng: random.Random) -> list[Case]:
    pool = [p for p in dev if p[0] == lang]
    out: list[Case] = []
    for p in rng.sample(pool, min(n, len(pool))):
        q = rng.choice(pool)
        out.append((p[1], p[2], True))
        if q[2].lower() != p[2].lower():
            out.append((p[1], q[2], False))
    return out


def rates(scores: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    pos = [s for s, y in scores if y]
    neg = [s for s, y in scores if not y]
    recall = sum(s >= threshold for s in pos) / max(1, len(pos))
    fpr = sum(s >= threshold for s in neg) / max(1, len(neg))
    return recall, fpr


def best_at_fpr(scores: list[tuple[float, bool]], max_fpr: float = 0.01) -> tuple[float, float, float]:
    best = (0.0, 1.0, 1.0)
    for t in sorted({round(s, 3) for s, _ in scores}):
        r, f = rates(scores, t)
        if f <= max_fpr and r > best[0]:
            best = (r, f, t)
    return best


def run(name: str, fn: Callable[[str, str], float], cases: list[Case], threshold: float | None) -> None:
    start = time.perf_counter()
    scores = [(fn(q, c), y) for q, c, y in cases]
    ms = (time.perf_counter() - start) * 1000 / max(1, len(cases))
    r_best, _, t_best = best_at_fpr(scores)
    line = f"  {name:<22} n={len(cases):>5} {ms:7.2f} ms/pair"
    if threshold is not None:
        r, f = rates(scores, threshold)
        line += f"  @{threshold:.2f}: recall {r:.3f} FPR {f:.3f}"
    line += f"  | best recall at FPR<=1%: {r_best:.3f} (t={t_best:.3f})"
    pos = [s for s, y in scores if y] or [0.0]
    neg = [s for s, y in scores if not y] or [0.0]
    line += f"  | mean score pos {sum(pos) / len(pos):.2f} neg {sum(neg) / len(neg):.2f}"
    print(line)
    sweep = "  ".join(f"{t:.2f}: {rates(scores, t)[0]:.3f}/{rates(scores, t)[1]:.3f}" for t in SWEEP)
    print(f"  {'':<22} recall/FPR at {sweep}")


def nomenklatura_scorers() -> dict[str, Callable[[str, str], float]]:
    from followthemoney import model
    from nomenklatura.matching import LogicV2, NameMatcher, ScoringConfig

    config = ScoringConfig.defaults()
    ids = itertools.count()

    def person(name: str) -> object:
        entity = model.make_entity("Person")
        # Unique ids: nomenklatura caches name analysis per entity id, so a reused id returns
        # the first name's analysis for every later entity.
        entity.id = f"p{next(ids)}"
        entity.add("name", name)
        return entity

    def make(algo: type) -> Callable[[str, str], float]:
        return lambda a, b: float(algo.compare(person(a), person(b), config).score)

    return {"nomenklatura logic-v2": make(LogicV2), "nomenklatura name-based": make(NameMatcher)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--names-dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--n", type=int, default=2000, help="composed positives per language")
    ap.add_argument("--baseline-n", type=int, default=300, help="positives per language for nomenklatura")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    pairs = list(load_pairs(args.names_dir))
    if not pairs:
        print(f"{args.names_dir}: no name pairs", file=sys.stderr)
        return 2
    _, dev = split_pairs(pairs)
    threshold = get_settings().match_threshold
    ours = lambda a, b: compare_names(a, b).score  # noqa: E731
    n_ar = sum(p[0] == "ar" for p in dev)
    print(f"held-out pairs: {len(dev)} (ar {n_ar}, ru {len(dev) - n_ar}); threshold {threshold}")
    baselines = nomenklatura_scorers() if args.baseline_n else {}
    for lang in ("ar", "ru"):
        rng = random.Random(args.seed)
        cases = build_cases(dev, lang, args.n, rng)
        print(f"{lang}-en full names (given + surname), {sum(c[2] for c in cases)} positives,"
              f" {sum(not c[2] for c in cases)} hard negatives:")
        parse_name.cache_clear()
        run("armswatch", ours, cases, threshold)
        sample = cases[: args.baseline_n * 3]
        run("armswatch (sample)", ours, sample, threshold)
        for name, fn in baselines.items():
            run(name + " (sample)", fn, sample, threshold)
        toks = token_cases(dev, lang, args.n, random.Random(args.seed))
        print(f"{lang}-en single tokens vs a random other token:")
        run("armswatch", lambda a, b: score_parsed(parse_name(a), parse_name(b)).score, toks, threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
