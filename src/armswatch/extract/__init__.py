"""Extraction: documents -> entities, weapons, values, dates and transfers, each with its span.

``extract_document`` runs the default pipeline; ``default_pipeline().describe()`` lists every
component with what it needs and adds.
"""

from __future__ import annotations

from functools import lru_cache

from armswatch.extract.dates import DateComponent
from armswatch.extract.entities import EntityComponent
from armswatch.extract.language import LanguageComponent, SegmentComponent, detect_language
from armswatch.extract.mentions import MentionComponent
from armswatch.extract.numbers import MoneyComponent
from armswatch.extract.pipeline import Component, Pipeline, PipelineError
from armswatch.extract.transfers import TransferComponent
from armswatch.extract.weapons import WeaponComponent
from armswatch.model import Document, Extraction

__all__ = ["Component", "Pipeline", "PipelineError", "default_pipeline", "detect_language", "extract_document"]


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline([
        LanguageComponent(),
        SegmentComponent(),
        DateComponent(),
        MoneyComponent(),
        WeaponComponent(),
        MentionComponent(),
        EntityComponent(),
        TransferComponent(),
    ])


def extract_document(document: Document) -> Extraction:
    """Run the default pipeline on one document (sets its language and, when found, its date)."""
    return default_pipeline()(document)
