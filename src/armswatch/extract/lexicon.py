"""Multi-token phrase lookup over token match forms (a trie), longest match first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from armswatch.extract.text import Token, phrase_forms

__all__ = ["PhraseMatch", "PhraseMatcher"]

T = TypeVar("T")


@dataclass(slots=True)
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    payloads: list[T] = field(default_factory=list)


@dataclass(slots=True)
class PhraseMatch(Generic[T]):
    first: int  # token index
    last: int  # exclusive
    payloads: list[T]


class PhraseMatcher(Generic[T]):
    """Phrases are stored by the key forms of their tokens; a text token matches a key when any of
    its match forms equals it (so clitics and inflections are absorbed on the text side)."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        self.size = 0

    def add(self, phrase: str, payload: T) -> None:
        keys = [k for k in phrase_forms(phrase) if k]
        if not keys:
            return
        node = self._root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        if payload not in node.payloads:
            node.payloads.append(payload)
            self.size += 1

    def add_all(self, phrases: Iterable[str], payload: T) -> None:
        for phrase in phrases:
            self.add(phrase, payload)

    def longest_at(self, tokens: Sequence[Token], i: int, stop: int) -> PhraseMatch[T] | None:
        """The longest phrase starting at token ``i``; among equally long ones, the one reached
        through the tokens' primary forms (a word's own form before its stripped variants)."""
        best: PhraseMatch[T] | None = None
        best_rank = 0
        frontier: list[tuple[_Node[T], int, int]] = [(self._root, i, 0)]
        while frontier:
            node, j, rank = frontier.pop()
            if node.payloads and j > i and (best is None or j > best.last or (j == best.last and rank < best_rank)):
                best, best_rank = PhraseMatch(i, j, node.payloads), rank
            if j >= stop:
                continue
            seen = set()
            for k, form in enumerate(tokens[j].forms or (tokens[j].text,)):
                child = node.children.get(form)
                if child is not None and id(child) not in seen:
                    seen.add(id(child))
                    frontier.append((child, j + 1, rank + k))
        return best

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping matches, scanning left to right and taking the longest at each token."""
        stop = len(tokens) if stop is None else stop
        out: list[PhraseMatch[T]] = []
        i = start
        while i < stop:
            match = self.longest_at(tokens, i, stop)
            if match is None:
                i += 1
                continue
            out.append(match)
            i = match.last
        return out
