"""Language of a document: by script for Arabic and Cyrillic, by lingua for Latin-script text."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

from armswatch.extract.context import Context
from armswatch.extract.pipeline import Component
from armswatch.extract.text import split_sentences, tokenize

__all__ = ["LanguageComponent", "SegmentComponent", "detect_language", "sentence_language"]

SUPPORTED = ("ar", "en", "ru", "fr")


@lru_cache(maxsize=1)
def _latin_detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    # Only the languages we extract from: restricting lingua makes it faster and steadier.
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def sentence_language(text: str, document_language: str) -> str:
    """A sentence's language: its script decides; a Latin-script sentence inside an Arabic or
    Russian document is told apart (English or French) when it is long enough to judge."""
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    if arabic >= max(cyrillic, latin) and arabic:
        return "ar"
    if cyrillic >= latin and cyrillic:
        return "ru"
    if document_language in ("en", "fr") or len(text.split()) < 5:
        return document_language if document_language in ("en", "fr") else "en"
    return detect_language(text)


def detect_language(text: str) -> str:
    """'ar', 'ru', 'en' or 'fr': the script with most letters decides, lingua splits en/fr."""
    arabic = cyrillic = latin = 0
    for ch in text[:5000]:
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
        elif (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u017f":
            latin += 1
    if arabic >= max(cyrillic, latin) and arabic:
        return "ar"
    if cyrillic >= latin and cyrillic:
        return "ru"
    sample = text[:2000]
    result = _latin_detector().detect_language_of(sample)
    if result is not None and result.iso_code_639_1.name.lower() == "fr":
        return "fr"
    return "en"


class LanguageComponent(Component):
    name: ClassVar[str] = "language"
    adds: ClassVar[tuple[str, ...]] = ("language",)

    def __call__(self, ctx: Context) -> None:
        ctx.language = ctx.document.language or detect_language(ctx.document.text)
        ctx.document.language = ctx.language


class SegmentComponent(Component):
    name: ClassVar[str] = "segment"
    needs: ClassVar[tuple[str, ...]] = ("language",)
    adds: ClassVar[tuple[str, ...]] = ("tokens", "sentences", "sentence_languages")

    def __call__(self, ctx: Context) -> None:
        text = ctx.document.text
        ctx.tokens = tokenize(text)
        ctx.sentences = split_sentences(text, ctx.tokens)
        ctx.sentence_languages = [sentence_language(text[s.start:s.end], ctx.language) for s in ctx.sentences]
