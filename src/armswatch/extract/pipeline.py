"""Extraction as a fixed sequence of components, each declaring what it needs and what it adds.

The pipeline checks at construction that every component's needs are provided by an earlier one,
so a reordering mistake fails at import rather than as a silent empty field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from armswatch.extract.context import Context
from armswatch.model import Document, Extraction

__all__ = ["Component", "Pipeline", "PipelineError"]


class PipelineError(Exception):
    """Components are ordered so that one needs what no earlier one adds."""


class Component:
    """One extraction step. Subclasses set ``name``, ``needs`` and ``adds`` (Context fields)."""

    name: ClassVar[str] = "component"
    needs: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()

    def __call__(self, ctx: Context) -> None:
        raise NotImplementedError


class Pipeline:
    def __init__(self, components: Sequence[Component]) -> None:
        available = {"document"}
        for component in components:
            missing = [n for n in component.needs if n not in available]
            if missing:
                raise PipelineError(f"{component.name} needs {missing}, which no earlier component adds")
            available.update(component.adds)
        self.components = tuple(components)

    def __call__(self, document: Document) -> Extraction:
        ctx = Context(document=document)
        for component in self.components:
            component(ctx)
        languages = list(dict.fromkeys([ctx.language, *ctx.sentence_languages]))
        return Extraction(document=document, entities=ctx.entities, transfers=ctx.transfers, languages=languages)

    def describe(self) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        return [(c.name, c.needs, c.adds) for c in self.components]
