"""Load the shared sanctions lists into a fresh SQLite store; print parse/store times and lookup speed.

Usage: .venv/bin/python benchmarks/bench_lists.py [LIST_DIR] (default /work/shared/data/sanctions)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from armswatch.resolve.keys import name_keys
from armswatch.screen.lists import store_list
from armswatch.screen.loaders import LoadedList, load_path
from armswatch.store.sqlite import SQLiteStore

QUERIES = ["Viktor Bout", "فيكتور بوت", "Виктор Бут", "Ansarallah", "عبد الملك الحوثي", "Rosoboronexport",
           "Mohammed Ali", "Shahed Aviation Industries"]


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/sanctions")
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "bench.db")
        started = time.perf_counter()
        parse = write = 0.0
        results = load_path(root)
        while True:
            t0 = time.perf_counter()
            result = next(results, None)
            parse += time.perf_counter() - t0
            if result is None:
                break
            if not isinstance(result, LoadedList):
                print(f"failed: {result.error}")
                continue
            t1 = time.perf_counter()
            store_list(store, result)
            write += time.perf_counter() - t1
            print(f"{result.info.name:32} {result.info.entity_count:7d} entities  list date {result.info.list_date}")
        total = time.perf_counter() - started
        keys = store.conn.execute("SELECT COUNT(*) FROM list_keys").fetchone()[0]
        print(f"total {total:.1f}s (parse {parse:.1f}s, keys+store {write:.1f}s); {keys} blocking keys")
        t2 = time.perf_counter()
        rounds = 50
        for _ in range(rounds):
            for q in QUERIES:
                store.candidates(name_keys(q), limit=200)
        per = (time.perf_counter() - t2) / (rounds * len(QUERIES)) * 1000
        print(f"candidates(limit=200): {per:.2f} ms per query (incl. name_keys)")
        store.close()


if __name__ == "__main__":
    main()
