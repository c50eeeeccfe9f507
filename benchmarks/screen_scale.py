"""Screening at scale: index build time, peak memory, per-query latency, and logic-v2 for comparison.

    .venv/bin/python benchmarks/screen_scale.py [--n 1000000] [--queries 300] [--db PATH]

Indexes the real lists (/work/shared/data/sanctions, through the loaders) plus synthetic persons
(given + family name, in Latin, Arabic or Cyrillic, drawn from the name-pair files) up to N
entities in a SQLite list store, then screens a query mix (real listed names re-spelled in other
scripts, synthetic names, random names) on one core. Latency covers key generation, the store's
candidate query and scoring. Then listed synthetic names are queried in the other script (the
Latin spelling of an Arabic/Cyrillic name and vice versa): the share whose listed entity is a hit
is the accuracy at scale that candidate ranking and limits must not lower. logic-v2 scores the
same candidates for a subset of queries.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from armswatch.resolve.keys import name_keys
from armswatch.resolve.names import parse_name
from armswatch.resolve.train_translit import DEFAULT_DIR, load_pairs
from armswatch.screen.lists import blocking_keys, load_into
from armswatch.screen.scoring import score_entity
from armswatch.screen.screener import Screener
from armswatch.store.base import ListedEntity, ListInfo
from armswatch.store.sqlite import SQLiteStore

SANCTIONS = Path("/work/shared/data/sanctions")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_PAIRS: list[tuple[str, str, str, int]] = []


def synthetic(n: int, rng: random.Random, spellings: dict[str, str] | None = None) -> Iterator[ListedEntity]:
    """N synthetic persons; ``spellings`` collects, per id, the name spelled in the other script."""
    pairs = _PAIRS or _PAIRS.extend(load_pairs(DEFAULT_DIR)) or _PAIRS
    index = range(len(pairs))
    for i in range(n):
        latin = rng.random() < 0.6
        a, b = pairs[rng.choice(index)], pairs[rng.choice(index)]
        name = f"{a[2].title()} {b[2].title()}" if latin else f"{a[1]} {b[1]}"
        if spellings is not None:
            spellings[f"syn-{i}"] = f"{a[1]} {b[1]}" if latin else f"{a[2].title()} {b[2].title()}"
        yield ListedEntity(id=f"syn-{i}", dataset="synthetic", schema="Person", caption=name, names=[name],
                           authority="synthetic", list_name="synthetic", list_id=str(i))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="total entities (real lists + synthetic)")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--baseline-queries", type=int, default=30)
    ap.add_argument("--cross-queries", type=int, default=200, help="queries in the other script (found rate)")
    ap.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temporary one)")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "scale.db"
    store = SQLiteStore(db)

    start = time.perf_counter()
    real = 0
    if SANCTIONS.is_dir():
        report = load_into(store, [SANCTIONS])
        real = sum(r.info.entity_count for r in report.loaded)
    t_real = time.perf_counter() - start
    n_syn = max(0, args.n - real)
    t_gen = time.perf_counter()
    info = ListInfo(name="synthetic", authority="synthetic", title="synthetic", source="generated",
                    list_date=None)
    # Two identical streams (same seed) so a million entities never sit in memory at once.
    store.replace_list(info, synthetic(n_syn, random.Random(args.seed)),
                       blocking_keys(synthetic(n_syn, random.Random(args.seed))))
    other_script: dict[str, str] = {}
    entities = list(synthetic(min(n_syn, 50_000), random.Random(args.seed), other_script))
    build = time.perf_counter() - start
    n_keys = store.conn.execute("SELECT COUNT(*) FROM list_keys").fetchone()[0]
    print(f"indexed {real} real + {n_syn} synthetic entities, {n_keys} key rows: build {build:.1f} s "
          f"(real lists {t_real:.1f} s, synthetic keys+insert {time.perf_counter() - t_gen:.1f} s); "
          f"peak RSS {peak_mb():.0f} MB")

    queries = ["Viktor Bout", "فيكتور بوت", "Виктор Бут", "أنصار الله", "الحوثيين", "عبد الملك الحوثي",
               "Kim Jong Un", "Mohammed Ali"]
    queries += [e.caption for e in rng.sample(entities, min(len(entities), args.queries // 2))]
    queries += [f"{rng.choice(entities).caption.split()[0]} {rng.choice(entities).caption.split()[-1]}"
                for _ in range(args.queries - len(queries))]
    screener = Screener(store)
    parse_name.cache_clear()  # time cold parses of candidate names too, as a fresh process would
    lat: list[float] = []
    cand_ms: list[float] = []
    n_cands: list[int] = []
    for q in queries:
        t0 = time.perf_counter()
        screener.screen(q)
        lat.append((time.perf_counter() - t0) * 1000)
        t1 = time.perf_counter()
        n_cands.append(len(store.candidates(name_keys(q), limit=screener.candidate_limit)))
        cand_ms.append((time.perf_counter() - t1) * 1000)
    lat.sort()
    cand_ms.sort()
    p = lambda xs, q: xs[min(len(xs) - 1, int(q * len(xs)))]  # noqa: E731
    print(f"{len(queries)} queries: latency p50 {p(lat, 0.5):.1f} ms, p95 {p(lat, 0.95):.1f} ms, "
          f"max {lat[-1]:.1f} ms; of which store.candidates p50 {p(cand_ms, 0.5):.1f} ms, "
          f"p95 {p(cand_ms, 0.95):.1f} ms; candidates/query mean {statistics.mean(n_cands):.0f}")

    # Does the listed entity come back when queried in the other script, among N entities?
    # (Name pairs include label noise, so 100% is not reachable; compare runs, not to 1.)
    sample = rng.sample(entities, min(len(entities), args.cross_queries))
    found = 0
    cross_lat: list[float] = []
    for e in sample:
        t0 = time.perf_counter()
        hits = screener.screen(other_script[e.id])
        cross_lat.append((time.perf_counter() - t0) * 1000)
        found += any(h.entity_id == e.id for h in hits)
    cross_lat.sort()
    print(f"{len(sample)} cross-script queries of listed names: listed entity found at threshold "
          f"{screener.threshold}: {found / max(1, len(sample)):.3f}; latency p50 {p(cross_lat, 0.5):.1f} ms, "
          f"p95 {p(cross_lat, 0.95):.1f} ms")

    from followthemoney import model
    from nomenklatura.matching import LogicV2, ScoringConfig

    config = ScoringConfig.defaults()

    ids = iter(range(10**9))

    def person(name: str, names: list[str]) -> object:
        e = model.make_entity("Person")
        e.id = f"p{next(ids)}"  # unique: nomenklatura caches name analysis per entity id
        e.add("name", names or [name])
        return e

    ours_t = theirs_t = 0.0
    for q in queries[: args.baseline_queries]:
        cands = store.candidates(name_keys(q), limit=screener.candidate_limit)
        parsed = parse_name(q)
        t0 = time.perf_counter()
        for c in cands:
            score_entity(parsed, c)
        ours_t += time.perf_counter() - t0
        qe = person(q, [])
        t0 = time.perf_counter()
        for c in cands:
            LogicV2.compare(qe, person(c.caption, c.names), config)
        theirs_t += time.perf_counter() - t0
    print(f"scoring the same candidates of {args.baseline_queries} queries: "
          f"armswatch {ours_t * 1000:.0f} ms, "
          f"logic-v2 {theirs_t * 1000:.0f} ms (ratio logic-v2/armswatch {theirs_t / max(ours_t, 1e-9):.1f}x)")
    print(f"peak RSS {peak_mb():.0f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
