"""Loading sanctions lists into a store: files, directories, downloads and the bundled sample.

Every name of every listed entity gets blocking keys from ``armswatch.resolve.keys.name_keys``;
each list is swapped in with one ``replace_list`` transaction, so a failure keeps the old copy.
"""

from __future__ import annotations

import http.client
import logging
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from armswatch.errors import BadListError, ListDownloadError
from armswatch.resolve.keys import name_keys
from armswatch.screen.loaders import LoadedList, LoadFailure, load_file, load_path
from armswatch.screen.sources import ListSource, list_sources
from armswatch.settings import PACKAGE_DIR, get_settings
from armswatch.store.base import ListedEntity, ListStore

__all__ = [
    "SAMPLE_DIR",
    "LoadReport",
    "UpdateResult",
    "blocking_keys",
    "ensure_sample_lists",
    "load_into",
    "store_list",
    "update_lists",
]

log = logging.getLogger(__name__)
SAMPLE_DIR = PACKAGE_DIR / "samples" / "lists"
USER_AGENT = "armswatch/0.1 (+https://github.com/armswatch; sanctions list update)"


@dataclass(slots=True)
class LoadReport:
    loaded: list[LoadedList] = field(default_factory=list)
    failed: list[LoadFailure] = field(default_factory=list)


def blocking_keys(entities: Iterable[ListedEntity]) -> Iterator[tuple[str, str]]:
    """(key, entity id) for every key of every name, each pair once."""
    for entity in entities:
        keys: set[str] = set()
        for name in entity.names:
            keys.update(name_keys(name))
        for key in keys:
            yield key, entity.id


def store_list(store: ListStore, loaded: LoadedList) -> int:
    return store.replace_list(loaded.info, loaded.entities, blocking_keys(loaded.entities))


def load_into(store: ListStore, paths: Iterable[Path | str],
              progress: Callable[[LoadedList | LoadFailure], None] | None = None) -> LoadReport:
    """Load every recognised list under ``paths``; per-file failures are collected, not raised."""
    report = LoadReport()
    for path in paths:
        for result in load_path(path):
            if isinstance(result, LoadedList):
                try:
                    store_list(store, result)
                except ValueError as exc:
                    result = LoadFailure(result.path, BadListError(str(exc), source=str(result.path)))
            if isinstance(result, LoadFailure):
                report.failed.append(result)
            else:
                report.loaded.append(result)
            if progress is not None:
                progress(result)
    return report


def ensure_sample_lists(store: ListStore) -> LoadReport | None:
    """Load the bundled sample lists when the store has none (fresh machine, demo)."""
    if store.lists():
        return None
    return load_into(store, [SAMPLE_DIR])


@dataclass(slots=True)
class UpdateResult:
    source: ListSource
    loaded: LoadedList | None = None
    error: str | None = None


def _download(source: ListSource, target: Path, timeout: float) -> None:
    request = urllib.request.Request(source.url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, target.open("wb") as out:
            expected = response.headers.get("Content-Length")
            shutil.copyfileobj(response, out, 1024 * 1024)
            size = out.tell()
    except urllib.error.HTTPError as exc:
        raise ListDownloadError(f"download failed: HTTP {exc.code} {exc.reason}", source=source.url) from exc
    except http.client.IncompleteRead as exc:
        raise ListDownloadError(f"partial download: connection closed after {len(exc.partial)} bytes",
                                source=source.url) from exc
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ListDownloadError(f"download failed: {reason}", source=source.url) from exc
    if expected is not None and expected.isdigit() and int(expected) != size:
        raise ListDownloadError(f"partial download: {size} of {expected} bytes", source=source.url)


def update_one(store: ListStore, source: ListSource, timeout: float) -> LoadedList:
    """Download one list to a temp file, check it, then swap it in. Raises, keeping the old list."""
    suffix = Path(source.url.split("?")[0]).suffix.lower() or ".dat"
    with tempfile.TemporaryDirectory(prefix="armswatch-") as tmp:
        # The name keeps the dataset so that format-sharing lists (OFAC SDN/non-SDN) stay apart.
        target = Path(tmp) / f"{source.name}{suffix if len(suffix) <= 5 else '.dat'}"
        _download(source, target, timeout)
        try:
            loaded = load_file(target)
        except BadListError as exc:
            raise ListDownloadError(f"downloaded file does not parse: {exc}", source=source.url) from exc
        if loaded.info.name != source.name and not source.name.startswith(loaded.info.name):
            raise ListDownloadError(f"expected list {source.name}, got {loaded.info.name}", source=source.url)
        previous = {info.name: info.entity_count for info in store.lists()}.get(loaded.info.name, 0)
        count = len(loaded.entities)
        if count < source.min_entities or count < previous // 2:
            floor = max(source.min_entities, previous // 2)
            raise ListDownloadError(f"implausible entity count {count} (expected at least {floor})",
                                    source=source.url)
        loaded.info.source = source.url
        store_list(store, loaded)
        return loaded


def update_lists(store: ListStore, only: Iterable[str] | None = None,
                 sources: list[ListSource] | None = None) -> list[UpdateResult]:
    """Update each official list; a failure is reported per list and leaves that list as it was."""
    chosen = sources if sources is not None else list_sources()
    wanted = set(only or ())
    if wanted:
        unknown = wanted - {s.name for s in chosen}
        if unknown:
            raise BadListError(f"unknown list name(s): {', '.join(sorted(unknown))}; known: "
                               f"{', '.join(s.name for s in chosen)}")
        chosen = [s for s in chosen if s.name in wanted]
    timeout = get_settings().download_timeout
    results = []
    for source in chosen:
        try:
            results.append(UpdateResult(source, loaded=update_one(store, source, timeout)))
        except ListDownloadError as exc:
            log.debug("update of %s failed", source.name, exc_info=True)
            results.append(UpdateResult(source, error=str(exc)))
    return results
