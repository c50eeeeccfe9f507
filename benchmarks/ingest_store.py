"""Ingest and article-store speed: files read per second, extractions stored per second, memory.

    .venv/bin/python benchmarks/ingest_store.py [--n 500]

Reads generated articles (UTF-8, Windows-1256, HTML) from a temporary folder, then stores
synthetic extractions (entities, mentions, one transfer each) in a temporary SQLite file, and
reports the peak memory of refusing a 1 GB sparse file (it must not be read).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

from armswatch.errors import BadDocumentError
from armswatch.ingest import read_document
from armswatch.model import Document, Entity, Extraction, Mention, Money, Party, Transfer, Weapon
from armswatch.store.sqlite import SQLiteStore

WORDS_AR = ("أعلنت البحرية ضبط شحنة أسلحة متجهة إلى الحوثيين في البحر الأحمر "
            "وقال مسؤول إن الشحنة تضم بنادق").split()
WORDS_EN = "the navy said it seized a shipment of rifles bound for a militia officials said on monday".split()


def article(rng: random.Random, words: list[str], n_words: int = 400) -> str:
    lines = [" ".join(rng.choice(words) for _ in range(20)) + "." for _ in range(n_words // 20)]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, rng: random.Random) -> list[Path]:
    paths = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            path, data = folder / f"{i}.txt", article(rng, WORDS_AR).encode("utf-8")
        elif kind == 1:
            path, data = folder / f"{i}.txt", article(rng, WORDS_AR).encode("cp1256")
        else:
            body = "".join(f"<p>{line}</p>" for line in article(rng, WORDS_EN).splitlines())
            page = f"<html><head><title>Story {i}</title></head><body><article>{body}</article></body></html>"
            path, data = folder / f"{i}.html", page.encode()
        path.write_bytes(data)
        paths.append(path)
    return paths


def synthetic_extraction(i: int, rng: random.Random) -> Extraction:
    text = f"{i} " + article(rng, WORDS_EN, 200)
    doc = Document(source=f"{i}.txt", text=text, language="en")
    entities = []
    for j in range(8):
        start = rng.randrange(0, len(text) - 10)
        mention = Mention(text[start:start + 8], start, start + 8, "organization", f"Org {j}", "bench")
        entities.append(Entity(f"e{j}", f"Org {j}", "organization", [mention, mention]))
    transfer = Transfer(supplier=[Party("Org 0", "x", "e0")], recipient=[Party("Org 1", "y", "e1")],
                        weapons=[Weapon("rifles", "rifle", "assault rifle", 0, 6, 100)],
                        value=Money(1e6, "USD"), status="delivered", evidence=[doc.span(0, 50)])
    return Extraction(doc, entities, [transfer])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder, args.n, rng)
        size = sum(p.stat().st_size for p in paths)
        began = time.perf_counter()
        for path in paths:
            read_document(path)
        took = time.perf_counter() - began
        print(f"read_document: {len(paths)} files ({size / 1e6:.1f} MB; 1/3 UTF-8, 1/3 cp1256, 1/3 HTML) "
              f"in {took:.2f} s = {len(paths) / took:.0f} files/s")

        extractions = [synthetic_extraction(i, rng) for i in range(args.n)]
        with SQLiteStore(folder / "bench.db") as store:
            began = time.perf_counter()
            for extraction in extractions:
                store.add_extraction(extraction)
            took = time.perf_counter() - began
            print(f"add_extraction: {len(extractions)} articles (8 entities, 16 mentions, 1 transfer each) "
                  f"in {took:.2f} s = {len(extractions) / took:.0f} articles/s")
            began = time.perf_counter()
            for extraction in extractions:
                store.add_extraction(extraction)
            took = time.perf_counter() - began
            print(f"add_extraction, all duplicates: {len(extractions) / took:.0f} articles/s")
            began = time.perf_counter()
            count = sum(1 for _ in store.articles())
            print(f"articles(): {count} read back in {time.perf_counter() - began:.2f} s")

        huge = folder / "huge.txt"
        with huge.open("wb") as handle:
            handle.truncate(1024 ** 3)
        tracemalloc.start()
        try:
            read_document(huge)
        except BadDocumentError as exc:
            message = str(exc)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"1 GB sparse file refused ({message.split(': ', 1)[1]}) with a peak of {peak / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
