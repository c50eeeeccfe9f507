"""Extraction throughput and peak memory on one core.

Usage: python benchmarks/extract_speed.py [ARTICLES_DIR] [--repeat N]

Reads every .txt under ARTICLES_DIR (default: ../shared/eval-dev/articles, else the bundled
samples), pads or cuts each to about 3 KB (the issue's reference size), runs the default
extraction pipeline over all of them N times after one warm-up pass, and prints articles/s,
KB/s, the time per component, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from armswatch.extract import default_pipeline
from armswatch.extract.context import Context
from armswatch.model import Document

HERE = Path(__file__).resolve().parent
DEFAULT_DIRS = (HERE.parent.parent / "shared" / "eval-dev" / "articles",
                HERE.parent / "src" / "armswatch" / "samples" / "articles")


def _articles(folder: Path, size: int = 3000) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        while len(text.encode("utf-8")) < size:
            text = text + "\n" + text
        texts.append(text.encode("utf-8")[:size].decode("utf-8", errors="ignore"))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = args.folder or next((d for d in DEFAULT_DIRS if d.is_dir()), None)
    if folder is None:
        print("no articles folder found", file=sys.stderr)
        return 2
    texts = _articles(folder)
    pipeline = default_pipeline()
    start = time.perf_counter()
    for text in texts:  # warm-up: lexicons load once
        pipeline(Document("warm-up", text))
    warm = time.perf_counter() - start
    per_component: dict[str, float] = defaultdict(float)
    count = 0
    start = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            ctx = Context(document=Document("bench", text))
            for component in pipeline.components:
                t0 = time.perf_counter()
                component(ctx)
                per_component[component.name] += time.perf_counter() - t0
            count += 1
    elapsed = time.perf_counter() - start
    kb = sum(len(t.encode("utf-8")) for t in texts) * args.repeat / 1024
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)} x {args.repeat} (about 3 KB each, from {folder})")
    print(f"first pass incl. loading lexicons: {warm:.2f} s")
    print(f"throughput: {count / elapsed:.1f} articles/s, {kb / elapsed:.1f} KB/s (one core)")
    for name, seconds in sorted(per_component.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<10} {1000 * seconds / count:6.2f} ms/article")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
