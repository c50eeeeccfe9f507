"""Fixture lists for screening tests: loaded through the real key path into a throw-away store."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path

from armswatch.screen.lists import blocking_keys
from armswatch.store.base import ListedEntity, ListInfo, ListStore

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "screen" / "listed.json"


def fixture_entities() -> list[ListedEntity]:
    rows = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return [ListedEntity(dataset="test_list", authority="Test Authority", list_name="Test List", data={}, **r)
            for r in rows]


class MemoryListStore(ListStore):
    """The ListStore contract in memory: candidates ranked by shared blocking keys."""

    def __init__(self) -> None:
        self.infos: dict[str, ListInfo] = {}
        self.entities: dict[str, ListedEntity] = {}
        self.keys: dict[str, set[str]] = {}
        self.candidate_calls = 0

    def replace_list(self, info: ListInfo, entities: Iterable[ListedEntity],
                     keys: Iterable[tuple[str, str]]) -> int:
        ents = list(entities)
        self.entities.update({e.id: e for e in ents})
        for key, entity_id in keys:
            self.keys.setdefault(key, set()).add(entity_id)
        info.entity_count = len(ents)
        self.infos[info.name] = info
        return len(ents)

    def lists(self) -> list[ListInfo]:
        return list(self.infos.values())

    def candidates(self, keys: Collection[str], limit: int = 200) -> list[ListedEntity]:
        self.candidate_calls += 1
        shared: dict[str, int] = {}
        for key in set(keys):
            for entity_id in self.keys.get(key, ()):
                shared[entity_id] = shared.get(entity_id, 0) + 1
        ranked = sorted(shared, key=lambda e: (-shared[e], e))[:limit]
        return [self.entities[e] for e in ranked]

    def get_listed(self, entity_id: str) -> ListedEntity | None:
        return self.entities.get(entity_id)


def load_fixture(store: ListStore) -> None:
    entities = fixture_entities()
    info = ListInfo(name="test_list", authority="Test Authority", title="Test List", source=str(FIXTURE),
                    list_date="2025-01-01")
    store.replace_list(info, entities, blocking_keys(entities))


def run(argv: list[str]) -> int:
    """Run `armswatch ARGV` in-process and return its exit code."""
    from armswatch.serve.cli import main

    try:
        main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0
