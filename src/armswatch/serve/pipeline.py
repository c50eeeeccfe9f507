"""The stages wired together for one document: extract -> resolve -> screen (-> store).

The only place where the flow is assembled; every command that analyses articles uses it.
"""

from __future__ import annotations

from armswatch.model import Document, Extraction
from armswatch.store import Store

__all__ = ["AnalysisPipeline"]


class AnalysisPipeline:
    def __init__(self, store: Store, *, screen: bool = True) -> None:
        self.store = store
        self.screening = screen and bool(store.lists())
        self._screener = None
        if self.screening:
            from armswatch.screen.screener import Screener

            self._screener = Screener(store)

    def analyse(self, doc: Document) -> Extraction:
        from armswatch.extract import extract_document
        from armswatch.resolve.canonical import canonicalise

        extraction = extract_document(doc)
        canonicalise(extraction)
        if self._screener is not None:
            self._screener.screen_extraction(extraction)
        return extraction

    def run(self, doc: Document) -> tuple[Extraction, bool]:
        """The extraction and whether it was newly stored (False: the same text was stored before)."""
        extraction = self.analyse(doc)
        return extraction, self.store.add_extraction(extraction)
