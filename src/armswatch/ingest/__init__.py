"""Ingest: bytes -> ``Document``. Files (any common encoding), HTML pages; later feeds and WARC.

The text of the returned document is final: extraction offsets refer to it exactly.
"""

from armswatch.ingest.decode import Decoded, decode_bytes
from armswatch.ingest.files import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    document_from_bytes,
    expand_path,
    read_document,
)
from armswatch.ingest.html import HtmlArticle, html_to_article, looks_like_html

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "Decoded",
    "HtmlArticle",
    "decode_bytes",
    "document_from_bytes",
    "expand_path",
    "html_to_article",
    "looks_like_html",
    "read_document",
]
